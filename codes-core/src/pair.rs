//! Checking a basic code against the enhanced status code sent with it.

use crate::{AnyEnhancedCode, AnyReplyCode};

/// What a basic reply code and the enhanced status code in the same reply say about each
/// other.
///
/// ```
/// use codes_core::{AnyReplyCode, PairCheck};
///
/// let basic: AnyReplyCode = "550".parse().unwrap();
/// let check = PairCheck::new(basic, "5.1.1".parse().unwrap());
/// assert!(check.classes_agree && check.registered == Some(true));
///
/// // A permanent reply with a temporary enhanced code contradicts itself.
/// assert!(!PairCheck::new(basic, "4.1.1".parse().unwrap()).classes_agree);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PairCheck {
    /// Whether the enhanced code's class is the basic code's first digit (2 with 2xx, 4 with
    /// 4xx, 5 with 5xx). A 3xx reply has no matching enhanced class.
    pub classes_agree: bool,
    /// Whether the IANA registry associates the enhanced code with this basic code; `None`
    /// when the enhanced code is not in the catalogue.
    pub registered: Option<bool>,
}

impl PairCheck {
    /// Checks a pair.
    pub const fn new(basic: AnyReplyCode, enhanced: AnyEnhancedCode) -> Self {
        PairCheck {
            classes_agree: basic.class().digit() == enhanced.class().digit(),
            registered: match enhanced.catalogued() {
                None => None,
                Some(code) => Some(code.is_associated_with(basic)),
            },
        }
    }
}
