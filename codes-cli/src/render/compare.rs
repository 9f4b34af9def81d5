//! `compare A B`: a side-by-side summary, both cards, **Key differences** and **When to use
//! which**; and the sentence that words each difference, for the text and the JSON alike.

use codes_core::{Lang, Message};

use super::{INDENT, LABEL_WIDTH, WIDTH, card, display_width, heading, pad, prose_indented, rule};
use crate::comparison::{Aspect, Comparison, Difference};
use crate::query::Code;
use crate::style::{LABEL, paint};
use crate::words::{fill, join_and, say};

/// Appends the whole comparison.
pub fn render(out: &mut String, comparison: &Comparison) {
    let [a, b] = comparison.codes;
    let lang = comparison.lang;
    side_by_side(out, comparison);
    for code in comparison.codes {
        out.push('\n');
        rule(out);
        card::render(out, code, lang);
    }
    heading(out, say(lang, Message::KeyDifferences));
    for difference in &comparison.differences {
        bullet(out, &sentence(difference, a, b, lang));
    }
    heading(out, say(lang, Message::WhenToUseWhich));
    for (code, advice) in comparison.codes.iter().zip(comparison.advice) {
        bullet(out, &format!("{code}: {}", use_which(*code, advice, lang)));
    }
}

/// The advice for one side: the catalogue's, or what holds for a code it lacks.
pub fn use_which(code: Code, advice: Option<&str>, lang: Lang) -> String {
    if let Some(advice) = advice {
        return advice.to_owned();
    }
    match code {
        Code::Basic(basic) => {
            let registry: Vec<String> =
                basic.associated_enhanced().map(|e| e.to_string()).collect();
            let mut text = fill(lang, Message::UseWhichUnknownBasic, &[("code", &code)]);
            if !registry.is_empty() {
                text.push(' ');
                text.push_str(&fill(
                    lang,
                    Message::UseWhichInRegistry,
                    &[("codes", &join_and(lang, &registry))],
                ));
            }
            text
        }
        Code::Enhanced { .. } => fill(lang, Message::UseWhichUnknownEnhanced, &[("code", &code)]),
    }
}

/// One difference as a sentence: `Class: both are 2xx Positive Completion. ...`.
pub fn sentence(d: &Difference, a: Code, b: Code, lang: Lang) -> String {
    let (va, vb) = (d.a.as_deref().unwrap_or(""), d.b.as_deref().unwrap_or(""));
    let [na, nb] = [d.notes[0].as_deref(), d.notes[1].as_deref()].map(|n| n.unwrap_or(""));
    let (basic, enhanced) = basic_first(a, b);
    let say_with =
        |message: Message, values: &[(&str, &dyn std::fmt::Display)]| fill(lang, message, values);
    let both = |message: Message| say_with(message, &[("value", &va), ("note", &na)]);
    let each = |message: Message| {
        say_with(
            message,
            &[
                ("a", &a),
                ("b", &b),
                ("value_a", &va),
                ("value_b", &vb),
                ("note_a", &na),
                ("note_b", &nb),
            ],
        )
    };
    match d.aspect {
        Aspect::Class if d.same => both(Message::ClassSame),
        Aspect::Class => each(Message::ClassDiffer),
        Aspect::Retry if d.same => both(Message::RetrySame),
        Aspect::Retry => each(Message::RetryDiffer),
        Aspect::Subject if d.same => both(Message::SubjectSame),
        Aspect::Subject => each(Message::SubjectDiffer),
        Aspect::SentAfter => each(Message::WhenSent),
        Aspect::Session => match (&d.a, &d.b) {
            (None, None) => each(Message::SessionNeither),
            _ => {
                let effect = |code: Code, effect: &Option<String>| match effect {
                    Some(e) => say_with(Message::SessionEffect, &[("code", &code), ("effect", e)]),
                    None => say_with(Message::SessionUnchanged, &[("code", &code)]),
                };
                say_with(
                    Message::SessionEach,
                    &[
                        ("effect_a", &effect(a, &d.a)),
                        ("effect_b", &effect(b, &d.b)),
                    ],
                )
            }
        },
        Aspect::Status if d.same => both(Message::StatusSame),
        Aspect::Status => each(Message::StatusDiffer),
        Aspect::ClassesAgree if d.same => say_with(
            Message::TogetherAgree,
            &[("basic", &basic), ("enhanced", &enhanced), ("digit", &va)],
        ),
        Aspect::ClassesAgree => say_with(
            Message::TogetherDisagree,
            &[
                ("basic", &basic),
                ("enhanced", &enhanced),
                ("digit_basic", &va),
                ("digit_enhanced", &vb),
            ],
        ),
        Aspect::Registry if d.same => say_with(
            Message::RegistryAssociates,
            &[("basic", &va), ("enhanced", &vb)],
        ),
        Aspect::Registry if nb.is_empty() => {
            say_with(Message::RegistryNamesNoBasic, &[("enhanced", &vb)])
        }
        Aspect::Registry => say_with(
            Message::RegistryDoesNotAssociate,
            &[("basic", &va), ("enhanced", &vb), ("codes", &nb)],
        ),
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
                "{INDENT}{} {l}{}{r}",
                paint(LABEL, pad(label, LABEL_WIDTH)),
                " ".repeat(column.saturating_sub(display_width(l)))
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}
