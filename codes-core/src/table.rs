//! The rows the generated tables are made of. `codes-macro` fills one table per enum with
//! these, in variant order; the accessors in [`crate::codes`] read them. Everything here is
//! private to the crate: users see the accessors.

use crate::{Class, EnhancedCode, EnhancedSubject, ReplyCode, Subject};

pub(crate) use crate::confusion::{ConfusedPair, PairCode};
pub(crate) use crate::entry::{Entry, Text, Words};
pub(crate) use crate::vocabulary::{AllowedReply, Connection, Reference, Role, Status};

/// A language: its tag and its name in itself.
pub(crate) struct LangRow {
    pub(crate) tag: &'static str,
    pub(crate) name: &'static str,
}

/// A class or subject.
pub(crate) struct DigitRow {
    pub(crate) digit: u16,
    pub(crate) name: Text,
    pub(crate) description: Text,
    /// Classes of basic codes only.
    pub(crate) action: Option<Text>,
    /// Classes of basic codes only.
    pub(crate) retry: Option<Text>,
    pub(crate) references: &'static [Reference],
}

/// A basic reply code.
pub(crate) struct ReplyRow {
    pub(crate) number: u16,
    pub(crate) entry: Entry,
    pub(crate) reply_text: &'static str,
    pub(crate) connection: Option<Connection>,
    /// The meanings of the first and second digit.
    pub(crate) digits: (Class, Subject),
    /// The enhanced codes the registry associates with it.
    pub(crate) associated: &'static [EnhancedCode],
    pub(crate) allowed_after: &'static [AllowedReply],
}

/// An enhanced status code of the registry.
pub(crate) struct EnhancedRow {
    /// `"X.1.1"`.
    pub(crate) code: &'static str,
    /// Subject and detail.
    pub(crate) parts: (u16, u16),
    pub(crate) subject_meaning: EnhancedSubject,
    pub(crate) entry: Entry,
    /// The basic codes the registry associates with it: the catalogued ones, and the numbers
    /// of those no RFC defines.
    pub(crate) associated: (&'static [ReplyCode], &'static [u16]),
}

/// A command or event of the matrix.
pub(crate) struct CommandRow {
    pub(crate) name: &'static str,
    pub(crate) syntax: &'static str,
    pub(crate) description: Text,
    pub(crate) on_success: Option<Text>,
    pub(crate) on_error: Option<Text>,
    pub(crate) references: &'static [Reference],
    pub(crate) allowed_replies: &'static [AllowedReply],
}

/// A reason of a bounce: its texts, whether it is a hard bounce, and its evidence.
pub(crate) struct ReasonRow {
    pub(crate) name: &'static str,
    pub(crate) title: Text,
    pub(crate) description: Text,
    pub(crate) fix: Text,
    pub(crate) hard_bounce: bool,
    /// The reason given when no evidence selects another.
    pub(crate) fallback: bool,
    /// Its phrases give way to any other reason's phrase in the same text.
    pub(crate) phrases_yield: bool,
    pub(crate) references: &'static [Reference],
    pub(crate) enhanced: &'static [(EnhancedCode, Option<crate::EnhancedClass>)],
    pub(crate) basic: &'static [ReplyCode],
    pub(crate) phrases: &'static [&'static str],
    pub(crate) actions: &'static [&'static str],
}
