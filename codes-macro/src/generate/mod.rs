//! Stage four: Rust items from a resolved catalogue.
//!
//! The macro generates data, not code: the enums (one variant per entry, with its rustdoc),
//! the number → variant lookups, and one table of rows per enum. Everything that is the same
//! for every catalogue — the accessors, the vocabulary types, the conversions — is written by
//! hand in `codes-core` over these tables. Output is sorted (codes by number, enhanced codes by
//! subject and detail) so the same file always gives the same code, and refers to the
//! standard library only through `::core` paths and to `codes-core`'s own types only through
//! its `table` module.

mod commands;
mod digits;
mod enhanced_codes;
mod enums;
mod languages;
mod macros;
mod messages;
mod pairs;
mod reasons;
mod reply_codes;
mod tokens;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::DIGIT_TABLES;
use crate::resolved::Resolved;

/// Generates every item `catalogue!` expands to. Each path in `tracked` is included with
/// `include_bytes!` so that cargo rebuilds the calling crate when the file changes.
pub fn generate(catalogue: &Resolved, tracked: &[String]) -> TokenStream {
    let tracking = tracked.iter().map(|path| {
        quote! {
            // Makes cargo rebuild this crate whenever the catalogue file changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    });
    let lang = languages::lang_enum(&catalogue.languages);
    let digits = DIGIT_TABLES
        .iter()
        .zip(&catalogue.meanings)
        .map(|(table, entries)| digits::digit_enum(table, entries));
    let reply_code = reply_codes::reply_code_enum(catalogue);
    let enhanced_code = enhanced_codes::enhanced_code_enum(catalogue);
    let command = commands::command_enum(catalogue);
    let macros = macros::checked_macros(catalogue);
    let message = messages::message_enum(catalogue);
    let deviations = messages::deviation_table(catalogue);
    let pairs = pairs::pair_table(catalogue);
    let reason = reasons::reason_enum(catalogue);
    quote! {
        #(#tracking)*
        #lang
        #(#digits)*
        #reply_code
        #enhanced_code
        #command
        #message
        #deviations
        #pairs
        #reason
        #macros
    }
}

#[cfg(test)]
mod tests;
