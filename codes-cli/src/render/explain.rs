//! `explain`: one block per reply found, and the `--count` table.

use codes_core::extract::Finding;
use codes_core::{AnyEnhancedCode, AnyReplyCode, Lang, PairCheck};

use super::{first_sentence, heading, prose_indented, row};
use crate::query::Code;
use crate::style::{CODE, DIM, LABEL, WARN, class_style, paint};

fn title(code: Code) -> String {
    code.entry().map_or_else(
        || "(not in the catalogue)".to_owned(),
        |e| e.title().get(Lang::SOURCE).to_owned(),
    )
}

/// Appends one finding.
pub fn finding(out: &mut String, finding: &Finding) {
    let first_line = finding.text.lines().next().unwrap_or("");
    let more = if finding.text.lines().nth(1).is_some() {
        " …"
    } else {
        ""
    };
    out.push_str(&format!(
        "{} {}{more}\n",
        paint(CODE, format!("Line {}:", finding.line)),
        first_line
    ));
    if let Some(code) = finding.code {
        let class = code.class();
        let value = format!(
            "{} {} — {}xx {}: {}",
            paint(class_style(class.digit()), code),
            title(Code::Basic(code)),
            class.digit(),
            class.name(),
            class.action()
        );
        row(out, "Reply code", &value);
    }
    if let Some(status) = finding.enhanced {
        let code = Code::with_class(status);
        let mut value = format!(
            "{} {}",
            paint(class_style(status.class().digit()), status),
            title(code)
        );
        if let Some(entry) = code.entry() {
            value.push_str(&format!(
                ": {}",
                first_sentence(entry.description().get(Lang::SOURCE))
            ));
        }
        row(out, "Enhanced", &value);
    }
    if let (Some(code), Some(status)) = (finding.code, finding.enhanced) {
        row(out, "Check", &check_sentence(code, status));
    }
    if finding.deviations.is_empty() {
        row(
            out,
            "Deviations",
            "none: the reply follows RFC 5321 and RFC 2034",
        );
    } else {
        for (i, deviation) in finding.deviations.iter().enumerate() {
            let name = if i == 0 { "Deviations" } else { "" };
            row(
                out,
                name,
                &format!(
                    "{} {}",
                    paint(WARN, deviation.name()),
                    paint(DIM, format!("({})", deviation.description()))
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
        heading(out, "  What to do");
        prose_indented(out, entry.fix().get(Lang::SOURCE), "    ", "    ");
    }
}

/// One sentence on whether a basic and an enhanced code fit together.
pub fn check_sentence(code: AnyReplyCode, status: AnyEnhancedCode) -> String {
    let check = PairCheck::new(code, status);
    let class = if check.classes_agree {
        format!("classes agree ({})", code.class().digit())
    } else {
        format!(
            "classes disagree: {}xx with {}.x.x (RFC 2034 §4 requires the same class; act on the basic code)",
            code.class().digit(),
            status.class().digit()
        )
    };
    let x = format!("X.{}.{}", status.subject_number(), status.detail());
    let registry = match check.registered {
        Some(true) => format!("the IANA registry associates {x} with {code}"),
        Some(false) => format!("the IANA registry does not list {x} with {code}"),
        None => format!("{x} is not in the registry"),
    };
    format!("{class}; {registry}")
}

/// A row of `--count`: a (basic, enhanced) pair and how often it occurred.
pub type CountRow = (Option<AnyReplyCode>, Option<AnyEnhancedCode>, u64);

/// Appends the `--count` table.
pub fn counts(out: &mut String, rows: &[CountRow]) {
    let width = rows
        .iter()
        .map(|r| r.2.to_string().len())
        .max()
        .unwrap_or(1)
        .max(5);
    out.push_str(&format!(
        "{}\n",
        paint(
            LABEL,
            format!(
                "{:>width$}  {:<5}  {:<9}  {}",
                "count", "basic", "enhanced", "title"
            )
        )
    ));
    for (basic, enhanced, n) in rows {
        let b = basic.map_or("-".to_owned(), |c| c.to_string());
        let e = enhanced.map_or("-".to_owned(), |s| s.to_string());
        let title = enhanced
            .and_then(|s| Code::with_class(s).entry())
            .or_else(|| basic.and_then(|c| Code::Basic(c).entry()))
            .map(|e| e.title().get(Lang::SOURCE))
            .or_else(|| basic.map(|_| "(not in the catalogue)"))
            .unwrap_or("");
        out.push_str(&format!("{n:>width$}  {b:<5}  {e:<9}  {title}\n"));
    }
}
