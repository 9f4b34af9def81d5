//! What sets two codes apart, one aspect at a time, derived from the catalogue: class and
//! what it asks of the client, whether to retry, subject, when each is sent, what each does
//! to the session, status, and — across kinds — whether the classes agree and whether the
//! registry pairs them. Each aspect is data (`Difference`); `render::compare` words it.

use codes_core::{Command, Connection, Lang, Message};
use serde::Serialize;

use crate::facts::{After, Digits, basic_for};
use crate::query::Code;
use crate::words::{fill, join_and, role, say, status as status_word};

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

/// A row of the side-by-side summary: `aspect` names it for scripts (the English label,
/// whatever the language), `label` for people.
#[derive(Clone, Debug)]
pub struct Row {
    pub aspect: &'static str,
    pub label: &'static str,
    pub a: String,
    pub b: String,
}

/// The comparison of two codes.
#[derive(Debug)]
pub struct Comparison {
    /// The two codes, in the order given.
    pub codes: [Code; 2],
    /// The language of every text in it.
    pub lang: Lang,
    pub table: Vec<Row>,
    pub differences: Vec<Difference>,
    /// "When to use which" for each code, `None` for a code the catalogue lacks.
    pub advice: [Option<&'static str>; 2],
}

pub fn class_label(code: Code, lang: Lang) -> String {
    match Digits::of(code) {
        Digits::Basic { class, .. } => format!("{}xx {}", class.digit(), class.name_in(lang)),
        Digits::Enhanced { class: Some(c), .. } => {
            format!("{}.x.x {}", c.digit(), c.name_in(lang))
        }
        Digits::Enhanced { class: None, .. } => say(lang, Message::ClassAnyShort).to_owned(),
    }
}

pub fn subject_label(code: Code, lang: Lang) -> String {
    match Digits::of(code) {
        Digits::Basic {
            subject: Some(s), ..
        } => format!("x{}x {}", s.digit(), s.name_in(lang)),
        Digits::Basic { subject_digit, .. } => fill(
            lang,
            Message::SubjectNoMeaningShort,
            &[("digit", &subject_digit)],
        ),
        Digits::Enhanced {
            subject: Some(s), ..
        } => format!("X.{} {}", s.digit(), s.name_in(lang)),
        Digits::Enhanced { subject_number, .. } => fill(
            lang,
            Message::SubjectNotRegisteredShort,
            &[("subject", &subject_number)],
        ),
    }
}

fn status_label(code: Code, lang: Lang) -> String {
    code.entry().map_or_else(
        || say(lang, Message::NotCataloguedShort).to_owned(),
        |e| status_word(lang, e.status()).to_owned(),
    )
}

pub fn title(code: Code, lang: Lang) -> String {
    code.entry().map_or_else(
        || say(lang, Message::NotCatalogued).to_owned(),
        |e| e.title().get(lang).to_owned(),
    )
}

fn kind(code: Code, lang: Lang) -> &'static str {
    match code {
        Code::Basic(_) => say(lang, Message::KindBasic),
        Code::Enhanced { .. } => say(lang, Message::KindEnhanced),
    }
}

/// What the class asks of the client.
fn class_action(code: Code, lang: Lang) -> String {
    match Digits::of(code) {
        Digits::Basic { class, .. } => class.action_in(lang).to_owned(),
        Digits::Enhanced { class: Some(c), .. } => {
            crate::render::first_sentence(c.description_in(lang)).to_owned()
        }
        Digits::Enhanced { class: None, .. } => say(lang, Message::ClassFromReply).to_owned(),
    }
}

fn class(a: Code, b: Code, lang: Lang) -> Difference {
    let mut d = Difference::new(
        Aspect::Class,
        Some(class_label(a, lang)),
        Some(class_label(b, lang)),
    );
    d.notes = [Some(class_action(a, lang)), Some(class_action(b, lang))];
    d
}

fn retry(a: Code, b: Code, lang: Lang) -> Difference {
    let (x, y) = (Digits::of(a).retry_class(), Digits::of(b).retry_class());
    let advice = |class: Option<codes_core::Class>| {
        class.map_or_else(
            || say(lang, Message::RetryFollowsBasic).to_owned(),
            |c| c.retry_in(lang).to_owned(),
        )
    };
    Difference::new(Aspect::Retry, Some(advice(x)), Some(advice(y)))
}

fn subject(a: Code, b: Code, lang: Lang) -> Difference {
    Difference::new(
        Aspect::Subject,
        Some(subject_label(a, lang)),
        Some(subject_label(b, lang)),
    )
}

fn commands(list: &[Command]) -> String {
    list.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
}

