//! `show` (and bare codes): the full card of each code or pattern.

use super::Context;
use crate::hints::{nearest_codes, parse_arg};
use crate::json::CodeJson;
use crate::outcome::{Failure, Found, Output};
use crate::query::{Code, Query};
use crate::render;

pub fn run(ctx: Context, args: &[String]) -> Result<Output, Failure> {
    let queries = args
        .iter()
        .map(|a| parse_arg(a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut codes = Vec::new();
    let mut notes = Vec::new();
    let mut found = Found::All;
    for (query, arg) in queries.iter().zip(args) {
        match query {
            Query::Code(code) => {
                if !code.known() {
                    found = Found::Missing;
                    notes.extend(nearest_codes(*code));
                }
                codes.push(*code);
            }
            Query::Pattern(pattern) => {
                let matches = pattern.catalogued_matches();
                if matches.is_empty() {
                    found = Found::Missing;
                    notes.push(format!("no catalogued code matches {arg}"));
                }
                codes.extend(matches);
            }
        }
    }
    Ok(Output::json_or_text(
        ctx.json,
        || codes_json(&codes),
        |out| {
            for (i, code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                    render::rule(out);
                }
                render::card::render(out, *code);
            }
        },
    )
    .with_notes(notes)
    .found(found))
}

/// A list of codes as the JSON array of code objects.
pub fn codes_json(codes: &[Code]) -> Vec<CodeJson> {
    codes.iter().map(|c| CodeJson::new(*c)).collect()
}
