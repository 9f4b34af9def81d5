//! The ways a reply can depart from RFC 5321 and RFC 2034 / RFC 3463 while still being
//! understood. The parser accepts what real servers send and records each departure here.

use core::fmt;

use crate::Lang;

/// One way a reply departs from the standards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Deviation {
    /// A line is the reply code alone, without the space or text that should follow it.
    BareCode,
    /// A line ends with LF alone instead of CRLF.
    LfLineEnd,
    /// The last line has no line end at all.
    MissingLineEnd,
    /// The lines of one reply carry different reply codes.
    MixedCodes,
    /// The reply ends on a continuation line (`250-...`): the final line never came.
    UnfinishedMultiline,
    /// The enhanced code's class is not the reply code's first digit (`550 4.4.7`).
    EnhancedClassMismatch,
    /// Some lines carry an enhanced code and others do not.
    EnhancedMissingOnSomeLines,
    /// The lines carry different enhanced codes.
    EnhancedCodesDiffer,
    /// The enhanced code is not at the start of the text (`(#5.7.1)` at the end, `#5.1.0`).
    EnhancedNotAtStart,
    /// A line is longer than 512 octets including CRLF.
    LineTooLong,
    /// The second digit is 6 to 9, which RFC 5321 does not define.
    SecondDigitOutOfRange,
    /// The text is not valid UTF-8.
    NotUtf8,
}

impl Deviation {
    /// Every deviation, in the order they are reported.
    pub const ALL: [Deviation; 12] = [
        Deviation::BareCode,
        Deviation::LfLineEnd,
        Deviation::MissingLineEnd,
        Deviation::MixedCodes,
        Deviation::UnfinishedMultiline,
        Deviation::EnhancedClassMismatch,
        Deviation::EnhancedMissingOnSomeLines,
        Deviation::EnhancedCodesDiffer,
        Deviation::EnhancedNotAtStart,
        Deviation::LineTooLong,
        Deviation::SecondDigitOutOfRange,
        Deviation::NotUtf8,
    ];

    const fn bit(self) -> u16 {
        1 << self as u16
    }

    /// A short, stable name for scripts: `"lf-line-end"`.
    pub const fn name(self) -> &'static str {
        match self {
            Deviation::BareCode => "bare-code",
            Deviation::LfLineEnd => "lf-line-end",
            Deviation::MissingLineEnd => "missing-line-end",
            Deviation::MixedCodes => "mixed-codes",
            Deviation::UnfinishedMultiline => "unfinished-multiline",
            Deviation::EnhancedClassMismatch => "enhanced-class-mismatch",
            Deviation::EnhancedMissingOnSomeLines => "enhanced-missing-on-some-lines",
            Deviation::EnhancedCodesDiffer => "enhanced-codes-differ",
            Deviation::EnhancedNotAtStart => "enhanced-not-at-start",
            Deviation::LineTooLong => "line-too-long",
            Deviation::SecondDigitOutOfRange => "second-digit-out-of-range",
            Deviation::NotUtf8 => "not-utf8",
        }
    }

    /// What is wrong, and which rule it breaks, in the catalogue's own language: a phrase
    /// that reads after the name.
    pub const fn description(self) -> &'static str {
        self.description_in(Lang::SOURCE)
    }

    /// What is wrong, and which rule it breaks, in `lang`.
    pub const fn description_in(self, lang: Lang) -> &'static str {
        crate::DEVIATIONS[self as usize].1.get(lang)
    }
}

/// Whether the catalogue describes exactly these deviations, by name, in this order.
const fn catalogue_matches() -> bool {
    if crate::DEVIATIONS.len() != Deviation::ALL.len() {
        return false;
    }
    let mut i = 0;
    while i < Deviation::ALL.len() {
        let (a, b) = (
            crate::DEVIATIONS[i].0.as_bytes(),
            Deviation::ALL[i].name().as_bytes(),
        );
        if a.len() != b.len() {
            return false;
        }
        let mut j = 0;
        while j < a.len() {
            if a[j] != b[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

// The texts live in the catalogue's [[deviation]] table, one per variant in `ALL` order.
const _: () = assert!(
    catalogue_matches(),
    "catalogue.toml's [[deviation]] entries must name every Deviation, in Deviation::ALL order"
);

impl fmt::Display for Deviation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of [`Deviation`]s; empty when the reply follows the standards.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Deviations(u16);

impl Deviations {
    /// No deviation.
    pub const NONE: Deviations = Deviations(0);

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `deviation` is in the set.
    pub const fn contains(self, deviation: Deviation) -> bool {
        self.0 & deviation.bit() != 0
    }

    /// The set with `deviation` added.
    #[must_use]
    pub const fn with(self, deviation: Deviation) -> Self {
        Deviations(self.0 | deviation.bit())
    }

    /// Adds `deviation`.
    pub fn insert(&mut self, deviation: Deviation) {
        self.0 |= deviation.bit();
    }

    /// The union of two sets.
    #[must_use]
    pub const fn union(self, other: Deviations) -> Self {
        Deviations(self.0 | other.0)
    }

    /// The deviations in the set, in [`Deviation::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Deviation> {
        Deviation::ALL
            .into_iter()
            .filter(move |d| self.contains(*d))
    }

    /// How many deviations the set holds.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }
}

impl fmt::Debug for Deviations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Deviation> for Deviations {
    fn from_iter<I: IntoIterator<Item = Deviation>>(iter: I) -> Self {
        iter.into_iter().fold(Deviations::NONE, Deviations::with)
    }
}
