//! `ReplyCode`: a catalogued basic reply code.

use crate::entry::entry_accessors;
use crate::table::ReplyRow;
use crate::{AllowedReply, Class, Connection, EnhancedCode, Entry, ReplyCode, Subject};

impl ReplyCode {
    const fn row(self) -> &'static ReplyRow {
        &Self::ROWS[self as usize]
    }

    /// The three-digit number.
    pub const fn as_u16(self) -> u16 {
        self.row().number
    }

    /// Everything the catalogue says about the code.
    pub const fn entry(self) -> &'static Entry {
        &self.row().entry
    }

    entry_accessors! {
        title title_in: "A short title (`\"Mailbox unavailable\"`).";
        description description_in: "What the code tells the client, and what that means for it.";
        when_seen when_seen_in: "When in the session the code arrives, and its usual causes.";
        fix fix_in: "What to do about it: the sending side, then the receiving side.";
        use_when use_when_in: "For server authors: when this is the right code to send, and which neighbour fits a nearby case instead.";
    }

    /// The reply text the defining document prints, e.g. `<domain> Service ready`.
    pub const fn reply_text(self) -> &'static str {
        self.row().reply_text
    }

    /// Whether the reply opens or closes the connection, when it does either.
    pub const fn connection(self) -> Option<Connection> {
        self.row().connection
    }

    /// The class: the meaning of the first digit.
    pub const fn class(self) -> Class {
        self.row().digits.0
    }

    /// The subject: the meaning of the second digit.
    pub const fn subject(self) -> Subject {
        self.row().digits.1
    }

    crate::codes::class_predicates!();

    /// The enhanced status codes the IANA registry associates with this code.
    pub const fn associated_enhanced(self) -> &'static [EnhancedCode] {
        self.row().associated
    }

    /// Whether the IANA registry associates `enhanced` with this code.
    pub const fn is_associated_with(self, enhanced: EnhancedCode) -> bool {
        let list = self.associated_enhanced();
        let mut i = 0;
        while i < list.len() {
            if list[i] as usize == enhanced as usize {
                return true;
            }
            i += 1;
        }
        false
    }

    /// The commands after which the documents allow this code, with its role there.
    pub const fn allowed_after(self) -> &'static [AllowedReply] {
        self.row().allowed_after
    }
}
