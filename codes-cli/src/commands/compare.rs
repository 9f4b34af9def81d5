//! `compare A B`: both cards, their key differences and when to use which.

use super::Context;
use crate::comparison;
use crate::hints::{nearest_codes, parse_arg};
use crate::json::CompareJson;
use crate::outcome::{Failure, Found, Output};
use crate::query::{Code, Query};
use crate::render;

fn code(arg: &str) -> Result<Code, Failure> {
    match parse_arg(arg)? {
        Query::Code(code) => Ok(code),
        Query::Pattern(_) => Err(Failure::new(format!(
            "`{arg}` is a pattern; compare takes two codes"
        ))),
    }
}

pub fn run(ctx: Context, a: &str, b: &str) -> Result<Output, Failure> {
    let (a, b) = (code(a)?, code(b)?);
    let comparison = comparison::compare(a, b);
    let unknown: Vec<Code> = [a, b].into_iter().filter(|c| !c.known()).collect();
    let notes = unknown.iter().filter_map(|c| nearest_codes(*c)).collect();
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
