//! Texts in every language, and [`Entry`]: everything the catalogue says about one code.

use crate::Lang;
use crate::vocabulary::{Reference, Status};

impl Lang {
    /// The language the catalogue is written in; every other language is a translation of it.
    pub const SOURCE: Lang = Lang::ALL[0];

    /// The language tag: `"en"`, `"vi"`.
    pub const fn tag(self) -> &'static str {
        Self::ROWS[self as usize].tag
    }

    /// The language's name in itself: `"English"`, `"Tiếng Việt"`.
    pub const fn name(self) -> &'static str {
        Self::ROWS[self as usize].name
    }

    /// The language with this tag (`"vi"`), ignoring ASCII case.
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(tag))
    }
}

/// One text of the catalogue in every language.
///
/// ```
/// use codes_core::{Lang, ReplyCode};
///
/// let title = ReplyCode::Ok.entry().title();
/// assert_eq!(title.get(Lang::SOURCE), ReplyCode::Ok.title());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text(
    /// In [`Lang::ALL`] order; the generated tables build them.
    pub(crate) &'static [&'static str],
);

impl Text {
    /// The text in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        self.0[lang as usize]
    }
}

/// A list of words in every language: the search keywords of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Words(
    /// In [`Lang::ALL`] order; the generated tables build them.
    pub(crate) &'static [&'static [&'static str]],
);

impl Words {
    /// The words in `lang`.
    pub const fn get(self, lang: Lang) -> &'static [&'static str] {
        self.0[lang as usize]
    }
}

/// Everything the catalogue says about one code, basic or enhanced: its texts in every
/// language, search keywords, references and status. [`ReplyCode::entry`](crate::ReplyCode::entry)
/// and [`EnhancedCode::entry`](crate::EnhancedCode::entry) give it; their own accessors
/// (`title()`, `description_in(lang)`...) read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    // Filled in by the generated tables; read through the accessors below.
    pub(crate) title: Text,
    pub(crate) description: Text,
    pub(crate) when_seen: Text,
    pub(crate) fix: Text,
    pub(crate) use_when: Text,
    pub(crate) keywords: Words,
    pub(crate) references: &'static [Reference],
    pub(crate) status: Status,
}

impl Entry {
    /// A short title (`"Mailbox unavailable"`).
    pub const fn title(&self) -> Text {
        self.title
    }

    /// What the code tells the client, and what that means for it.
    pub const fn description(&self) -> Text {
        self.description
    }

    /// When in the session the code arrives, and its usual causes.
    pub const fn when_seen(&self) -> Text {
        self.when_seen
    }

    /// What to do about it: the sending side, then the receiving side.
    pub const fn fix(&self) -> Text {
        self.fix
    }

    /// For server authors: when this is the right code to send, and which neighbour fits a
    /// nearby case instead.
    pub const fn use_when(&self) -> Text {
        self.use_when
    }

    /// Words operators search for that the texts do not contain.
    pub const fn keywords(&self) -> Words {
        self.keywords
    }

    /// The documents that define the code.
    pub const fn references(&self) -> &'static [Reference] {
        self.references
    }

    /// How established the code is.
    pub const fn status(&self) -> Status {
        self.status
    }
}

/// The accessors of a catalogued code that read its [`Entry`]: each text in the catalogue's
/// own language and, with `_in`, in any language. Written once for `ReplyCode` and
/// `EnhancedCode`, whose `entry()` gives the entry.
macro_rules! entry_accessors {
    ($($text:ident $text_in:ident: $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[doc = ""]
            #[doc = "In the catalogue's own language; see the `_in` form for others."]
            pub const fn $text(self) -> &'static str {
                self.entry().$text().get($crate::Lang::SOURCE)
            }

            #[doc = $doc]
            pub const fn $text_in(self, lang: $crate::Lang) -> &'static str {
                self.entry().$text().get(lang)
            }
        )*

        /// Words operators search for that the texts do not contain, in the catalogue's
        /// own language.
        pub const fn keywords(self) -> &'static [&'static str] {
            self.entry().keywords().get($crate::Lang::SOURCE)
        }

        /// Search words in `lang`.
        pub const fn keywords_in(self, lang: $crate::Lang) -> &'static [&'static str] {
            self.entry().keywords().get(lang)
        }

        /// The documents that define the code.
        pub const fn references(self) -> &'static [$crate::Reference] {
            self.entry().references()
        }

        /// How established the code is.
        pub const fn status(self) -> $crate::Status {
            self.entry().status()
        }
    };
}

pub(crate) use entry_accessors;
