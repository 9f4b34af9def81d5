//! [`AnyEnhancedCode`]: any well-formed enhanced status code, catalogued or not.

use core::fmt;
use core::str::FromStr;

use crate::error::{Kind, ParseCodeError};
use crate::scan::enhanced_at;
use crate::{EnhancedClass, EnhancedCode, EnhancedSubject};

/// An enhanced status code as seen on the wire (RFC 3463 §2): `class.subject.detail`, the
/// class 2, 4 or 5, subject and detail one to three digits each. Providers use the full width:
/// Microsoft sends `5.7.606`.
///
/// ```
/// use codes_core::{AnyEnhancedCode, enhanced_code};
///
/// let code: AnyEnhancedCode = "5.7.606".parse().unwrap();
/// assert_eq!((code.subject_number(), code.detail()), (7, 606));
/// assert!(code.catalogued().is_none() && code.is_permanent());
/// assert_eq!(code.to_string(), "5.7.606");
///
/// let known: AnyEnhancedCode = "5.1.1".parse().unwrap();
/// assert_eq!(known.catalogued(), Some(enhanced_code!(X.1.1)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnyEnhancedCode {
    class: EnhancedClass,
    subject: u16,
    detail: u16,
}

impl AnyEnhancedCode {
    /// The code for a class digit (2, 4 or 5) and subject and detail numbers (0 to 999).
    pub const fn new(class: u16, subject: u16, detail: u16) -> Option<Self> {
        if subject > 999 || detail > 999 {
            return None;
        }
        match EnhancedClass::from_digit(class) {
            Some(class) => Some(AnyEnhancedCode {
                class,
                subject,
                detail,
            }),
            None => None,
        }
    }

    /// Parses exactly `C.S.D` from ASCII bytes.
    pub const fn from_ascii(bytes: &[u8]) -> Result<Self, ParseCodeError> {
        match enhanced_at(bytes) {
            Some((code, used)) if used == bytes.len() => Ok(code),
            _ => Err(ParseCodeError::new(Kind::NotEnhanced)),
        }
    }

    /// This code's catalogue entry with a class put in front of it (`5.1.1` from `X.1.1`).
    pub const fn with_class(code: EnhancedCode, class: EnhancedClass) -> Self {
        AnyEnhancedCode {
            class,
            subject: code.subject_number(),
            detail: code.detail(),
        }
    }

    /// The class: success, persistent transient failure or permanent failure.
    pub const fn class(self) -> EnhancedClass {
        self.class
    }

    /// The subject: what the second number means, if the registry defines it.
    pub const fn subject(self) -> Option<EnhancedSubject> {
        EnhancedSubject::from_digit(self.subject)
    }

    /// The subject number (7 in `5.7.1`).
    pub const fn subject_number(self) -> u16 {
        self.subject
    }

    /// The detail number (1 in `5.7.1`).
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The catalogue entry for the class-independent code (`X.7.1` for `5.7.1`), if any.
    pub const fn catalogued(self) -> Option<EnhancedCode> {
        EnhancedCode::from_parts(self.subject, self.detail)
    }

    /// Whether the class says the action succeeded (2).
    pub const fn is_success(self) -> bool {
        self.class.is_success()
    }

    /// Whether the class is a persistent transient failure (4): the same message may go
    /// through later.
    pub const fn is_transient(self) -> bool {
        self.class.is_transient()
    }

    /// Whether the class is a permanent failure (5).
    pub const fn is_permanent(self) -> bool {
        self.class.is_permanent()
    }
}

impl FromStr for AnyEnhancedCode {
    type Err = ParseCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_ascii(text.as_bytes())
    }
}

impl fmt::Display for AnyEnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class.digit(), self.subject, self.detail)
    }
}
