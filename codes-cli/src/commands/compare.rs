//! `compare A B`: both cards, their key differences and when to use which; `compare A`: the
//! codes the catalogue lists as often confused with A.

use codes_core::{Lang, Message};

use super::Context;
use crate::comparison;
use crate::hints::{nearest_codes, parse_arg};
use crate::json::{CodeJson, CompareJson, ConfusedJson};
use crate::outcome::{Failure, Found, Output};
use crate::query::{Code, Query};
use crate::render;
use crate::words::{fill, say};

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

/// `compare A`: the codes people often confuse with A, each a comparison to run.
pub fn suggest(ctx: Context, a: &str) -> Result<Output, Failure> {
    let lang = ctx.lang;
    let code = code(a, lang)?;
    let others = code.confused_with();
    Ok(Output::json_or_text(
        ctx.json,
        || ConfusedJson {
            code: CodeJson::new(code, lang),
            confused_with: others.iter().map(|c| CodeJson::new(*c, lang)).collect(),
        },
        |out| {
            if others.is_empty() {
                return;
            }
            out.push_str(&fill(lang, Message::ConfusedWithList, &[("code", &code)]));
            out.push('\n');
            let width = others
                .iter()
                .map(|c| c.to_string().len())
                .max()
                .unwrap_or(0);
            for other in &others {
                let title = other
                    .entry()
                    .map_or(say(lang, Message::NotCatalogued), |e| e.title().get(lang));
                out.push_str(&format!("  {:<width$}  {title}\n", other.to_string()));
            }
        },
    )
    .missing_if(others.is_empty(), || {
        fill(lang, Message::NoPairs, &[("code", &code)])
    }))
}
