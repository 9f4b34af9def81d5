//! The conversions users expect (`FromStr`, `Display`, `TryFrom<u16>`, `From<_> for u16`) for
//! the generated types. They hold nothing about any specific code: the generated lookups
//! (`from_u16`, `from_parts`) do that.

use core::fmt;
use core::str::FromStr;

use crate::error::{Kind, ParseCodeError};
use crate::scan;
use crate::{AnyEnhancedCode, AnyReplyCode, Command, EnhancedCode, ReplyCode};

/// `250`; with `{:#}`, `250 <title>`.
impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.as_u16(), self.title())
        } else {
            fmt::Display::fmt(&self.as_u16(), f)
        }
    }
}

/// Three digits, such as `"250"`, of a catalogued code.
impl FromStr for ReplyCode {
    type Err = ParseCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let code: AnyReplyCode = text.parse()?;
        code.catalogued()
            .ok_or(ParseCodeError::new(Kind::NotCatalogued(code.as_u16())))
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseCodeError;

    fn try_from(number: u16) -> Result<Self, Self::Error> {
        let code = AnyReplyCode::try_from(number)?;
        code.catalogued()
            .ok_or(ParseCodeError::new(Kind::NotCatalogued(number)))
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> Self {
        code.as_u16()
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<ReplyCode> for u16 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.as_u16()
    }
}

/// `X.1.1`; with `{:#}`, `X.1.1 <title>`.
impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.as_str(), self.title())
        } else {
            f.write_str(self.as_str())
        }
    }
}

/// `"X.1.1"` (or `"x.1.1"`); a class-specific `"5.1.1"` gives the same catalogue entry.
impl FromStr for EnhancedCode {
    type Err = ParseCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (subject, detail) = match text.as_bytes() {
            [b'X' | b'x', rest @ ..] => {
                scan::class_independent(rest).ok_or(ParseCodeError::new(Kind::NotEnhanced))?
            }
            bytes => {
                let code = AnyEnhancedCode::from_ascii(bytes)?;
                (code.subject_number(), code.detail())
            }
        };
        EnhancedCode::from_parts(subject, detail)
            .ok_or(ParseCodeError::new(Kind::EnhancedNotCatalogued))
    }
}

/// `TryFrom<&str>` for every code type, through its `FromStr`.
macro_rules! try_from_str {
    ($($type:ty),*) => {$(
        impl TryFrom<&str> for $type {
            type Error = ParseCodeError;

            fn try_from(text: &str) -> Result<Self, Self::Error> {
                text.parse()
            }
        }
    )*};
}

try_from_str!(ReplyCode, EnhancedCode, AnyReplyCode, AnyEnhancedCode);

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
