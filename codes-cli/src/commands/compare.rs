//! `compare A B`: both cards, their key differences and when to use which.

use codes_core::{Lang, Message};

use super::Context;
use crate::comparison;
use crate::hints::{nearest_codes, parse_arg};
use crate::json::CompareJson;
use crate::outcome::{Failure, Found, Output};
use crate::query::{Code, Query};
use crate::render;
use crate::words::fill;

fn code(arg: &str, lang: Lang) -> Result<Code, Failure> {
    match parse_arg(arg, lang)? {
        Query::Code(code) => Ok(code),
        Query::Pattern(_) => Err(Failure::new(fill(
            lang,
            Message::PatternNotCode,
            &[("arg", &arg)],
        ))),
    }
}

pub fn run(ctx: Context, a: &str, b: &str) -> Result<Output, Failure> {
    let (a, b) = (code(a, ctx.lang)?, code(b, ctx.lang)?);
    let comparison = comparison::compare(a, b, ctx.lang);
    let unknown: Vec<Code> = [a, b].into_iter().filter(|c| !c.known()).collect();
    let notes = unknown
        .iter()
        .filter_map(|c| nearest_codes(*c, ctx.lang))
        .collect();
    let found = if unknown.is_empty() {
        Found::All
    } else {
        Found::Missing
    };
    Ok(Output::json_or_text(
        ctx.json,
        || CompareJson::new(&comparison),
        |out| render::compare::render(out, &comparison),
    )
    .with_notes(notes)
    .found(found))
}
