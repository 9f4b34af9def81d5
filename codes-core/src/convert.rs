//! The conversions users expect (`FromStr`, `Display`, `TryFrom<u16>`, `From<_> for u16`) for
//! the generated types. They hold nothing about any specific code: the generated `const fn`s
//! do the lookups.

use core::fmt;
use core::str::FromStr;

use crate::error::{Kind, ParseCodeError};
use crate::{BasicCode, Command, EnhancedCode, EnhancedStatus, ReplyCode};

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
        let code: BasicCode = text.parse()?;
        code.catalogued()
            .ok_or(ParseCodeError::new(Kind::NotCatalogued(code.as_u16())))
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseCodeError;

    fn try_from(number: u16) -> Result<Self, Self::Error> {
        let code = BasicCode::try_from(number)?;
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
        let bytes = text.as_bytes();
        let status = match bytes.first() {
            // Parse with a stand-in class; the class-independent entry ignores it.
            Some(b'X' | b'x') => {
                let mut buffer = [0u8; 9];
                if bytes.len() > buffer.len() {
                    return Err(ParseCodeError::new(Kind::NotEnhanced));
                }
                buffer[..bytes.len()].copy_from_slice(bytes);
                buffer[0] = b'2';
                EnhancedStatus::from_ascii(&buffer[..bytes.len()])?
            }
            _ => EnhancedStatus::from_ascii(bytes)?,
        };
        status
            .catalogued()
            .ok_or(ParseCodeError::new(Kind::EnhancedNotCatalogued))
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
