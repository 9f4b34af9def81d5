//! `search WORDS...`: codes whose text mentions every word, best match first.

use super::Context;
use crate::hints;
use crate::json::{CodeJson, SearchJson};
use crate::outcome::Output;
use crate::query::Code;
use crate::render;
use crate::search;

pub fn run(ctx: Context, words: &[String]) -> Output {
    let query = words.join(" ");
    let hits = search::search(&query, ctx.lang);
    let codes: Vec<Code> = hits.iter().map(|h| h.code).collect();
    Output::json_or_text(
        ctx.json,
        || {
            hits.iter()
                .map(|h| SearchJson {
                    code: CodeJson::new(h.code, ctx.lang),
                    score: h.score,
                })
                .collect::<Vec<_>>()
        },
        |out| render::list::render(out, &codes, None, ctx.lang),
    )
    .missing_if(hits.is_empty(), || hints::search_words(&query, ctx.lang))
}
