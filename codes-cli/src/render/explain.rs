//! `explain`: one block per reply found, and the `--count` table.

use codes_core::extract::Finding;
use codes_core::{BasicCode, EnhancedStatus, PairCheck};

use super::{INDENT, first_sentence, heading, prose_indented};
use crate::facts::Entry;
use crate::query::Code;
use crate::style::{CODE, DIM, LABEL, WARN, class_style, paint};

fn label(out: &mut String, name: &str, value: &str) {
    let rest = " ".repeat(INDENT.len() + 12);
    let mut wrapped = String::new();
    prose_indented(&mut wrapped, value, &rest, &rest);
    out.push_str(&format!("{INDENT}{}", paint(LABEL, format!("{name:<12}"))));
    out.push_str(wrapped.trim_start());
}

/// The enhanced status as a [`Code`] with its class.
pub fn enhanced_code(status: EnhancedStatus) -> Code {
    Code::Enhanced {
        class: Some(status.class()),
        subject: status.subject(),
        detail: status.detail(),
    }
}

fn describe(code: Code) -> String {
    match Entry::of(code) {
        Some(entry) => entry.title.to_owned(),
        None => "(not in the catalogue)".to_owned(),
    }
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
            describe(Code::Basic(code)),
            class.digit(),
            class.name(),
            class.action()
        );
        label(out, "Reply code", &value);
    }
    if let Some(status) = finding.enhanced {
        let code = enhanced_code(status);
        let mut value = format!(
            "{} {}",
            paint(class_style(status.class().digit()), status),
            describe(code)
        );
        if let Some(entry) = Entry::of(code) {
            value.push_str(&format!(": {}", first_sentence(entry.description)));
        }
        label(out, "Enhanced", &value);
    }
    if let (Some(code), Some(status)) = (finding.code, finding.enhanced) {
        label(out, "Check", &check_sentence(code, status));
    }
    if finding.deviations.is_empty() {
        label(
            out,
            "Deviations",
            "none: the reply follows RFC 5321 and RFC 2034",
        );
    } else {
        for (i, deviation) in finding.deviations.iter().enumerate() {
            let name = if i == 0 { "Deviations" } else { "" };
            label(
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
        .and_then(|s| Entry::of(enhanced_code(s)))
        .or_else(|| finding.code.and_then(|c| Entry::of(Code::Basic(c))));
    if let Some(entry) = advice {
        heading(out, "  What to do");
        prose_indented(out, entry.fix, "    ", "    ");
    }
}

/// One sentence on whether a basic and an enhanced code fit together.
pub fn check_sentence(code: BasicCode, status: EnhancedStatus) -> String {
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
    let registry = match check.registered {
        Some(true) => format!(
            "the IANA registry associates X.{}.{} with {code}",
            status.subject(),
            status.detail()
        ),
        Some(false) => format!(
            "the IANA registry does not list X.{}.{} with {code}",
            status.subject(),
            status.detail()
        ),
        None => format!(
            "X.{}.{} is not in the registry",
            status.subject(),
            status.detail()
        ),
    };
    format!("{class}; {registry}")
}

/// Appends the `--count` table.
pub fn counts(out: &mut String, rows: &[(Option<BasicCode>, Option<EnhancedStatus>, u64)]) {
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
            .map(|s| describe(enhanced_code(s)))
            .filter(|t| !t.starts_with('('))
            .or_else(|| basic.map(|c| describe(Code::Basic(c))))
            .unwrap_or_default();
        out.push_str(&format!("{n:>width$}  {b:<5}  {e:<9}  {title}\n"));
    }
}
