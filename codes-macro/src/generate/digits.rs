//! `Class`, `Subject`, `EnhancedClass` and `EnhancedSubject`: one variant per digit, the
//! digit → variant lookup, and one row of texts per variant.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::enums::{Enumeration, Lookup, NumberLookup, enumeration};
use super::tokens::{doc_references, docs, opt_text, references, text};
use crate::model::DigitTable;
use crate::resolved::Meaning;
use crate::text::doc_escape;

const FROM_DIGIT: NumberLookup = (
    "from_digit",
    "digit",
    "The value for a digit, if there is one.",
);

/// The enum of one digit table.
pub fn digit_enum(table: &DigitTable, entries: &[Meaning]) -> TokenStream {
    let variants = entries
        .iter()
        .map(|e| {
            let doc = docs(&[
                format!("**{}** — {}", e.digit, doc_escape(e.name.source())),
                doc_escape(e.description.source()),
                doc_references(&e.references),
            ]);
            (doc, &e.variant)
        })
        .collect();
    let rows = entries
        .iter()
        .map(|e| {
            let digit = Literal::u16_unsuffixed(e.digit);
            let name = text(&e.name);
            let description = text(&e.description);
            let action = opt_text(e.advice.as_ref().map(|(action, _)| action));
            let retry = opt_text(e.advice.as_ref().map(|(_, retry)| retry));
            let refs = references(&e.references);
            quote! {
                crate::table::DigitRow {
                    digit: #digit,
                    name: #name,
                    description: #description,
                    action: #action,
                    retry: #retry,
                    references: #refs,
                }
            }
        })
        .collect();
    enumeration(Enumeration {
        name: format_ident!("{}", table.type_name),
        docs: docs(&[table.summary.to_owned()]),
        variants,
        all_doc: "Every value, in numeric order.",
        lookup: Some(Lookup::by_number(
            FROM_DIGIT,
            entries.iter().map(|e| e.digit),
        )),
        row_type: quote!(crate::table::DigitRow),
        rows,
    })
}
