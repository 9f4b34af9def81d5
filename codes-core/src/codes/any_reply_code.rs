//! [`AnyReplyCode`]: any well-formed three-digit reply code, catalogued or not.

use core::fmt;
use core::str::FromStr;

use crate::error::{Kind, ParseCodeError};
use crate::scan::{is_class_digit, number_of, three_digits};
use crate::{Class, EnhancedCode, ReplyCode, Subject};

/// A well-formed basic reply code as seen on the wire: three digits, the first 2 to 5
/// (RFC 5321 §4.2.1 gives no other first digit a meaning).
///
/// Unlike [`ReplyCode`], it holds codes the catalogue does not know (`263`, `524`), and the
/// meaning of its digits is still available.
///
/// ```
/// use codes_core::AnyReplyCode;
///
/// let code: AnyReplyCode = "524".parse().unwrap();
/// assert_eq!(code.as_u16(), 524);
/// assert!(code.catalogued().is_none());
/// assert!(code.is_permanent());
/// assert_eq!(code.subject().map(|s| s.digit()), Some(2));
/// assert!("263".parse::<AnyReplyCode>().unwrap().subject().is_none()); // 6 is no subject
/// assert!("650".parse::<AnyReplyCode>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnyReplyCode {
    number: u16,
    // Derived from `number`; kept so `class` needs no fallible lookup.
    class: Class,
}

impl AnyReplyCode {
    /// The code for a number from 200 to 599; `None` otherwise.
    pub const fn new(number: u16) -> Option<Self> {
        if number < 100 || number > 999 {
            return None;
        }
        match Class::from_digit(number / 100) {
            Some(class) => Some(AnyReplyCode { number, class }),
            None => None,
        }
    }

    /// Parses exactly three ASCII digits.
    pub const fn from_ascii(bytes: &[u8]) -> Result<Self, ParseCodeError> {
        let Some(digits) = three_digits(bytes) else {
            return Err(ParseCodeError::new(Kind::NotThreeDigits));
        };
        if bytes.len() != 3 {
            return Err(ParseCodeError::new(Kind::NotThreeDigits));
        }
        if !is_class_digit(digits[0]) {
            return Err(ParseCodeError::new(Kind::FirstDigit(digits[0] - b'0')));
        }
        match Self::new(number_of(digits)) {
            Some(code) => Ok(code),
            None => Err(ParseCodeError::new(Kind::FirstDigit(digits[0] - b'0'))),
        }
    }

    /// The three-digit number.
    pub const fn as_u16(self) -> u16 {
        self.number
    }

    /// The three digits, most significant first.
    #[allow(clippy::cast_possible_truncation)] // each digit is below 10
    pub const fn digits(self) -> [u8; 3] {
        let n = self.number;
        [(n / 100) as u8, (n / 10 % 10) as u8, (n % 10) as u8]
    }

    /// The class: what the first digit means.
    pub const fn class(self) -> Class {
        self.class
    }

    /// The subject: what the second digit means, if RFC 5321 gives it a meaning (0 to 5).
    pub const fn subject(self) -> Option<Subject> {
        Subject::from_digit(self.number / 10 % 10)
    }

    /// The catalogue entry for this code, if the catalogue has one.
    pub const fn catalogued(self) -> Option<ReplyCode> {
        ReplyCode::from_u16(self.number)
    }

    /// Whether the IANA registry associates `enhanced` with this code (for a code the
    /// catalogue lacks, through the registry's uncatalogued associations, such as 524 with
    /// X.7.11).
    pub const fn is_associated_with(self, enhanced: EnhancedCode) -> bool {
        enhanced.is_associated_with(self)
    }

    /// The enhanced codes the IANA registry associates with this code, in catalogue order.
    pub fn associated_enhanced(self) -> impl Iterator<Item = EnhancedCode> {
        EnhancedCode::ALL
            .into_iter()
            .filter(move |e| e.is_associated_with(self))
    }

    crate::codes::class_predicates!();
}

impl From<ReplyCode> for AnyReplyCode {
    fn from(code: ReplyCode) -> Self {
        AnyReplyCode {
            number: code.as_u16(),
            class: code.class(),
        }
    }
}

impl From<AnyReplyCode> for u16 {
    fn from(code: AnyReplyCode) -> Self {
        code.number
    }
}

impl TryFrom<u16> for AnyReplyCode {
    type Error = ParseCodeError;

    #[allow(clippy::cast_possible_truncation)] // a three-digit number's first digit is below 10
    fn try_from(number: u16) -> Result<Self, Self::Error> {
        match Self::new(number) {
            Some(code) => Ok(code),
            None if (100..=999).contains(&number) => {
                Err(ParseCodeError::new(Kind::FirstDigit((number / 100) as u8)))
            }
            None => Err(ParseCodeError::new(Kind::NotThreeDigits)),
        }
    }
}

impl FromStr for AnyReplyCode {
    type Err = ParseCodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_ascii(text.as_bytes())
    }
}

impl PartialEq<u16> for AnyReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.number == *other
    }
}

impl fmt::Display for AnyReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.number, f)
    }
}
