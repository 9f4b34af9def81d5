//! `Class`, `Subject`, `EnhancedClass` and `EnhancedSubject`: the meaning of a digit.

use crate::table::DigitRow;
use crate::{Class, EnhancedClass, EnhancedSubject, Lang, Reference, Subject, Text};

/// The accessors every digit type has, read from its row.
macro_rules! digit_accessors {
    ($($type:ty),*) => {$(
        impl $type {
            const fn row(self) -> &'static DigitRow {
                &Self::ROWS[self as usize]
            }

            /// The digit.
            pub const fn digit(self) -> u16 {
                self.row().digit
            }

            /// The name the standard gives it, in the catalogue's own language.
            pub const fn name(self) -> &'static str {
                self.name_in(Lang::SOURCE)
            }

            /// The name in `lang`.
            pub const fn name_in(self, lang: Lang) -> &'static str {
                self.row().name.get(lang)
            }

            /// What it tells a client or an operator, in the catalogue's own language.
            pub const fn description(self) -> &'static str {
                self.description_in(Lang::SOURCE)
            }

            /// The description in `lang`.
            pub const fn description_in(self, lang: Lang) -> &'static str {
                self.row().description.get(lang)
            }

            /// Where it is defined.
            pub const fn references(self) -> &'static [Reference] {
                self.row().references
            }
        }
    )*};
}

digit_accessors!(Class, Subject, EnhancedClass, EnhancedSubject);

/// A text only some digits have; empty where there is none.
const fn optional(text: Option<Text>, lang: Lang) -> &'static str {
    match text {
        Some(text) => text.get(lang),
        None => "",
    }
}

impl Class {
    /// What a client does next when it receives a reply of this class.
    pub const fn action(self) -> &'static str {
        self.action_in(Lang::SOURCE)
    }

    /// What a client does next, in `lang`.
    pub const fn action_in(self, lang: Lang) -> &'static str {
        optional(self.row().action, lang)
    }

    /// Whether and how a client retries after a reply of this class.
    pub const fn retry(self) -> &'static str {
        self.retry_in(Lang::SOURCE)
    }

    /// Whether and how a client retries, in `lang`.
    pub const fn retry_in(self, lang: Lang) -> &'static str {
        optional(self.row().retry, lang)
    }
}

/// Predicates on a class digit, as `http::StatusCode` has them: `is_transient()` is
/// `digit() == 4`. The digits are the schema of RFC 5321 §4.2.1 and RFC 3463 §2.
macro_rules! digit_predicates {
    ($type:ty { $($name:ident = $digit:literal, $doc:literal;)* }) => {
        impl $type {
            $(
                #[doc = $doc]
                pub const fn $name(self) -> bool {
                    self.digit() == $digit
                }
            )*
        }
    };
}

digit_predicates!(Class {
    is_positive_completion = 2, "2yz (RFC 5321 §4.2.1): the request was done.";
    is_positive_intermediate = 3, "3yz: the request is accepted, and the server waits for more.";
    is_transient = 4, "4yz: refused for now; the same request may succeed later.";
    is_permanent = 5, "5yz: refused; repeating the request unchanged will not help.";
});

digit_predicates!(EnhancedClass {
    is_success = 2, "2 (RFC 3463 §2): success.";
    is_transient = 4, "4: a persistent transient failure; the message may go through later.";
    is_permanent = 5, "5: a permanent failure.";
});
