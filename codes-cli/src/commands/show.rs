//! `show` (and bare codes): the full card of each code or pattern.

use codes_core::{Lang, Message};

use super::Context;
use crate::hints::{nearest_codes, parse_arg};
use crate::json::CodeJson;
use crate::outcome::{Failure, Found, Output};
use crate::query::{Code, Query};
use crate::render;
use crate::words::fill;

pub fn run(ctx: Context, args: &[String]) -> Result<Output, Failure> {
    let queries = args
        .iter()
        .map(|a| parse_arg(a, ctx.lang))
        .collect::<Result<Vec<_>, _>>()?;
    let mut codes = Vec::new();
    let mut notes = Vec::new();
    let mut found = Found::All;
    for (query, arg) in queries.iter().zip(args) {
        match query {
            Query::Code(code) => {
                if !code.known() {
                    found = Found::Missing;
                    notes.extend(nearest_codes(*code, ctx.lang));
                }
                codes.push(*code);
            }
            Query::Pattern(pattern) => {
                let matches = pattern.catalogued_matches();
                if matches.is_empty() {
                    found = Found::Missing;
                    notes.push(fill(ctx.lang, Message::NoMatch, &[("pattern", arg)]));
                }
                codes.extend(matches);
            }
        }
    }
    Ok(Output::json_or_text(
        ctx.json,
        || codes_json(&codes, ctx.lang),
        |out| {
            for (i, code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                    render::rule(out);
                }
                render::card::render(out, *code, ctx.lang);
            }
        },
    )
    .with_notes(notes)
    .found(found))
}

/// A list of codes as the JSON array of code objects.
pub fn codes_json(codes: &[Code], lang: Lang) -> Vec<CodeJson> {
    codes.iter().map(|c| CodeJson::new(*c, lang)).collect()
}
