//! `bounce`: one block per recipient of each bounce, a line for each message that is not
//! one, and the `--count` table.

use codes_core::bounce::{Action, Kind, Recipient};
use codes_core::{Lang, Message, Reason};

use super::{heading, prose_indented, row};
use crate::query::Code;
use crate::style::{CODE, WARN, class_style, paint};
use crate::words::say;

/// The word for an action.
pub fn action(lang: Lang, action: Action) -> &'static str {
    say(
        lang,
        match action {
            Action::Failed => Message::ActionFailed,
            Action::Delayed => Message::ActionDelayed,
            Action::Delivered => Message::ActionDelivered,
            Action::Relayed => Message::ActionRelayed,
            Action::Expanded => Message::ActionExpanded,
        },
    )
}

/// What a message that is no bounce is.
pub fn not_a_bounce(lang: Lang, kind: Kind) -> &'static str {
    say(
        lang,
        match kind {
            Kind::AutoReply => Message::AutoReplyNotBounce,
            Kind::FeedbackReport => Message::FeedbackNotBounce,
            _ => Message::OtherNotBounce,
        },
    )
}

fn title(code: Code, lang: Lang) -> String {
    code.entry().map_or_else(
        || say(lang, Message::NotCatalogued).to_owned(),
        |e| e.title().get(lang).to_owned(),
    )
}

/// Appends one recipient of the message `label`.
pub fn recipient(out: &mut String, label: &str, r: &Recipient, lang: Lang) {
    out.push_str(&format!(
        "{} {}\n",
        paint(CODE, format!("{label}:")),
        r.address
    ));
    row(out, say(lang, Message::LabelAction), action(lang, r.action));
    if let Some(code) = r.code {
        let value = format!(
            "{} {}",
            paint(class_style(code.class().digit()), code),
            title(Code::Basic(code), lang)
        );
        row(out, say(lang, Message::LabelReplyCode), &value);
    }
    if let Some(status) = r.enhanced {
        let value = format!(
            "{} {}",
            paint(class_style(status.class().digit()), status),
            title(Code::with_class(status), lang)
        );
        row(out, say(lang, Message::LabelEnhanced), &value);
    }
    if let Some(mta) = &r.remote_mta {
        row(out, say(lang, Message::LabelRemoteMta), mta);
    }
    if let Some(words) = &r.diagnostic {
        row(
            out,
            say(lang, Message::LabelServerSaid),
            &words.replace('\n', " "),
        );
    }
    if let Some(reason) = r.reason {
        let hard = if r.hard_bounce {
            paint(WARN, say(lang, Message::HardBounce))
        } else {
            say(lang, Message::NotHardBounce).to_owned()
        };
        let value = format!(
            "{}: {} ({hard})",
            paint(CODE, reason.name()),
            reason.title_in(lang)
        );
        row(out, say(lang, Message::LabelReason), &value);
        heading(out, &format!("  {}", say(lang, Message::WhatToDo)));
        prose_indented(out, reason.fix_in(lang), "    ", "    ");
    }
}

/// A row of `--count`: a reason, the codes, and how often.
pub type CountRow = (Option<Reason>, String, String, u64);

/// Appends the `--count` table.
pub fn counts(out: &mut String, rows: &[CountRow], lang: Lang) {
    let heads = [
        Message::ColumnCount,
        Message::ColumnReason,
        Message::ColumnBasic,
        Message::ColumnEnhanced,
    ]
    .map(|m| say(lang, m));
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|(reason, basic, enhanced, n)| {
            [
                n.to_string(),
                reason.map_or("-", Reason::name).to_owned(),
                basic.clone(),
                enhanced.clone(),
            ]
        })
        .collect();
    super::tally_table(out, heads, &cells, [0, 0, 0, 0]);
}
