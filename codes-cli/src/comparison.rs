//! What sets two codes apart, one aspect at a time, derived from the catalogue: class and
//! what it asks of the client, whether to retry, subject, when each is sent, what each does
//! to the session, status, and — across kinds — whether the classes agree and whether the
//! registry pairs them. Each aspect is data (`Difference`); `render::compare` words it.

use codes_core::{Command, Connection};
use serde::Serialize;

use crate::facts::{After, Digits, basic_for};
use crate::query::Code;

/// One aspect on which two codes are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    Class,
    Retry,
    Subject,
    SentAfter,
    Session,
    Status,
    /// A basic and an enhanced code: whether their classes agree.
    ClassesAgree,
    /// A basic and an enhanced code: whether the registry associates them.
    Registry,
}

/// How two codes stand on one aspect. `a` and `b` are short values (`None` where a code has
/// nothing to say); `notes` add a longer explanation per side where the aspect has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub aspect: Aspect,
    pub a: Option<String>,
    pub b: Option<String>,
    pub same: bool,
    pub notes: [Option<String>; 2],
}

impl Difference {
    fn new(aspect: Aspect, a: Option<String>, b: Option<String>) -> Self {
        let same = a == b;
        Difference {
            aspect,
            a,
            b,
            same,
            notes: [None, None],
        }
    }
}

/// A row of the side-by-side summary.
#[derive(Clone, Debug)]
pub struct Row {
    pub label: &'static str,
    pub a: String,
    pub b: String,
}

/// The comparison of two codes.
#[derive(Debug)]
pub struct Comparison {
    /// The two codes, in the order given.
    pub codes: [Code; 2],
    pub table: Vec<Row>,
    pub differences: Vec<Difference>,
    /// "When to use which" for each code, `None` for a code the catalogue lacks.
    pub advice: [Option<&'static str>; 2],
}

pub fn class_label(code: Code) -> String {
    match Digits::of(code) {
        Digits::Basic { class, .. } => format!("{}xx {}", class.digit(), class.name()),
        Digits::Enhanced { class: Some(c), .. } => format!("{}.x.x {}", c.digit(), c.name()),
        Digits::Enhanced { class: None, .. } => "X (any class)".to_owned(),
    }
}

pub fn subject_label(code: Code) -> String {
    match Digits::of(code) {
        Digits::Basic {
            subject: Some(s), ..
        } => format!("x{}x {}", s.digit(), s.name()),
        Digits::Basic { subject_digit, .. } => format!("x{subject_digit}x (no meaning)"),
        Digits::Enhanced {
            subject: Some(s), ..
        } => format!("X.{} {}", s.digit(), s.name()),
        Digits::Enhanced { subject_number, .. } => {
            format!("X.{subject_number} (not in the registry)")
        }
    }
}

fn status_label(code: Code) -> String {
    code.entry().map_or_else(
        || "not in the catalogue".to_owned(),
        |e| e.status().as_str().to_owned(),
    )
}

pub fn title(code: Code) -> String {
    code.entry().map_or_else(
        || "(not in the catalogue)".to_owned(),
        |e| e.title().get(codes_core::Lang::SOURCE).to_owned(),
    )
}

fn kind(code: Code) -> &'static str {
    match code {
        Code::Basic(_) => "basic reply code",
        Code::Enhanced { .. } => "enhanced status code",
    }
}

/// What the class asks of the client.
fn class_action(code: Code) -> String {
    match Digits::of(code) {
        Digits::Basic { class, .. } => class.action().to_owned(),
        Digits::Enhanced { class: Some(c), .. } => {
            crate::render::first_sentence(c.description()).to_owned()
        }
        Digits::Enhanced { class: None, .. } => {
            "the class comes from the reply it is sent in".to_owned()
        }
    }
}

