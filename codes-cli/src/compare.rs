//! What sets two codes apart, derived from the catalogue: class and what it asks of the client,
//! whether to retry, subject, when each is sent, what each does to the session, status, and —
//! across kinds — whether the classes agree and whether the registry pairs them.

use codes_core::{Class, Command, Connection, EnhancedClass, ReplyCode};

use crate::facts::{After, Digits, Entry, basic_for, enhanced_for};
use crate::query::Code;
use crate::render::join_and;

/// The comparison of two codes.
#[derive(Debug)]
pub struct Comparison {
    /// Short side-by-side values: (aspect, a, b).
    pub table: Vec<(&'static str, String, String)>,
    /// One sentence per aspect, as printed under "Key differences".
    pub differences: Vec<String>,
    /// "When to use which": (code, advice) for each side.
    pub use_which: Vec<(String, String)>,
}

fn class_label(code: Code) -> String {
    match Digits::of(code) {
        Digits::Basic { class, .. } => format!("{}xx {}", class.digit(), class.name()),
        Digits::Enhanced { class: Some(c), .. } => format!("{}.x.x {}", c.digit(), c.name()),
        Digits::Enhanced { class: None, .. } => "X (any class)".to_owned(),
    }
}

fn subject_label(code: Code) -> String {
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

/// The basic class whose retry advice applies: a basic code's own, or the class with the same
/// digit for an enhanced code (2, 4 and 5 mean success, temporary and permanent in both).
fn retry_class(code: Code) -> Option<Class> {
    match Digits::of(code) {
        Digits::Basic { class, .. } => Some(class),
        Digits::Enhanced { class, .. } => class.and_then(|c| Class::from_digit(c.digit())),
    }
}

fn commands(list: &[Command]) -> String {
    list.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
}

/// When a code is sent, in one phrase.
fn sent_after(code: Code) -> String {
    match code.reply_code() {
        Some(reply) => {
            let after = After::of(reply);
            let mut parts = Vec::new();
            for (role, list) in [
                ("success", &after.success),
                ("intermediate", &after.intermediate),
                ("error", &after.error),
            ] {
                if !list.is_empty() {
                    parts.push(format!("{} ({role})", commands(list)));
                }
            }
            if parts.is_empty() {
                "is not listed after any command by the RFCs".to_owned()
            } else {
                format!("answers {}", parts.join("; "))
            }
        }
        None => match code.enhanced_code() {
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
        },
    }
}

/// What a code does to the session or the mail transaction, if anything.
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
    let data_end = Command::from_name("DATA-END");
    if data_end.is_some_and(|d| after.success.contains(&d)) {
        effects.push(
            "after the final \".\" it ends the mail transaction: the message is accepted"
                .to_owned(),
        );
    }
    if data_end.is_some_and(|d| after.error.contains(&d)) {
        effects.push(
            "after the final \".\" it ends the mail transaction: the message is refused".to_owned(),
        );
    }
    (!effects.is_empty()).then(|| effects.join("; "))
}

fn status_label(code: Code) -> String {
    Entry::of(code).map_or_else(
        || "not in the catalogue".to_owned(),
        |e| e.status.as_str().to_owned(),
    )
}

fn title(code: Code) -> String {
    Entry::of(code).map_or_else(
        || "(not in the catalogue)".to_owned(),
        |e| e.title.to_owned(),
    )
}

fn kind(code: Code) -> &'static str {
    match code {
        Code::Basic(_) => "basic reply code",
        Code::Enhanced { .. } => "enhanced status code",
    }
}

/// The class digit a code carries, if it has one.
fn class_digit(code: Code) -> Option<u16> {
    match code {
        Code::Basic(b) => Some(b.class().digit()),
        Code::Enhanced { class, .. } => class.map(EnhancedClass::digit),
    }
}

