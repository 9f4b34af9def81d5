//! What the user typed: a basic code (`250`), an enhanced status code (`5.7.1`, `X.7.1`) or a
//! pattern (`4xx`, `55x`, `5.7.x`, `X.1.x`), checked and turned into a [`Code`] or a
//! [`Pattern`]. Bad input becomes a one-line message for stderr (exit status 2).

use std::fmt;

use codes_core::{
    AnyEnhancedCode, AnyReplyCode, ConfusedPair, EnhancedClass, EnhancedCode, Entry, Lang, Message,
    PairCode, ReplyCode,
};

use crate::words::{fill, say};

/// A code the user asked about; it may or may not be in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    /// A three-digit reply code.
    Basic(AnyReplyCode),
    /// An enhanced status code; `class` is `None` for the class-independent `X.S.D` form.
    Enhanced {
        class: Option<EnhancedClass>,
        subject: u16,
        detail: u16,
    },
}

impl Code {
    /// The class-independent catalogue entry of an enhanced code.
    pub fn x_form(code: EnhancedCode) -> Self {
        Code::Enhanced {
            class: None,
            subject: code.subject_number(),
            detail: code.detail(),
        }
    }

    /// The enhanced code as found in a reply, with its class.
    pub fn with_class(code: AnyEnhancedCode) -> Self {
        Code::Enhanced {
            class: Some(code.class()),
            subject: code.subject_number(),
            detail: code.detail(),
        }
    }

    /// An enhanced code with a class, or the `X` form when `class` is `None`.
    pub fn enhanced(code: EnhancedCode, class: Option<EnhancedClass>) -> Self {
        Code::Enhanced {
            class,
            subject: code.subject_number(),
            detail: code.detail(),
        }
    }

    /// The catalogued basic code, if this is one.
    pub fn reply_code(self) -> Option<ReplyCode> {
        match self {
            Code::Basic(code) => code.catalogued(),
            Code::Enhanced { .. } => None,
        }
    }

    /// The catalogued enhanced code, if this is one.
    pub fn enhanced_code(self) -> Option<EnhancedCode> {
        match self {
            Code::Basic(_) => None,
            Code::Enhanced {
                subject, detail, ..
            } => EnhancedCode::from_parts(subject, detail),
        }
    }

    /// Whether the catalogue has an entry for it.
    pub fn known(self) -> bool {
        self.entry().is_some()
    }

    /// What the catalogue says about it, whichever kind it is.
    pub fn entry(self) -> Option<&'static Entry> {
        match (self.reply_code(), self.enhanced_code()) {
            (Some(code), _) => Some(code.entry()),
            (_, Some(code)) => Some(code.entry()),
            _ => None,
        }
    }

    /// The class digit the code carries: a basic code's first digit, an enhanced code's
    /// class; `None` for the class-independent `X` form.
    pub fn class_digit(self) -> Option<u16> {
        match self {
            Code::Basic(code) => Some(code.class().digit()),
            Code::Enhanced { class, .. } => class.map(EnhancedClass::digit),
        }
    }

    /// A code of the catalogue's `[[pair]]` table, as it is written there.
    pub fn from_pair(code: PairCode) -> Self {
        match code {
            PairCode::Basic(basic) => Code::Basic(basic.into()),
            PairCode::Enhanced(enhanced, class) => Code::enhanced(enhanced, class),
        }
    }

    /// Whether a code of a pair stands for this one: the same basic code, or the same
    /// enhanced entry where neither names a class or both name the same.
    pub fn is_pair_code(self, code: PairCode) -> bool {
        match (self, code) {
            (Code::Basic(a), PairCode::Basic(b)) => a == AnyReplyCode::from(b),
            (Code::Enhanced { class, .. }, PairCode::Enhanced(entry, pair_class)) => {
                self.enhanced_code() == Some(entry)
                    && (class.is_none() || pair_class.is_none() || class == pair_class)
            }
            _ => false,
        }
    }

    /// The codes the catalogue lists as often confused with this one, as its pairs write
    /// them.
    pub fn confused_with(self) -> Vec<Code> {
        let mut found = Vec::new();
        for pair in ConfusedPair::ALL {
            let other = if self.is_pair_code(pair.a) {
                pair.b
            } else if self.is_pair_code(pair.b) {
                pair.a
            } else {
                continue;
            };
            let other = Code::from_pair(other);
            if other != self && !found.contains(&other) {
                found.push(other);
            }
        }
        found
    }

    /// Every catalogued code: the basic ones, then the enhanced ones in their `X` form.
    pub fn all_catalogued() -> Vec<Code> {
        ReplyCode::ALL
            .iter()
            .map(|c| Code::Basic((*c).into()))
            .chain(EnhancedCode::ALL.iter().map(|e| Code::x_form(*e)))
            .collect()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Basic(code) => write!(f, "{code}"),
            Code::Enhanced {
                class: Some(class),
                subject,
                detail,
            } => write!(f, "{}.{subject}.{detail}", class.digit()),
            Code::Enhanced {
                class: None,
                subject,
                detail,
            } => write!(f, "X.{subject}.{detail}"),
        }
    }
}

