//! `explain [TEXT]...`: every reply in the text, explained; `explain --count [FILE]...`:
//! a tally of the replies in logs.

use codes_core::{Lang, Message};

use super::Context;
use crate::json::{CountJson, FindingJson};
use crate::outcome::{Failure, Output};
use crate::render;
use crate::words::{fill, io_reason, say};
use crate::{input, tally};

fn read_failure(lang: Lang, what: &str, error: &std::io::Error) -> Failure {
    let reason = io_reason(lang, error);
    Failure::new(fill(
        lang,
        Message::CannotRead,
        &[("what", &what), ("reason", &reason)],
    ))
}

/// Whether the arguments ask for standard input.
fn from_stdin(args: &[String]) -> bool {
    args.is_empty() || args == ["-"]
}

pub fn run(ctx: Context, args: &[String]) -> Result<Output, Failure> {
    let lang = ctx.lang;
    let findings = if from_stdin(args) {
        input::findings(std::io::stdin().lock())
            .map_err(|e| read_failure(lang, say(lang, Message::StandardInput), &e))?
    } else {
        input::findings(args.join(" ").as_bytes())
            .map_err(|e| read_failure(lang, say(lang, Message::TheText), &e))?
    };
    Ok(Output::json_or_text(
        ctx.json,
        || {
            findings
                .iter()
                .map(|f| FindingJson::new(f, lang))
                .collect::<Vec<_>>()
        },
        |out| {
            for (i, finding) in findings.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                render::explain::finding(out, finding, lang);
            }
        },
    )
    .missing_if(findings.is_empty(), || {
        say(lang, Message::NothingFound).to_owned()
    }))
}

pub fn count(ctx: Context, files: &[String], threads: Option<usize>) -> Result<Output, Failure> {
    let mut tally = tally::Tally::new();
    let plan = tally::Plan::new(threads);
    let lang = ctx.lang;
    let stdin = |tally: &mut tally::Tally| {
        tally::count(std::io::stdin(), tally, plan)
            .map_err(|e| read_failure(lang, say(lang, Message::StandardInput), &e))
    };
    if files.is_empty() {
        stdin(&mut tally)?;
    }
    for file in files {
        if file == "-" {
            stdin(&mut tally)?;
            continue;
        }
        let reader = std::fs::File::open(file).map_err(|e| read_failure(lang, file, &e))?;
        tally::count(reader, &mut tally, plan).map_err(|e| read_failure(lang, file, &e))?;
    }
    let rows = tally::sorted(&tally);
    Ok(Output::json_or_text(
        ctx.json,
        || {
            rows.iter()
                .map(|(b, e, n)| CountJson {
                    basic: b.map(|c| c.to_string()),
                    enhanced: e.map(|s| s.to_string()),
                    count: *n,
                })
                .collect::<Vec<_>>()
        },
        |out| render::explain::counts(out, &rows, lang),
    )
    .missing_if(rows.is_empty(), || {
        say(lang, Message::NothingFound).to_owned()
    }))
}