/// Compares two codes.
pub fn compare(a: Code, b: Code) -> Comparison {
    let mut table = vec![
        ("Code", a.to_string(), b.to_string()),
        ("Title", title(a), title(b)),
        ("Kind", kind(a).to_owned(), kind(b).to_owned()),
        ("Class", class_label(a), class_label(b)),
        ("Subject", subject_label(a), subject_label(b)),
        ("Status", status_label(a), status_label(b)),
    ];
    if a == b {
        table.truncate(2);
    }
    let mut differences = Vec::new();

    // Class, and what it asks of the client.
    let (ca, cb) = (class_label(a), class_label(b));
    let action = |code: Code| match Digits::of(code) {
        Digits::Basic { class, .. } => class.action().to_owned(),
        Digits::Enhanced { class: Some(c), .. } => {
            crate::render::first_sentence(c.description()).to_owned()
        }
        Digits::Enhanced { class: None, .. } => {
            "the class comes from the reply it is sent in".to_owned()
        }
    };
    if ca == cb {
        differences.push(format!("Class: both are {ca}. {}", action(a)));
    } else {
        differences.push(format!(
            "Class: {a} is {ca}: {} {b} is {cb}: {}",
            action(a),
            action(b)
        ));
    }

    // Retry.
    match (retry_class(a), retry_class(b)) {
        (Some(x), Some(y)) if x == y => {
            differences.push(format!("Retry: the same for both. {}", x.retry()));
        }
        (x, y) => {
            let say = |code: Code, class: Option<Class>| match class {
                Some(c) => format!("{code}: {}", c.retry()),
                None => format!("{code}: follow the class of the basic reply it comes with."),
            };
            differences.push(format!("Retry: {} {}", say(a, x), say(b, y)));
        }
    }

    // Subject.
    let (sa, sb) = (subject_label(a), subject_label(b));
    if sa == sb {
        differences.push(format!("Subject: both are {sa}."));
    } else {
        differences.push(format!("Subject: {a} is {sa}; {b} is {sb}."));
    }

    // When each is sent.
    differences.push(format!(
        "When sent: {a} {}. {b} {}.",
        sent_after(a),
        sent_after(b)
    ));

    // The session and the transaction.
    match (session_effect(a), session_effect(b)) {
        (None, None) => differences.push(format!(
            "Session: neither {a} nor {b} opens or closes the connection or ends a mail transaction by itself."
        )),
        (x, y) => {
            let say = |code: Code, effect: Option<String>| {
                effect.map_or_else(|| format!("{code} leaves the session as it is"), |e| format!("{code}: {e}"))
            };
            differences.push(format!("Session: {}; {}.", say(a, x), say(b, y)));
        }
    }

    // Status, when it differs.
    let (ta, tb) = (status_label(a), status_label(b));
    if ta != tb {
        differences.push(format!("Status: {a} is {ta}; {b} is {tb}."));
    }

    // Across kinds: do the classes agree, and does the registry pair them?
    if let (Some(basic), Some(enhanced)) = pair(a, b) {
        match (class_digit(basic), class_digit(enhanced)) {
            (Some(x), Some(y)) if x == y => differences.push(format!(
                "Together: {basic} and {enhanced} agree in class ({x}), so they can be sent as one reply."
            )),
            (Some(x), Some(y)) => differences.push(format!(
                "Together: {basic} and {enhanced} disagree in class ({x} against {y}): an enhanced code \
                 must carry the class of the reply it is in (RFC 3463 §2), and a client acts on the basic code."
            )),
            _ => {}
        }
        if let (Code::Basic(number), Some(e)) = (basic, enhanced.enhanced_code()) {
            let listed = basic_for(e);
            let names: Vec<String> = listed.iter().map(ToString::to_string).collect();
            if listed.contains(&number.as_u16()) {
                differences.push(format!(
                    "Registry: the IANA registry associates {enhanced} with {basic}."
                ));
            } else if names.is_empty() {
                differences.push(format!(
                    "Registry: the IANA registry names no basic codes for {enhanced}."
                ));
            } else {
                differences.push(format!(
                    "Registry: the IANA registry does not associate {enhanced} with {basic}; it lists {}.",
                    join_and(&names)
                ));
            }
        }
    }

    let use_which = [a, b]
        .into_iter()
        .map(|code| {
            let advice = match Entry::of(code) {
                Some(entry) => entry.use_when.to_owned(),
                None => match code {
                    Code::Basic(basic) => {
                        let registry: Vec<String> = enhanced_for(basic).iter().map(ToString::to_string).collect();
                        let mut text = format!(
                            "{code} is not in the catalogue: no RFC defines it, so a server should not send \
                             it; a client that receives it acts on its first digit."
                        );
                        if !registry.is_empty() {
                            text.push_str(&format!(" The IANA registry lists it with {}.", join_and(&registry)));
                        }
                        text
                    }
                    Code::Enhanced { .. } => format!(
                        "{code} is not in the registry; a server should prefer a registered code with the \
                         same class and subject."
                    ),
                },
            };
            (code.to_string(), advice)
        })
        .collect();
    Comparison {
        table,
        differences,
        use_which,
    }
}

/// The basic and the enhanced code of a cross-kind pair, in that order.
fn pair(a: Code, b: Code) -> (Option<Code>, Option<Code>) {
    match (a, b) {
        (Code::Basic(_), Code::Enhanced { .. }) => (Some(a), Some(b)),
        (Code::Enhanced { .. }, Code::Basic(_)) => (Some(b), Some(a)),
        _ => (None, None),
    }
}

/// The catalogued codes most like `code`, for "did you mean" hints: same kind, fewest typing
/// differences first (`5.1.11` → `5.1.1`, `5.1.10`), then nearest by number.
pub fn nearest(code: Code, count: usize) -> Vec<Code> {
    let typed = code.to_string();
    let candidates: Vec<Code> = match code {
        Code::Basic(_) => ReplyCode::ALL
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
