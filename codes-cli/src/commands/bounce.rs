//! `bounce [PATH]...`: every recipient of every bounce, what happened and what to do;
//! `bounce --count`: a tally by (reason, basic, enhanced).

use std::collections::HashMap;

use codes_core::bounce::{self, Kind, Report};
use codes_core::{Lang, Message, Reason};
use rayon::prelude::*;

use super::Context;
use crate::json::{BounceCountJson, BounceJson};
use crate::mailbox::{self, Item};
use crate::outcome::{Failure, Output};
use crate::render;
use crate::words::{fill, io_reason, say};

/// Every message of the arguments (standard input when there are none), read in parallel,
/// each with its report (`None` for what is no mail message), in input order.
fn reports(args: &[String], lang: Lang) -> Result<Vec<(Item, Option<Report>)>, Failure> {
    let args: Vec<&str> = if args.is_empty() {
        vec!["-"]
    } else {
        args.iter().map(String::as_str).collect()
    };
    let mut items = Vec::new();
    for arg in args {
        let read = mailbox::read(arg).map_err(|(what, e)| {
            let reason = io_reason(lang, &e);
            Failure::new(fill(
                lang,
                Message::CannotRead,
                &[("what", &what), ("reason", &reason)],
            ))
        })?;
        items.extend(read);
    }
    Ok(items
        .into_par_iter()
        .map(|item| {
            let report = bounce::read(&item.bytes);
            (item, report)
        })
        .collect())
}

/// What to say of a message that gives no recipient: that it is no mail message, no
/// bounce (and what it is instead), or a bounce naming no recipient that could be read.
fn note(report: Option<&Report>, lang: Lang) -> Option<&'static str> {
    match report {
        None => Some(say(lang, Message::NotAMessage)),
        Some(r) if r.kind == Kind::Bounce && r.recipients.is_empty() => {
            Some(say(lang, Message::BounceWithoutRecipient))
        }
        Some(r) if r.kind != Kind::Bounce => Some(render::bounce::not_a_bounce(lang, r.kind)),
        Some(_) => None,
    }
}

/// The notes for stderr: `label: what it is`, for every message without recipients.
fn notes(reports: &[(Item, Option<Report>)], lang: Lang) -> Vec<String> {
    reports
        .iter()
        .filter_map(|(item, report)| {
            note(report.as_ref(), lang).map(|what| format!("{}: {what}", item.label))
        })
        .collect()
}

pub fn run(ctx: Context, args: &[String]) -> Result<Output, Failure> {
    let lang = ctx.lang;
    let reports = reports(args, lang)?;
    let recipients: Vec<(&str, &bounce::Recipient)> = reports
        .iter()
        .filter_map(|(item, report)| Some((item, report.as_ref()?)))
        .flat_map(|(item, report)| report.recipients.iter().map(|r| (item.label.as_str(), r)))
        .collect();
    // In text, what is not a bounce is said in its place; in JSON, on stderr.
    let notes = if ctx.json {
        notes(&reports, lang)
    } else {
        Vec::new()
    };
    Ok(Output::json_or_text(
        ctx.json,
        || {
            recipients
                .iter()
                .map(|(file, r)| BounceJson::new(file, r, lang))
                .collect::<Vec<_>>()
        },
        |out| {
            let mut first = true;
            for (item, report) in &reports {
                let blocks: Vec<String> = match report {
                    Some(r) if r.kind == Kind::Bounce && !r.recipients.is_empty() => r
                        .recipients
                        .iter()
                        .map(|recipient| {
                            let mut block = String::new();
                            render::bounce::recipient(&mut block, &item.label, recipient, lang);
                            block
                        })
                        .collect(),
                    _ => note(report.as_ref(), lang)
                        .map(|what| format!("{}: {what}", item.label))
                        .into_iter()
                        .collect(),
                };
                for block in blocks {
                    if !first {
                        out.push('\n');
                    }
                    first = false;
                    out.push_str(&block);
                    if !block.ends_with('\n') {
                        out.push('\n');
                    }
                }
            }
        },
    )
    .with_notes(notes)
    .missing_if(recipients.is_empty(), || {
        say(lang, Message::NoBounceFound).to_owned()
    }))
}

/// What `--count` groups by: the reason, the basic code, the enhanced code.
type CountKey = (Option<Reason>, Option<String>, Option<String>);

pub fn count(ctx: Context, args: &[String]) -> Result<Output, Failure> {
    let lang = ctx.lang;
    let reports = reports(args, lang)?;
    let mut tally: HashMap<CountKey, u64> = HashMap::new();
    for (_, report) in &reports {
        for r in report.iter().flat_map(|r| &r.recipients) {
            let key = (
                r.reason,
                r.code.map(|c| c.to_string()),
                r.enhanced.map(|e| e.to_string()),
            );
            *tally.entry(key).or_insert(0) += 1;
        }
    }
    let mut rows: Vec<_> = tally.into_iter().collect();
    rows.sort_by(|(a, n), (b, m)| {
        m.cmp(n)
            .then_with(|| a.0.map(Reason::name).cmp(&b.0.map(Reason::name)))
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    Ok(Output::json_or_text(
        ctx.json,
        || {
            rows.iter()
                .map(|((reason, basic, enhanced), count)| BounceCountJson {
                    reason: reason.map(Reason::name),
                    basic: basic.clone(),
                    enhanced: enhanced.clone(),
                    count: *count,
                })
                .collect::<Vec<_>>()
        },
        |out| {
            let table: Vec<render::bounce::CountRow> = rows
                .iter()
                .map(|((reason, basic, enhanced), n)| {
                    let dash = || "-".to_owned();
                    (
                        *reason,
                        basic.clone().unwrap_or_else(dash),
                        enhanced.clone().unwrap_or_else(dash),
                        *n,
                    )
                })
                .collect();
            render::bounce::counts(out, &table, lang);
        },
    )
    .with_notes(notes(&reports, lang))
    .missing_if(rows.is_empty(), || {
        say(lang, Message::NoBounceFound).to_owned()
    }))
}
