//! `Command`: one variant per command or event of the matrix, in session order, with its
//! texts and the replies the documents allow after it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::enums::{Enumeration, cells, enumeration};
use super::tokens::{doc_references, docs, opt_text, reference, references, term, text};
use crate::resolved::{Cell, Command, Resolved};
use crate::text::doc_escape;

/// One cell of the matrix as an `AllowedReply`.
pub fn cell(catalogue: &Resolved, cell: &Cell) -> TokenStream {
    let command = &catalogue.matrix.commands[cell.command].variant;
    let code = &catalogue.codes[cell.code].variant;
    let role = term("Role", cell.role);
    let reference = reference(&cell.reference);
    let condition = opt_text(cell.condition.map(|i| &catalogue.matrix.conditions[i]));
    quote! {
        crate::table::AllowedReply {
            command: Command::#command,
            code: ReplyCode::#code,
            role: #role,
            reference: #reference,
            condition: #condition,
        }
    }
}

fn row(catalogue: &Resolved, index: usize, c: &Command) -> TokenStream {
    let (name, syntax, description) = (&c.name, &c.syntax, text(&c.description));
    let [on_success, on_error] = [&c.on_success, &c.on_error].map(|t| opt_text(t.as_ref()));
    let (refs, cells) = (
        references(&c.references),
        cells(catalogue, |cell| cell.command == index),
    );
    quote! {
        crate::table::CommandRow {
            name: #name,
            syntax: #syntax,
            description: #description,
            on_success: #on_success,
            on_error: #on_error,
            references: #refs,
            allowed_replies: #cells,
        }
    }
}

pub fn command_enum(catalogue: &Resolved) -> TokenStream {
    let commands = &catalogue.matrix.commands;
    let variants = commands
        .iter()
        .map(|c| {
            let doc = docs(&[
                format!(
                    "**{}** — `{}`",
                    doc_escape(&c.name),
                    c.syntax.replace('`', "'")
                ),
                doc_escape(c.description.source()),
                doc_references(&c.references),
            ]);
            (doc, &c.variant)
        })
        .collect();
    let rows = commands
        .iter()
        .enumerate()
        .map(|(i, c)| row(catalogue, i, c))
        .collect();
    enumeration(Enumeration {
        name: format_ident!("Command"),
        docs: quote! {
            /// An SMTP command, or an event that draws a reply (`CONNECT` for the greeting,
            /// `DATA-END` for the reply to the final `.`), in session order.
        },
        variants,
        all_doc: "Every command, in the order a session meets them.",
        lookup: None,
        row_type: quote!(crate::table::CommandRow),
        rows,
    })
}