/// A pattern with `x` for any digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// `4xx`, `55x`, `x5x`: one optional digit per position.
    Basic([Option<u16>; 3]),
    /// `5.7.x`, `X.1.x`: `class` is `None` for `X` (the class-independent entries).
    Enhanced {
        class: Option<EnhancedClass>,
        subject: Option<u16>,
        detail: Option<u16>,
    },
}

impl Pattern {
    /// Whether a code matches the pattern.
    pub fn matches(&self, code: Code) -> bool {
        match (self, code) {
            (Pattern::Basic(digits), Code::Basic(basic)) => digits
                .iter()
                .zip(basic.digits())
                .all(|(want, have)| want.is_none_or(|w| w == u16::from(have))),
            (
                Pattern::Enhanced {
                    class,
                    subject,
                    detail,
                },
                Code::Enhanced {
                    class: code_class,
                    subject: s,
                    detail: d,
                },
            ) => {
                *class == code_class
                    && subject.is_none_or(|w| w == s)
                    && detail.is_none_or(|w| w == d)
            }
            _ => false,
        }
    }

    /// Every catalogued code that matches, in catalogue order.
    pub fn catalogued_matches(&self) -> Vec<Code> {
        match self {
            Pattern::Basic(_) => ReplyCode::ALL
                .iter()
                .map(|c| Code::Basic(AnyReplyCode::from(*c)))
                .filter(|c| self.matches(*c))
                .collect(),
            Pattern::Enhanced { class, .. } => EnhancedCode::ALL
                .iter()
                .map(|c| Code::enhanced(*c, *class))
                .filter(|c| self.matches(*c))
                .collect(),
        }
    }
}

/// A code or a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Query {
    Code(Code),
    Pattern(Pattern),
}

/// Why an argument is neither a code nor a pattern: one line for stderr.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadInput(pub String);

impl fmt::Display for BadInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_wild(c: char) -> bool {
    c == 'x' || c == 'X'
}

/// Parses one argument. The digits are checked by the library's own parsers: a pattern is
/// checked with each `x` replaced by the smallest digit that may stand there.
pub fn parse(arg: &str, lang: Lang) -> Result<Query, BadInput> {
    let text = arg.trim();
    let bad = |why: &str| {
        BadInput(fill(
            lang,
            Message::NotACode,
            &[("arg", &arg), ("reason", &why)],
        ))
    };
    let forms = say(lang, Message::CodeForms);
    if text.is_empty() {
        return Err(BadInput(fill(
            lang,
            Message::EmptyArgument,
            &[("reason", &forms)],
        )));
    }
    if text.contains('.') {
        return parse_enhanced(text).ok_or_else(|| bad(forms));
    }
    if !text.chars().all(|c| c.is_ascii_digit() || is_wild(c)) {
        return Err(bad(forms));
    }
    if text.len() != 3 {
        return Err(bad(say(lang, Message::ThreeDigits)));
    }
    let concrete: String = text
        .chars()
        .enumerate()
        .map(|(i, c)| match (is_wild(c), i) {
            (true, 0) => '2',
            (true, _) => '0',
            (false, _) => c,
        })
        .collect();
    // Three digits: the one way they can fail to be a code is their first digit.
    let code = concrete.parse::<AnyReplyCode>().map_err(|_| {
        let digit = &concrete[..1];
        bad(&fill(lang, Message::FirstDigit, &[("digit", &digit)]))
    })?;
    if text.chars().any(is_wild) {
        let digits = [0, 1, 2].map(|i| {
            text.chars()
                .nth(i)
                .and_then(|c| c.to_digit(10))
                .and_then(|d| u16::try_from(d).ok())
        });
        return Ok(Query::Pattern(Pattern::Basic(digits)));
    }
    Ok(Query::Code(Code::Basic(code)))
}

