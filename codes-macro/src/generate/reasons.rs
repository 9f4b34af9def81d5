//! `Reason`: one variant per `[[reason]]`, with its texts, hard-bounce flag and evidence.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::enums::{Enumeration, Lookup, enumeration};
use super::tokens::{enhanced_class, references, text};
use crate::resolved::Resolved;
use crate::text::doc_escape;

pub fn reason_enum(catalogue: &Resolved) -> TokenStream {
    let rows = catalogue.reasons.iter().map(|r| {
        let name = &r.name;
        let (title, description, fix) = (text(&r.title), text(&r.description), text(&r.fix));
        let (hard_bounce, fallback, phrases_yield) = (r.hard_bounce, r.fallback, r.phrases_yield);
        let refs = references(&r.references);
        let enhanced = r.enhanced.iter().map(|(index, class)| {
            let variant = &catalogue.enhanced[*index].variant;
            let class = enhanced_class(catalogue, *class);
            quote! { (EnhancedCode::#variant, #class) }
        });
        let basic = r.basic.iter().map(|i| {
            let variant = &catalogue.codes[*i].variant;
            quote! { ReplyCode::#variant }
        });
        let (phrases, actions) = (&r.phrases, &r.actions);
        quote! {
            crate::table::ReasonRow {
                name: #name,
                title: #title,
                description: #description,
                fix: #fix,
                hard_bounce: #hard_bounce,
                fallback: #fallback,
                phrases_yield: #phrases_yield,
                references: #refs,
                enhanced: &[#(#enhanced),*],
                basic: &[#(#basic),*],
                phrases: &[#(#phrases),*],
                actions: &[#(#actions),*],
            }
        }
    });
    enumeration(Enumeration {
        name: format_ident!("Reason"),
        docs: quote! {
            /// Why a bounce happened, as bounce processors record it (sisimai's names:
            /// `userunknown`, `mailboxfull`...), with what it means, what to do, whether it is a
            /// hard bounce, and the evidence that selects it. New reasons may be added in any
            /// release.
            #[non_exhaustive]
        },
        variants: catalogue
            .reasons
            .iter()
            .map(|r| {
                let doc = format!("`{}`: {}.", r.name, doc_escape(r.title.source()));
                (quote!(#[doc = #doc]), &r.variant)
            })
            .collect(),
        all_doc: "Every reason, in catalogue order.",
        lookup: Some(Lookup {
            name: format_ident!("from_name"),
            params: quote!(name: &str),
            scrutinee: quote!(name.as_bytes()),
            doc: "The reason with this name (`\"userunknown\"`).",
            keys: catalogue
                .reasons
                .iter()
                .map(|r| {
                    let bytes = proc_macro2::Literal::byte_string(r.name.as_bytes());
                    quote!(#bytes)
                })
                .collect(),
        }),
        row_type: quote!(crate::table::ReasonRow),
        rows: rows.collect(),
    })
}
