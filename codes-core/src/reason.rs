//! [`Reason`]: why a bounce happened, as the catalogue's `[[reason]]` table says, and how the
//! evidence of one recipient's failure selects it.

use crate::{EnhancedClass, EnhancedCode, Lang, Reason, Reference, ReplyCode};

impl Reason {
    const fn row(self) -> &'static crate::table::ReasonRow {
        &Self::ROWS[self as usize]
    }

    /// The name bounce processors use: `"userunknown"`.
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// A short title, in the catalogue's own language.
    pub const fn title(self) -> &'static str {
        self.title_in(Lang::SOURCE)
    }

    /// A short title in `lang`.
    pub const fn title_in(self, lang: Lang) -> &'static str {
        self.row().title.get(lang)
    }

    /// What the reason means, in `lang`.
    pub const fn description_in(self, lang: Lang) -> &'static str {
        self.row().description.get(lang)
    }

    /// What to do about it, the sending side then the receiving side, in `lang`.
    pub const fn fix_in(self, lang: Lang) -> &'static str {
        self.row().fix.get(lang)
    }

    /// Whether a failure for this reason means the address itself is bad or gone, so that
    /// bounce processors stop sending to it.
    pub const fn is_hard(self) -> bool {
        self.row().hard_bounce
    }

    /// The sources of the reason and of its meaning.
    pub const fn references(self) -> &'static [Reference] {
        self.row().references
    }

    /// The reason recorded when no evidence selects another (`undefined`).
    pub fn fallback() -> Option<Reason> {
        Self::ALL.into_iter().find(|r| r.row().fallback)
    }

    /// Evidence: the DSN `Action` values that decide this reason (`"delivered"`).
    pub const fn actions(self) -> &'static [&'static str] {
        self.row().actions
    }

    /// Whether this reason's phrases give way to any other reason's phrase in the same text
    /// (`expired`: "retry timeout exceeded" says only that retries ran out, another phrase
    /// says why).
    pub const fn phrases_yield(self) -> bool {
        self.row().phrases_yield
    }

    /// Evidence: lowercase phrases of server text that point to this reason.
    pub const fn phrases(self) -> &'static [&'static str] {
        self.row().phrases
    }

    /// Evidence: enhanced codes that point to this reason, each for every class (`None`,
    /// written `X.1.1`) or for one.
    pub const fn enhanced_evidence(self) -> &'static [(EnhancedCode, Option<EnhancedClass>)] {
        self.row().enhanced
    }

    /// Evidence: basic codes that point to this reason on their own.
    pub const fn basic_evidence(self) -> &'static [ReplyCode] {
        self.row().basic
    }
}