fn class(a: Code, b: Code) -> Difference {
    let mut d = Difference::new(Aspect::Class, Some(class_label(a)), Some(class_label(b)));
    d.notes = [Some(class_action(a)), Some(class_action(b))];
    d
}

fn retry(a: Code, b: Code) -> Difference {
    let (x, y) = (Digits::of(a).retry_class(), Digits::of(b).retry_class());
    let advice = |class: Option<codes_core::Class>| {
        class.map_or_else(
            || "follow the class of the basic reply it comes with.".to_owned(),
            |c| c.retry().to_owned(),
        )
    };
    Difference::new(Aspect::Retry, Some(advice(x)), Some(advice(y)))
}

fn subject(a: Code, b: Code) -> Difference {
    Difference::new(
        Aspect::Subject,
        Some(subject_label(a)),
        Some(subject_label(b)),
    )
}

fn commands(list: &[Command]) -> String {
    list.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
}

/// When a code is sent, in one phrase.
fn sent_after_phrase(code: Code) -> String {
    if let Some(reply) = code.reply_code() {
        let after = After::of(reply);
        let mut parts: Vec<String> = after
            .by_role()
            .iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(role, list)| format!("{} ({})", commands(list), role.as_str()))
            .collect();
        parts.extend(after.conditional.iter().map(|(role, condition, list)| {
            format!(
                "{} ({}, only {})",
                commands(list),
                role.as_str(),
                condition.get(codes_core::Lang::SOURCE)
            )
        }));
        return if parts.is_empty() {
            "is not listed after any command by the RFCs".to_owned()
        } else {
            format!("answers {}", parts.join("; "))
        };
    }
    match code.enhanced_code() {
        Some(e) => {
            let basic: Vec<String> = basic_for(e).iter().map(ToString::to_string).collect();
            if basic.is_empty() {
                "rides inside a basic reply; the registry names none".to_owned()
            } else {
                format!(
                    "rides inside a basic reply: {} in the registry",
                    basic.join(", ")
                )
            }
        }
        None => "is not in the catalogue".to_owned(),
    }
}

fn sent_after(a: Code, b: Code) -> Difference {
    Difference::new(
        Aspect::SentAfter,
        Some(sent_after_phrase(a)),
        Some(sent_after_phrase(b)),
    )
}

/// What a code does to the session or the mail transaction, if anything: whether it opens or
/// closes the connection, and what the catalogue says a success or an error reply to each
/// command it answers means.
fn session_effect(code: Code) -> Option<String> {
    let reply = code.reply_code()?;
    let mut effects = Vec::new();
    match reply.connection() {
        Some(Connection::Opens) => effects.push("opens the session (the greeting)".to_owned()),
        Some(Connection::Closes) => {
            effects.push("the server closes the connection after it".to_owned());
        }
        None => {}
    }
    let after = After::of(reply);
    let lang = codes_core::Lang::SOURCE;
    for command in &after.success {
        if let Some(effect) = command.on_success_in(lang) {
            effects.push(format!("after {}, {effect}", command.name()));
        }
    }
    for command in &after.error {
        if let Some(effect) = command.on_error_in(lang) {
            effects.push(format!("after {}, {effect}", command.name()));
        }
    }
    (!effects.is_empty()).then(|| effects.join("; "))
}

fn session(a: Code, b: Code) -> Difference {
    Difference::new(Aspect::Session, session_effect(a), session_effect(b))
}

fn status(a: Code, b: Code) -> Difference {
    Difference::new(Aspect::Status, Some(status_label(a)), Some(status_label(b)))
}

/// Across kinds: do the classes agree?
fn classes_agree(basic: Code, enhanced: Code) -> Option<Difference> {
    let (x, y) = (basic.class_digit()?, enhanced.class_digit()?);
    Some(Difference::new(
        Aspect::ClassesAgree,
        Some(x.to_string()),
        Some(y.to_string()),
    ))
}

