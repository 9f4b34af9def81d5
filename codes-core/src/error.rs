//! The crate's two errors: [`ParseCodeError`], why text or a number is not a code, and
//! [`ParseReplyError`], why bytes are not a reply (or not yet a whole one).

use core::fmt;

/// The rule both errors cite when a code starts with the wrong digit.
const FIRST_DIGIT_RULE: &str = "a reply code starts with 2, 3, 4 or 5 (RFC 5321 §4.2.1)";

/// Why text or a number is not a code. Small and opaque: match on the message, not the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseCodeError {
    kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Not three ASCII digits.
    NotThreeDigits,
    /// Three digits whose first is not 2, 3, 4 or 5.
    FirstDigit(u8),
    /// A well-formed basic code that the catalogue does not have.
    NotCatalogued(u16),
    /// Not `class.subject.detail` with class 2, 4 or 5 and one to three digits in the others.
    NotEnhanced,
    /// A well-formed `X.S.D` or `C.S.D` that the catalogue does not have.
    EnhancedNotCatalogued,
}

impl ParseCodeError {
    pub(crate) const fn new(kind: Kind) -> Self {
        ParseCodeError { kind }
    }

    /// Whether the input was a well-formed code that the catalogue lacks (as opposed to text
    /// that is no code at all).
    pub const fn is_not_catalogued(&self) -> bool {
        matches!(
            self.kind,
            Kind::NotCatalogued(_) | Kind::EnhancedNotCatalogued
        )
    }

    /// Whether the input was three digits starting with a digit no reply code starts with.
    pub const fn is_first_digit(&self) -> bool {
        matches!(self.kind, Kind::FirstDigit(_))
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::NotThreeDigits => f.write_str("a reply code is three digits, such as 250"),
            Kind::FirstDigit(d) => write!(f, "{FIRST_DIGIT_RULE}, not {d}"),
            Kind::NotCatalogued(code) => write!(f, "reply code {code} is not in the catalogue"),
            Kind::NotEnhanced => f.write_str(
                "an enhanced status code is class.subject.detail: class 2, 4 or 5, then one to \
                 three digits each, such as 5.1.1",
            ),
            Kind::EnhancedNotCatalogued => {
                f.write_str("this enhanced status code is not in the catalogue")
            }
        }
    }
}

impl core::error::Error for ParseCodeError {}

/// Why input is not a reply (or not yet a whole one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseReplyError {
    kind: ReplyKind,
    /// 1-based line of the reply where the problem is.
    line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReplyKind {
    Empty,
    Incomplete,
    NotDigits,
    FirstDigit(u8),
    Separator(u8),
    LineTooLong(usize),
    TooManyLines(usize),
    TrailingData,
}

impl ParseReplyError {
    pub(crate) const fn new(kind: ReplyKind, line: u32) -> Self {
        ParseReplyError { kind, line }
    }

    /// The input ends before the reply does: feed more and try again.
    pub const fn is_incomplete(&self) -> bool {
        matches!(self.kind, ReplyKind::Incomplete)
    }

    /// A configured [`Limits`](crate::reply::Limits) bound was exceeded.
    pub const fn is_limit(&self) -> bool {
        matches!(
            self.kind,
            ReplyKind::LineTooLong(_) | ReplyKind::TooManyLines(_)
        )
    }

    /// The 1-based line of the reply where the problem is.
    pub const fn line(&self) -> u32 {
        self.line
    }
}

impl fmt::Display for ParseReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.line;
        match self.kind {
            ReplyKind::Empty => f.write_str("empty input: a reply starts with a three-digit code"),
            ReplyKind::Incomplete => write!(f, "the reply is not complete after line {line}"),
            ReplyKind::NotDigits => write!(
                f,
                "line {line} does not start with a three-digit reply code"
            ),
            ReplyKind::FirstDigit(d) => write!(f, "line {line}: {FIRST_DIGIT_RULE}, not {d}"),
            ReplyKind::Separator(b) => write!(
                f,
                "line {line}: the reply code must be followed by a space, \"-\" or the line end, \
                 not byte 0x{b:02x}"
            ),
            ReplyKind::LineTooLong(limit) => {
                write!(f, "line {line} is longer than the limit of {limit} octets")
            }
            ReplyKind::TooManyLines(limit) => {
                write!(f, "the reply has more than the limit of {limit} lines")
            }
            ReplyKind::TrailingData => write!(
                f,
                "input goes on after the final line of the reply (line {line})"
            ),
        }
    }
}

impl core::error::Error for ParseReplyError {}