/// When a code is sent, in one phrase.
fn sent_after_phrase(code: Code, lang: Lang) -> String {
    if let Some(reply) = code.reply_code() {
        let after = After::of(reply);
        let mut parts: Vec<String> = after
            .by_role()
            .iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(r, list)| {
                fill(
                    lang,
                    Message::AnswersIn,
                    &[("commands", &commands(list)), ("role", &role(lang, *r))],
                )
            })
            .collect();
        parts.extend(after.conditional.iter().map(|(r, condition, list)| {
            fill(
                lang,
                Message::AnswersInOnly,
                &[
                    ("commands", &commands(list)),
                    ("role", &role(lang, *r)),
                    ("condition", &condition.get(lang)),
                ],
            )
        }));
        return if parts.is_empty() {
            say(lang, Message::NotListedAfter).to_owned()
        } else {
            fill(lang, Message::Answers, &[("commands", &parts.join("; "))])
        };
    }
    match code.enhanced_code() {
        Some(e) => {
            let basic: Vec<String> = basic_for(e).iter().map(ToString::to_string).collect();
            if basic.is_empty() {
                say(lang, Message::RidesInsideNone).to_owned()
            } else {
                fill(lang, Message::RidesInside, &[("codes", &basic.join(", "))])
            }
        }
        None => say(lang, Message::IsNotCatalogued).to_owned(),
    }
}

fn sent_after(a: Code, b: Code, lang: Lang) -> Difference {
    Difference::new(
        Aspect::SentAfter,
        Some(sent_after_phrase(a, lang)),
        Some(sent_after_phrase(b, lang)),
    )
}

/// What a code does to the session or the mail transaction, if anything: whether it opens or
/// closes the connection, and what the catalogue says a success or an error reply to each
/// command it answers means.
fn session_effect(code: Code, lang: Lang) -> Option<String> {
    let reply = code.reply_code()?;
    let mut effects = Vec::new();
    match reply.connection() {
        Some(Connection::Opens) => effects.push(say(lang, Message::OpensSession).to_owned()),
        Some(Connection::Closes) => effects.push(say(lang, Message::ClosesConnection).to_owned()),
        None => {}
    }
    let after = After::of(reply);
    let meanings = after
        .success
        .iter()
        .filter_map(|c| Some((c, c.on_success_in(lang)?)))
        .chain(
            after
                .error
                .iter()
                .filter_map(|c| Some((c, c.on_error_in(lang)?))),
        );
    for (command, effect) in meanings {
        effects.push(fill(
            lang,
            Message::AfterCommand,
            &[("command", &command.name()), ("effect", &effect)],
        ));
    }
    (!effects.is_empty()).then(|| effects.join("; "))
}

fn session(a: Code, b: Code, lang: Lang) -> Difference {
    Difference::new(
        Aspect::Session,
        session_effect(a, lang),
        session_effect(b, lang),
    )
}

fn status(a: Code, b: Code, lang: Lang) -> Difference {
    Difference::new(
        Aspect::Status,
        Some(status_label(a, lang)),
        Some(status_label(b, lang)),
    )
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
fn registry(basic: Code, enhanced: Code, lang: Lang) -> Option<Difference> {
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
    d.notes[1] = Some(join_and(lang, &names));
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

/// Compares two codes, in `lang`.
pub fn compare(a: Code, b: Code, lang: Lang) -> Comparison {
    let row = |aspect: &'static str, label: Message, value: &dyn Fn(Code) -> String| Row {
        aspect,
        label: say(lang, label),
        a: value(a),
        b: value(b),
    };
    let mut table = vec![
        row("Code", Message::LabelCode, &|c| c.to_string()),
        row("Title", Message::LabelTitle, &|c| title(c, lang)),
        row("Kind", Message::LabelKind, &|c| kind(c, lang).to_owned()),
        row("Class", Message::LabelClass, &|c| class_label(c, lang)),
        row("Subject", Message::LabelSubject, &|c| {
            subject_label(c, lang)
        }),
        row("Status", Message::LabelStatus, &|c| status_label(c, lang)),
    ];
    if a == b {
        table.truncate(2);
    }
    let mut differences = vec![
        class(a, b, lang),
        retry(a, b, lang),
        subject(a, b, lang),
        sent_after(a, b, lang),
        session(a, b, lang),
        status(a, b, lang),
    ];
    if let Some((basic, enhanced)) = cross_kind(a, b) {
        differences.extend(classes_agree(basic, enhanced));
        differences.extend(registry(basic, enhanced, lang));
    }
    let advice = [a, b].map(|code| code.entry().map(|e| e.use_when().get(lang)));
    Comparison {
        codes: [a, b],
        lang,
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