/// `5.7.1`, `X.7.1`, `5.7.x`, `X.x.x`...
fn parse_enhanced(text: &str) -> Option<Query> {
    let parts: Vec<&str> = text.split('.').collect();
    let [class, subject, detail] = parts.as_slice() else {
        return None;
    };
    let wild = |part: &str| part.len() == 1 && part.chars().all(is_wild);
    let concrete = |part: &str, stand_in: &str| {
        if wild(part) {
            stand_in.to_owned()
        } else {
            part.to_owned()
        }
    };
    // The library checks the form: one class digit, then one to three digits each.
    let parsed: AnyEnhancedCode = format!(
        "{}.{}.{}",
        concrete(class, "2"),
        concrete(subject, "0"),
        concrete(detail, "0")
    )
    .parse()
    .ok()?;
    let class = (!wild(class)).then(|| parsed.class());
    let subject = (!wild(subject)).then(|| parsed.subject_number());
    let detail = (!wild(detail)).then(|| parsed.detail());
    match (subject, detail) {
        (Some(subject), Some(detail)) => Some(Query::Code(Code::Enhanced {
            class,
            subject,
            detail,
        })),
        _ => Some(Query::Pattern(Pattern::Enhanced {
            class,
            subject,
            detail,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(arg: &str) -> Result<Query, BadInput> {
        super::parse(arg, Lang::SOURCE)
    }

    fn code(arg: &str) -> Code {
        match parse(arg) {
            Ok(Query::Code(code)) => code,
            other => panic!("{arg}: {other:?}"),
        }
    }

    #[test]
    fn codes_parse_and_print_back() {
        for arg in ["250", "263", "5.7.1", "X.7.1", "4.4.7", "5.7.606", "X.1.10"] {
            assert_eq!(code(arg).to_string(), arg);
        }
        assert_eq!(code("x.7.1").to_string(), "X.7.1");
        assert!(code("250").known());
        assert!(!code("263").known());
        assert!(code("5.1.1").known());
        assert!(!code("5.7.606").known());
    }

    #[test]
    fn bad_input_is_explained() {
        for (arg, why) in [
            ("abc", "expected a reply code"),
            ("2500", "three digits"),
            ("25", "three digits"),
            ("650", "starts with 2, 3, 4 or 5"),
            ("150", "starts with 2, 3, 4 or 5"),
            ("3.1.1", "expected a reply code"),
            ("5.01.1", "expected a reply code"),
            ("5.1.1000", "expected a reply code"),
            ("5.1", "expected a reply code"),
            ("6xx", "starts with 2, 3, 4 or 5"),
            ("", "empty"),
        ] {
            let error = parse(arg).expect_err(arg).0;
            assert!(error.contains(why), "{arg}: {error}");
        }
    }

    #[test]
    fn patterns_match_their_codes() {
        let Ok(Query::Pattern(four)) = parse("4xx") else {
            panic!()
        };
        let matches = four.catalogued_matches();
        assert!(!matches.is_empty());
        assert!(
            matches
                .iter()
                .all(|c| matches!(c, Code::Basic(b) if b.as_u16() / 100 == 4))
        );
        let Ok(Query::Pattern(x7)) = parse("X.7.x") else {
            panic!()
        };
        let matches = x7.catalogued_matches();
        assert!(matches.iter().all(|c| c.to_string().starts_with("X.7.")));
        let Ok(Query::Pattern(five7)) = parse("5.7.x") else {
            panic!()
        };
        assert!(
            five7
                .catalogued_matches()
                .iter()
                .all(|c| c.to_string().starts_with("5.7."))
        );
        let Ok(Query::Pattern(mid)) = parse("x5x") else {
            panic!()
        };
        assert!(
            mid.catalogued_matches()
                .iter()
                .all(|c| matches!(c, Code::Basic(b) if b.digits()[1] == 5))
        );
    }
}
