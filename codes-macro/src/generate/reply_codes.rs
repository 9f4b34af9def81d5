//! `ReplyCode`: one variant per basic code, the number → variant lookup, and one row per
//! variant with its entry, reply text, digits, registry associations and matrix cells.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::enums::{Enumeration, Lookup, NumberLookup, cells, enumeration};
use super::tokens::{deprecation, doc_references, docs, entry, term};
use crate::resolved::{Code, Resolved};
use crate::text::doc_escape;

const FROM_U16: NumberLookup = (
    "from_u16",
    "code",
    "The catalogued code with this number, if there is one.",
);

fn row(catalogue: &Resolved, index: usize, c: &Code) -> TokenStream {
    let number = Literal::u16_unsuffixed(c.number);
    let entry = entry(&c.entry);
    let reply_text = &c.reply_text;
    let connection = match c.connection {
        None => quote!(::core::option::Option::None),
        Some(t) => {
            let variant = term("Connection", t);
            quote!(::core::option::Option::Some(#variant))
        }
    };
    let [class, subject] = c.digits;
    let (class, subject) = (
        &catalogue.classes()[class].variant,
        &catalogue.subjects()[subject].variant,
    );
    let associated = catalogue
        .enhanced
        .iter()
        .filter(|e| e.associated.0.contains(&index))
        .map(|e| &e.variant);
    let cells = cells(catalogue, |cell| cell.code == index);
    quote! {
        crate::table::ReplyRow {
            number: #number,
            entry: #entry,
            reply_text: #reply_text,
            connection: #connection,
            digits: (Class::#class, Subject::#subject),
            associated: &[#(EnhancedCode::#associated),*],
            allowed_after: #cells,
        }
    }
}

fn variant_docs(c: &Code) -> TokenStream {
    let text = docs(&[
        format!(
            "**{} {}** — `{}`",
            c.number,
            doc_escape(c.entry.title.source()),
            c.reply_text.replace('`', "'")
        ),
        doc_escape(c.entry.description.source()),
        doc_references(&c.entry.references),
    ]);
    let deprecated = deprecation(c.entry.status, &format!("reply code {}", c.number));
    quote! { #text #deprecated }
}

pub fn reply_code_enum(catalogue: &Resolved) -> TokenStream {
    let codes = &catalogue.codes;
    let table: Vec<String> = codes
        .iter()
        .map(|c| {
            format!(
                "| {} | [`{}`](Self::{}) | {} |",
                c.number,
                c.variant,
                c.variant,
                doc_escape(c.entry.title.source())
            )
        })
        .collect();
    let rows = (0..codes.len())
        .map(|i| row(catalogue, i, &codes[i]))
        .collect();
    enumeration(Enumeration {
        name: format_ident!("ReplyCode"),
        docs: quote! {
            /// A basic SMTP reply code from the catalogue: one variant per code.
            ///
            /// The enum is exhaustive on purpose: a `match` without a wildcard arm makes the
            /// compiler list every code you have not handled. Adding a code to the catalogue
            /// is therefore a breaking change of the library. Codes outside the catalogue
            /// still occur on the wire; [`AnyReplyCode`] holds any well-formed code.
            ///
            /// Generated from `catalogue.toml` by `codes-macro`; edit the catalogue, not this
            /// code.
            ///
            /// | Code | Variant | Title |
            /// |------|---------|-------|
            #(#[doc = #table])*
        },
        variants: codes
            .iter()
            .map(|c| (variant_docs(c), &c.variant))
            .collect(),
        all_doc: "Every catalogued code, in numeric order.",
        lookup: Some(Lookup::by_number(FROM_U16, codes.iter().map(|c| c.number))),
        row_type: quote!(crate::table::ReplyRow),
        rows,
    })
}
