//! `explain`: one block per reply found, and the `--count` table.

use codes_core::extract::Finding;
use codes_core::{AnyEnhancedCode, AnyReplyCode, Lang, Message, PairCheck};

use super::{first_sentence, heading, prose_indented, row};
use crate::query::Code;
use crate::style::{CODE, DIM, WARN, class_style, paint};
use crate::words::{fill, say};

fn title(code: Code, lang: Lang) -> String {
    code.entry().map_or_else(
        || say(lang, Message::NotCatalogued).to_owned(),
        |e| e.title().get(lang).to_owned(),
    )
}

/// Appends one finding.
pub fn finding(out: &mut String, finding: &Finding, lang: Lang) {
    let first_line = finding.text.lines().next().unwrap_or("");
    let more = if finding.text.lines().nth(1).is_some() {
        " …"
    } else {
        ""
    };
    out.push_str(&format!(
        "{} {}{more}\n",
        paint(CODE, fill(lang, Message::Line, &[("line", &finding.line)])),
        first_line
    ));
    if let Some(code) = finding.code {
        let class = code.class();
        let value = format!(
            "{} {} — {}xx {}: {}",
            paint(class_style(class.digit()), code),
            title(Code::Basic(code), lang),
            class.digit(),
            class.name_in(lang),
            class.action_in(lang)
        );
        row(out, say(lang, Message::LabelReplyCode), &value);
    }
    if let Some(status) = finding.enhanced {
        let code = Code::with_class(status);
        let mut value = format!(
            "{} {}",
            paint(class_style(status.class().digit()), status),
            title(code, lang)
        );
        if let Some(entry) = code.entry() {
            value.push_str(&format!(
                ": {}",
                first_sentence(entry.description().get(lang))
            ));
        }
        row(out, say(lang, Message::LabelEnhanced), &value);
    }
    if let (Some(code), Some(status)) = (finding.code, finding.enhanced) {
        row(
            out,
            say(lang, Message::LabelCheck),
            &check_sentence(code, status, lang),
        );
    }
    let label = say(lang, Message::LabelDeviations);
    if finding.deviations.is_empty() {
        row(out, label, say(lang, Message::DeviationsNone));
    } else {
        for (i, deviation) in finding.deviations.iter().enumerate() {
            let name = if i == 0 { label } else { "" };
            row(
                out,
                name,
                &format!(
                    "{} {}",
                    paint(WARN, deviation.name()),
                    paint(DIM, format!("({})", deviation.description_in(lang)))
                ),
            );
        }
    }
    // The most specific advice the catalogue has: the enhanced code's, else the basic code's.
    let advice = finding
        .enhanced
        .and_then(|s| Code::with_class(s).entry())
        .or_else(|| finding.code.and_then(|c| Code::Basic(c).entry()));
    if let Some(entry) = advice {
        heading(out, &format!("  {}", say(lang, Message::WhatToDo)));
        prose_indented(out, entry.fix().get(lang), "    ", "    ");
    }
}

/// One sentence on whether a basic and an enhanced code fit together.
pub fn check_sentence(code: AnyReplyCode, status: AnyEnhancedCode, lang: Lang) -> String {
    let check = PairCheck::new(code, status);
    let (basic, enhanced) = (code.class().digit(), status.class().digit());
    let class = if check.classes_agree {
        fill(lang, Message::ClassesAgree, &[("digit", &basic)])
    } else {
        fill(
            lang,
            Message::ClassesDisagree,
            &[("basic", &basic), ("enhanced", &enhanced)],
        )
    };
    let x = format!("X.{}.{}", status.subject_number(), status.detail());
    let values: [(&str, &dyn std::fmt::Display); 2] = [("enhanced", &x), ("basic", &code)];
    let registry = match check.registered {
        Some(true) => fill(lang, Message::CheckAssociated, &values),
        Some(false) => fill(lang, Message::CheckNotListed, &values),
        None => fill(lang, Message::CheckNotInRegistry, &values),
    };
    format!("{class}; {registry}")
}

/// A row of `--count`: a (basic, enhanced) pair and how often it occurred.
pub type CountRow = (Option<AnyReplyCode>, Option<AnyEnhancedCode>, u64);

/// Appends the `--count` table; each column is as wide as its heading or its widest value.
pub fn counts(out: &mut String, rows: &[CountRow], lang: Lang) {
    let heads = [
        Message::ColumnCount,
        Message::ColumnBasic,
        Message::ColumnEnhanced,
        Message::ColumnTitle,
    ]
    .map(|m| say(lang, m));
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|(basic, enhanced, n)| {
            let title = enhanced
                .and_then(|s| Code::with_class(s).entry())
                .or_else(|| basic.and_then(|c| Code::Basic(c).entry()))
                .map(|e| e.title().get(lang))
                .or_else(|| basic.map(|_| say(lang, Message::NotCatalogued)))
                .unwrap_or("");
            [
                n.to_string(),
                basic.map_or("-".to_owned(), |c| c.to_string()),
                enhanced.map_or("-".to_owned(), |s| s.to_string()),
                title.to_owned(),
            ]
        })
        .collect();
    // An enhanced code takes up to nine columns (4.123.456): keep them aligned across runs.
    super::tally_table(out, heads, &cells, [0, 0, 9, 0]);
}
