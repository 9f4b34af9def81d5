//! [`EnhancedStatus`]: any well-formed enhanced status code, catalogued or not.

use core::fmt;
use core::str::FromStr;

use crate::error::{Kind, ParseCodeError};
use crate::{EnhancedClass, EnhancedCode, EnhancedSubject};

/// An enhanced status code as seen on the wire (RFC 3463 §2): `class.subject.detail`, the
/// class 2, 4 or 5, subject and detail one to three digits each. Providers use the full width:
/// Microsoft sends `5.7.606`.
///
/// ```
/// use codes_core::{EnhancedStatus, enhanced_code};
///
/// let status: EnhancedStatus = "5.7.606".parse().unwrap();
/// assert_eq!((status.subject(), status.detail()), (7, 606));
/// assert!(status.catalogued().is_none());
/// assert_eq!(status.to_string(), "5.7.606");
///
/// let known: EnhancedStatus = "5.1.1".parse().unwrap();
/// assert_eq!(known.catalogued(), Some(enhanced_code!(X.1.1)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedStatus {
    class: EnhancedClass,
    subject: u16,
    detail: u16,
}

/// Parses one to three ASCII digits without a leading zero (RFC 3463's grammar).
const fn number(bytes: &[u8]) -> Option<u16> {
    if bytes.is_empty() || bytes.len() > 3 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    let mut value = 0u16;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            return None;
        }
        value = value * 10 + (bytes[i] - b'0') as u16;
        i += 1;
    }
    Some(value)
}

impl EnhancedStatus {
    /// The status for a class digit (2, 4 or 5) and subject and detail numbers (0 to 999).
    pub const fn new(class: u16, subject: u16, detail: u16) -> Option<Self> {
        if subject > 999 || detail > 999 {
            return None;
        }
        match EnhancedClass::from_digit(class) {
            Some(class) => Some(EnhancedStatus {
                class,
                subject,
                detail,
            }),
            None => None,
        }
    }

    /// Parses `C.S.D` from ASCII bytes.
    pub const fn from_ascii(bytes: &[u8]) -> Result<Self, ParseCodeError> {
        const BAD: ParseCodeError = ParseCodeError::new(Kind::NotEnhanced);
        if bytes.len() < 5 || bytes[1] != b'.' {
            return Err(BAD);
        }
        let class = bytes[0].wrapping_sub(b'0') as u16;
        // Find the second dot.
        let mut dot = 2;
        while dot < bytes.len() && bytes[dot] != b'.' {
            dot += 1;
        }
        if dot == bytes.len() {
            return Err(BAD);
        }
        let (subject_bytes, rest) = bytes.split_at(dot);
        let (_, subject_bytes) = subject_bytes.split_at(2);
        let (_, detail_bytes) = rest.split_at(1);
        match (number(subject_bytes), number(detail_bytes)) {
            (Some(subject), Some(detail)) => match Self::new(class, subject, detail) {
                Some(status) => Ok(status),
                None => Err(BAD),
            },
            _ => Err(BAD),
        }
    }

    /// The class: success, persistent transient failure or permanent failure.
    pub const fn class(self) -> EnhancedClass {
        self.class
    }

    /// The subject number (7 in `5.7.1`).
    pub const fn subject(self) -> u16 {
        self.subject
    }

    /// The meaning of the subject, if the registry defines it.
    pub const fn subject_meaning(self) -> Option<EnhancedSubject> {
        EnhancedSubject::from_digit(self.subject)
    }

    /// The detail number (1 in `5.7.1`).
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The catalogue entry for the class-independent code (`X.7.1` for `5.7.1`), if any.
    pub const fn catalogued(self) -> Option<EnhancedCode> {
        EnhancedCode::from_parts(self.subject, self.detail)
    }

    /// This status with the class of a catalogued code put in front of it.
    pub const fn with_class(code: EnhancedCode, class: EnhancedClass) -> Self {
        EnhancedStatus {
            class,
            subject: code.subject_number(),
            detail: code.detail(),
        }
    }
}

impl FromStr for EnhancedStatus {
    type Err = ParseCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_ascii(text.as_bytes())
    }
}

impl fmt::Display for EnhancedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class.digit(), self.subject, self.detail)
    }
}
