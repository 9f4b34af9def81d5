//! What the user typed: a basic code (`250`), an enhanced status code (`5.7.1`, `X.7.1`) or a
//! pattern (`4xx`, `55x`, `5.7.x`, `X.1.x`), checked and turned into a [`Code`] or a
//! [`Pattern`]. Bad input becomes a one-line message for stderr (exit status 2).

use std::fmt;

use codes_core::{BasicCode, EnhancedClass, EnhancedCode, EnhancedStatus, ReplyCode};

/// A code the user asked about; it may or may not be in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    /// A three-digit reply code.
    Basic(BasicCode),
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
        self.reply_code().is_some() || self.enhanced_code().is_some()
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
                .map(|c| Code::Basic(BasicCode::from(*c)))
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

const FORMS: &str = "expected a reply code (250), an enhanced status code (5.7.1 or X.7.1) or a pattern (4xx, 5.7.x)";

fn is_wild(c: char) -> bool {
    c == 'x' || c == 'X'
}

/// Parses one argument.
pub fn parse(arg: &str) -> Result<Query, BadInput> {
    let text = arg.trim();
    let bad = |why: &str| BadInput(format!("`{arg}` is not a code: {why}"));
    if text.is_empty() {
        return Err(BadInput(format!(
            "an empty argument is not a code: {FORMS}"
        )));
    }
    if text.contains('.') {
        return parse_enhanced(text).ok_or_else(|| bad(FORMS));
    }
    if !text.chars().all(|c| c.is_ascii_digit() || is_wild(c)) {
        return Err(bad(FORMS));
    }
    if text.chars().count() != 3 {
        return Err(bad("a reply code is three digits, such as 250"));
    }
    let first = text.chars().next().unwrap_or('x');
    if let Some(d) = first.to_digit(10) {
        if !(2..=5).contains(&d) {
            return Err(bad(&format!(
                "a reply code starts with 2, 3, 4 or 5 (RFC 5321 §4.2.1), not {d}"
            )));
        }
    }
    if text.chars().any(is_wild) {
        let mut digits = [None; 3];
        for (slot, c) in digits.iter_mut().zip(text.chars()) {
            *slot = c.to_digit(10).and_then(|d| u16::try_from(d).ok());
        }
        return Ok(Query::Pattern(Pattern::Basic(digits)));
    }
    text.parse::<BasicCode>()
        .map(|c| Query::Code(Code::Basic(c)))
        .map_err(|e| bad(&e.to_string()))
}

/// `5.7.1`, `X.7.1`, `5.7.x`, `X.x.x`...
fn parse_enhanced(text: &str) -> Option<Query> {
    let mut parts = text.split('.');
    let (class, subject, detail) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let class = match class {
        "x" | "X" => None,
        digit => Some(EnhancedClass::from_digit(
            digit.parse().ok().filter(|_| digit.len() == 1)?,
        )?),
    };
    let number = |part: &str| -> Option<Option<u16>> {
        if part.len() == 1 && part.chars().all(is_wild) {
            return Some(None);
        }
        let ok = (1..=3).contains(&part.len())
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'));
        ok.then(|| part.parse().ok()).flatten().map(Some)
    };
    let (subject, detail) = (number(subject)?, number(detail)?);
    match (subject, detail) {
        (Some(subject), Some(detail)) => {
            if let Some(class) = class {
                // Checked through the library so the rules stay in one place.
                EnhancedStatus::new(class.digit(), subject, detail)?;
            }
            Some(Query::Code(Code::Enhanced {
                class,
                subject,
                detail,
            }))
        }
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
