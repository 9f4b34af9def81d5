//! The error of every `FromStr` / `TryFrom` conversion in the crate.

use core::fmt;

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
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::NotThreeDigits => f.write_str("a reply code is three digits, such as 250"),
            Kind::FirstDigit(d) => write!(
                f,
                "a reply code starts with 2, 3, 4 or 5 (RFC 5321 §4.2.1), not {d}"
            ),
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
