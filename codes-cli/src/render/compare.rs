//! `compare A B`: a side-by-side summary, both cards, **Key differences** and **When to use
//! which**; and the sentence that words each difference, for the text and the JSON alike.

use super::{INDENT, LABEL_WIDTH, WIDTH, card, heading, prose_indented, rule};
use crate::comparison::{Aspect, Comparison, Difference};
use crate::query::Code;
use crate::style::{LABEL, paint};

/// Appends the whole comparison.
pub fn render(out: &mut String, comparison: &Comparison) {
    let [a, b] = comparison.codes;
    side_by_side(out, comparison);
    for code in comparison.codes {
        out.push('\n');
        rule(out);
        card::render(out, code);
    }
    heading(out, "Key differences");
    for difference in &comparison.differences {
        bullet(out, &sentence(difference, a, b));
    }
    heading(out, "When to use which");
    for (code, advice) in comparison.codes.iter().zip(comparison.advice) {
        bullet(out, &format!("{code}: {}", use_which(*code, advice)));
    }
}

/// The advice for one side: the catalogue's, or what holds for a code it lacks.
pub fn use_which(code: Code, advice: Option<&str>) -> String {
    if let Some(advice) = advice {
        return advice.to_owned();
    }
    match code {
        Code::Basic(basic) => {
            let registry: Vec<String> =
                basic.associated_enhanced().map(|e| e.to_string()).collect();
            let mut text = format!(
                "{code} is not in the catalogue: no RFC defines it, so a server should not send \
                 it; a client that receives it acts on its first digit."
            );
            if !registry.is_empty() {
                text.push_str(&format!(
                    " The IANA registry lists it with {}.",
                    super::join_and(&registry)
                ));
            }
            text
        }
        Code::Enhanced { .. } => format!(
            "{code} is not in the registry; a server should prefer a registered code with the \
             same class and subject."
        ),
    }
}

/// One difference as a sentence: `Class: both are 2xx Positive Completion. ...`.
pub fn sentence(d: &Difference, a: Code, b: Code) -> String {
    let (va, vb) = (d.a.as_deref().unwrap_or(""), d.b.as_deref().unwrap_or(""));
    let [na, nb] = [d.notes[0].as_deref(), d.notes[1].as_deref()].map(|n| n.unwrap_or(""));
    match d.aspect {
        Aspect::Class if d.same => format!("Class: both are {va}. {na}"),
        Aspect::Class => format!("Class: {a} is {va}: {na} {b} is {vb}: {nb}"),
        Aspect::Retry if d.same => format!("Retry: the same for both. {va}"),
        Aspect::Retry => format!("Retry: {a}: {va} {b}: {vb}"),
        Aspect::Subject if d.same => format!("Subject: both are {va}."),
        Aspect::Subject => format!("Subject: {a} is {va}; {b} is {vb}."),
        Aspect::SentAfter => format!("When sent: {a} {va}. {b} {vb}."),
        Aspect::Session => match (&d.a, &d.b) {
            (None, None) => format!(
                "Session: neither {a} nor {b} opens or closes the connection or ends a mail \
                 transaction by itself."
            ),
            _ => {
                let say = |code: Code, effect: &Option<String>| {
                    effect.as_ref().map_or_else(
                        || format!("{code} leaves the session as it is"),
                        |e| format!("{code}: {e}"),
                    )
                };
                format!("Session: {}; {}.", say(a, &d.a), say(b, &d.b))
            }
        },
        Aspect::Status if d.same => format!("Status: both are {va}."),
        Aspect::Status => format!("Status: {a} is {va}; {b} is {vb}."),
        Aspect::ClassesAgree if d.same => {
            let (basic, enhanced) = basic_first(a, b);
            format!(
                "Together: {basic} and {enhanced} agree in class ({va}), so they can be sent as \
                 one reply."
            )
        }
        Aspect::ClassesAgree => {
            let (basic, enhanced) = basic_first(a, b);
            format!(
                "Together: {basic} and {enhanced} disagree in class ({va} against {vb}): an \
                 enhanced code must carry the class of the reply it is in (RFC 3463 §2), and a \
                 client acts on the basic code."
            )
        }
        Aspect::Registry if d.same => {
            format!("Registry: the IANA registry associates {vb} with {va}.")
        }
        Aspect::Registry if nb.is_empty() => {
            format!("Registry: the IANA registry names no basic codes for {vb}.")
        }
        Aspect::Registry => {
            format!("Registry: the IANA registry does not associate {vb} with {va}; it lists {nb}.")
        }
    }
}

fn basic_first(a: Code, b: Code) -> (Code, Code) {
    if matches!(a, Code::Basic(_)) {
        (a, b)
    } else {
        (b, a)
    }
}

fn bullet(out: &mut String, text: &str) {
    let first = format!("{INDENT}• ");
    let rest = format!("{INDENT}  ");
    prose_indented(out, text, &first, &rest);
}

/// Two columns of short values, wrapped inside their columns.
fn side_by_side(out: &mut String, comparison: &Comparison) {
    let column = (WIDTH - INDENT.len() - LABEL_WIDTH - 1) / 2;
    for row in &comparison.table {
        let left = textwrap::wrap(&row.a, column - 1);
        let right = textwrap::wrap(&row.b, column - 1);
        for i in 0..left.len().max(right.len()) {
            let label = if i == 0 { row.label } else { "" };
            let l = left.get(i).map_or("", |s| s.as_ref());
            let r = right.get(i).map_or("", |s| s.as_ref());
            let line = format!(
                "{INDENT}{} {l:<column$}{r}",
                paint(LABEL, format!("{label:<LABEL_WIDTH$}"))
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}