/// Across kinds: does the registry associate the two? `notes[1]` lists what it associates
/// with the enhanced code instead.
fn registry(basic: Code, enhanced: Code) -> Option<Difference> {
    let (Code::Basic(number), Some(e)) = (basic, enhanced.enhanced_code()) else {
        return None;
    };
    let listed = basic_for(e);
    let mut d = Difference::new(
        Aspect::Registry,
        Some(basic.to_string()),
        Some(enhanced.to_string()),
    );
    d.same = listed.contains(&number.as_u16());
    let names: Vec<String> = listed.iter().map(ToString::to_string).collect();
    d.notes[1] = Some(crate::render::join_and(&names));
    Some(d)
}

/// The basic and the enhanced code of a cross-kind pair, in that order.
fn cross_kind(a: Code, b: Code) -> Option<(Code, Code)> {
    match (a, b) {
        (Code::Basic(_), Code::Enhanced { .. }) => Some((a, b)),
        (Code::Enhanced { .. }, Code::Basic(_)) => Some((b, a)),
        _ => None,
    }
}

/// Compares two codes.
pub fn compare(a: Code, b: Code) -> Comparison {
    let mut table = vec![
        Row {
            label: "Code",
            a: a.to_string(),
            b: b.to_string(),
        },
        Row {
            label: "Title",
            a: title(a),
            b: title(b),
        },
        Row {
            label: "Kind",
            a: kind(a).to_owned(),
            b: kind(b).to_owned(),
        },
        Row {
            label: "Class",
            a: class_label(a),
            b: class_label(b),
        },
        Row {
            label: "Subject",
            a: subject_label(a),
            b: subject_label(b),
        },
        Row {
            label: "Status",
            a: status_label(a),
            b: status_label(b),
        },
    ];
    if a == b {
        table.truncate(2);
    }
    let mut differences = vec![
        class(a, b),
        retry(a, b),
        subject(a, b),
        sent_after(a, b),
        session(a, b),
        status(a, b),
    ];
    if let Some((basic, enhanced)) = cross_kind(a, b) {
        differences.extend(classes_agree(basic, enhanced));
        differences.extend(registry(basic, enhanced));
    }
    let advice = [a, b].map(|code| {
        code.entry()
            .map(|e| e.use_when().get(codes_core::Lang::SOURCE))
    });
    Comparison {
        codes: [a, b],
        table,
        differences,
        advice,
    }
}

/// The catalogued codes most like `code`, for "did you mean" hints: same kind, fewest typing
/// differences first (`5.1.11` → `5.1.1`, `5.1.10`), then nearest by number.
pub fn nearest(code: Code, count: usize) -> Vec<Code> {
    let typed = code.to_string();
    let candidates: Vec<Code> = match code {
        Code::Basic(_) => codes_core::ReplyCode::ALL
            .iter()
            .map(|c| Code::Basic((*c).into()))
            .collect(),
        Code::Enhanced { class, .. } => codes_core::EnhancedCode::ALL
            .iter()
            .map(|e| Code::enhanced(*e, class))
            .collect(),
    };
    let numeric = |c: &Code| -> u32 {
        match (c, code) {
            (Code::Basic(a), Code::Basic(b)) => u32::from(a.as_u16().abs_diff(b.as_u16())),
            (
                Code::Enhanced {
                    subject: s1,
                    detail: d1,
                    ..
                },
                Code::Enhanced {
                    subject: s2,
                    detail: d2,
                    ..
                },
            ) => u32::from(s1.abs_diff(s2)) * 1000 + u32::from(d1.abs_diff(d2)),
            _ => u32::MAX,
        }
    };
    let mut ranked: Vec<(usize, u32, Code)> = candidates
        .into_iter()
        .map(|c| {
            (
                crate::search::edit_distance(&typed, &c.to_string()),
                numeric(&c),
                c,
            )
        })
        .collect();
    ranked.sort();
    ranked.into_iter().take(count).map(|(_, _, c)| c).collect()
}
