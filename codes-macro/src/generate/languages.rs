//! `Lang`: one variant per language the catalogue's texts are written in.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::enums::{Enumeration, enumeration};
use crate::resolved::Language;

pub fn lang_enum(languages: &[Language]) -> TokenStream {
    enumeration(Enumeration {
        name: format_ident!("Lang"),
        docs: quote! {
            /// A language the catalogue's texts are written in; the first is the catalogue's
            /// own, and every text exists in every language.
        },
        variants: languages
            .iter()
            .map(|l| {
                let doc = format!("`{}`: {}.", l.tag, l.name);
                (quote!(#[doc = #doc]), &l.variant)
            })
            .collect(),
        all_doc: "Every language, the catalogue's own first.",
        lookup: None,
        row_type: quote!(crate::table::LangRow),
        rows: languages
            .iter()
            .map(|l| {
                let (tag, name) = (&l.tag, &l.name);
                quote! { crate::table::LangRow { tag: #tag, name: #name } }
            })
            .collect(),
    })
}
