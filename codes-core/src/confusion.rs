//! Codes people confuse: the catalogue's `[[pair]]` table, for comparison pages and "often
//! confused with" notes.

use core::fmt;

use crate::{EnhancedClass, EnhancedCode, ReplyCode};

/// A catalogued code as people write it: a basic code, or an enhanced entry with its class
/// (`5.1.1`) or without (`X.1.1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PairCode {
    /// A basic code: `550`.
    Basic(ReplyCode),
    /// An enhanced entry with its class (`5.1.1`) or without (`X.1.1`).
    Enhanced(EnhancedCode, Option<EnhancedClass>),
}

impl fmt::Display for PairCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PairCode::Basic(code) => write!(f, "{code}"),
            PairCode::Enhanced(code, None) => f.write_str(code.as_str()),
            PairCode::Enhanced(code, Some(class)) => write!(
                f,
                "{}.{}.{}",
                class.digit(),
                code.subject_number(),
                code.detail()
            ),
        }
    }
}

/// Two codes people often confuse, the lower first (basic codes before enhanced ones).
///
/// ```
/// use codes_core::{ConfusedPair, PairCode, ReplyCode};
///
/// let ready = PairCode::Basic(ReplyCode::ServiceReady);
/// let pair = ConfusedPair::ALL.iter().find(|p| p.a == ready).expect("220 has a pair");
/// assert_eq!(pair.other(ready), Some(pair.b));
/// assert_eq!(format!("{} vs {}", pair.a, pair.b), "220 vs 250");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConfusedPair {
    /// The lower code.
    pub a: PairCode,
    /// The higher code.
    pub b: PairCode,
}

impl ConfusedPair {
    /// Every pair the catalogue lists, in its order.
    pub const ALL: &'static [ConfusedPair] = crate::PAIRS;

    /// The other code of the pair, if `code` is one of its two.
    pub fn other(self, code: PairCode) -> Option<PairCode> {
        if self.a == code {
            Some(self.b)
        } else if self.b == code {
            Some(self.a)
        } else {
            None
        }
    }
}
