//! `EnhancedCode`: a catalogued enhanced status code of the registry, class-independent.

use crate::entry::entry_accessors;
use crate::table::EnhancedRow;
use crate::{AnyReplyCode, EnhancedCode, EnhancedSubject, Entry, ReplyCode};

impl EnhancedCode {
    const fn row(self) -> &'static EnhancedRow {
        &Self::ROWS[self as usize]
    }

    /// The code as the registry writes it, with `X` for the class: `"X.1.1"`.
    pub const fn as_str(self) -> &'static str {
        self.row().code
    }

    /// The subject number (the `1` of `X.1.1`).
    pub const fn subject_number(self) -> u16 {
        self.row().parts.0
    }

    /// The detail number (the last `1` of `X.1.1`).
    pub const fn detail(self) -> u16 {
        self.row().parts.1
    }

    /// The subject: the meaning of the second number.
    pub const fn subject(self) -> EnhancedSubject {
        self.row().subject_meaning
    }

    /// Everything the catalogue says about the code.
    pub const fn entry(self) -> &'static Entry {
        &self.row().entry
    }

    entry_accessors! {
        title title_in: "The registry's summary (`\"Bad destination mailbox address\"`).";
        description description_in: "What the code tells the client, and what that means for it.";
        when_seen when_seen_in: "When in the session the code arrives, and its usual causes.";
        fix fix_in: "What to do about it: the sending side, then the receiving side.";
        use_when use_when_in: "For server authors: when this is the right code to send, and which neighbour fits a nearby case instead.";
    }

    /// The catalogued basic reply codes the IANA registry associates with this code.
    pub const fn associated_basic(self) -> &'static [ReplyCode] {
        self.row().associated.0
    }

    /// Basic codes the registry also associates with this code but that no RFC defines as a
    /// reply, so the catalogue has no entry for them (524 with X.7.11).
    pub const fn associated_uncatalogued(self) -> &'static [u16] {
        self.row().associated.1
    }

    /// Whether the IANA registry associates this code with `basic`, catalogued or not.
    pub const fn is_associated_with(self, basic: AnyReplyCode) -> bool {
        let number = basic.as_u16();
        let known = self.associated_basic();
        let mut i = 0;
        while i < known.len() {
            if known[i].as_u16() == number {
                return true;
            }
            i += 1;
        }
        let other = self.associated_uncatalogued();
        let mut j = 0;
        while j < other.len() {
            if other[j] == number {
                return true;
            }
            j += 1;
        }
        false
    }
}
