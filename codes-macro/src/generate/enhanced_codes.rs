//! `EnhancedCode`: one variant per registry code (`X.1.1`), the (subject, detail) → variant
//! lookup, and one row per variant with its entry and registry associations.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::enums::{Enumeration, Lookup, enumeration};
use super::tokens::{deprecation, doc_references, docs, entry};
use crate::resolved::{Enhanced, Resolved};
use crate::text::doc_escape;

/// Subject and detail as literals.
fn parts(e: &Enhanced) -> (Literal, Literal) {
    (
        Literal::u16_unsuffixed(e.parts.0),
        Literal::u16_unsuffixed(e.parts.1),
    )
}

fn row(catalogue: &Resolved, e: &Enhanced) -> TokenStream {
    let code = &e.code;
    let (subject, detail) = parts(e);
    let meaning = &catalogue.enhanced_subjects()[e.subject_index].variant;
    let entry = entry(&e.entry);
    let (basic, uncatalogued) = &e.associated;
    let basic = basic.iter().map(|&i| &catalogue.codes[i].variant);
    quote! {
        crate::table::EnhancedRow {
            code: #code,
            parts: (#subject, #detail),
            subject_meaning: EnhancedSubject::#meaning,
            entry: #entry,
            associated: (&[#(ReplyCode::#basic),*], &[#(#uncatalogued),*]),
        }
    }
}

fn variant_docs(catalogue: &Resolved, e: &Enhanced) -> TokenStream {
    let mut basic: Vec<u16> = e
        .associated
        .0
        .iter()
        .map(|&i| catalogue.codes[i].number)
        .collect();
    basic.extend(&e.associated.1);
    basic.sort_unstable();
    let mut paragraphs = vec![
        format!("**{} {}**", e.code, doc_escape(e.entry.title.source())),
        doc_escape(e.entry.description.source()),
    ];
    if !basic.is_empty() {
        let list: Vec<String> = basic.iter().map(ToString::to_string).collect();
        paragraphs.push(format!("Associated basic codes: {}.", list.join(", ")));
    }
    paragraphs.push(doc_references(&e.entry.references));
    let text = docs(&paragraphs);
    let deprecated = deprecation(e.entry.status, &format!("enhanced status code {}", e.code));
    quote! { #text #deprecated }
}

pub fn enhanced_code_enum(catalogue: &Resolved) -> TokenStream {
    let enhanced = &catalogue.enhanced;
    enumeration(Enumeration {
        name: format_ident!("EnhancedCode"),
        docs: quote! {
            /// An enhanced status code of the IANA registry, written class-independently
            /// (`X.1.1`): one variant per catalogued code.
            ///
            /// Like [`ReplyCode`], the enum is exhaustive, so adding a code is a breaking
            /// change. Codes outside the catalogue (`5.7.606`) are held by [`AnyEnhancedCode`].
            ///
            /// Generated from `catalogue.toml` by `codes-macro`; edit the catalogue, not this
            /// code.
        },
        variants: enhanced
            .iter()
            .map(|e| (variant_docs(catalogue, e), &e.variant))
            .collect(),
        all_doc: "Every catalogued code, ordered by subject, then detail.",
        lookup: Some(Lookup {
            name: format_ident!("from_parts"),
            params: quote!(subject: u16, detail: u16),
            scrutinee: quote!((subject, detail)),
            doc: "The catalogued code with this subject and detail, if there is one.",
            keys: enhanced
                .iter()
                .map(|e| {
                    let (s, d) = parts(e);
                    quote!((#s, #d))
                })
                .collect(),
        }),
        row_type: quote!(crate::table::EnhancedRow),
        rows: enhanced.iter().map(|e| row(catalogue, e)).collect(),
    })
}
