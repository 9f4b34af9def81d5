//! `Message`, one variant per `[[message]]`, and the table of what each deviation means.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::enums::{Enumeration, enumeration};
use super::tokens::text;
use crate::resolved::Resolved;
use crate::text::doc_escape;

pub fn message_enum(catalogue: &Resolved) -> TokenStream {
    enumeration(Enumeration {
        name: format_ident!("Message"),
        docs: quote! {
            /// A heading, label or sentence that programs built on the catalogue print around
            /// its texts (`Description`, `"Line {line}:"`), in every language of the
            /// catalogue. `{name}` marks what the program fills in. New messages may be added
            /// in any release.
            #[non_exhaustive]
        },
        variants: catalogue
            .messages
            .iter()
            .map(|m| {
                let doc = format!("\"{}\"", doc_escape(m.text.source()));
                (quote!(#[doc = #doc]), &m.variant)
            })
            .collect(),
        all_doc: "Every message, in catalogue order.",
        lookup: None,
        row_type: quote!(crate::table::Text),
        rows: catalogue.messages.iter().map(|m| text(&m.text)).collect(),
    })
}

/// `DEVIATIONS`: each deviation's name and description, in catalogue order.
pub fn deviation_table(catalogue: &Resolved) -> TokenStream {
    let rows = catalogue.deviations.iter().map(|d| {
        let name = &d.name;
        let description = text(&d.description);
        quote! { (#name, #description) }
    });
    quote! {
        /// What each departure from the standards means, by the parser's name for it.
        pub(crate) const DEVIATIONS: &[(&str, crate::table::Text)] = &[#(#rows),*];
    }
}
