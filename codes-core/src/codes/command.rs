//! `Command`: a command or event of the matrix, and the replies allowed after it.

use crate::table::CommandRow;
use crate::{AllowedReply, Command, Lang, Reference};

impl Command {
    const fn row(self) -> &'static CommandRow {
        &Self::ROWS[self as usize]
    }

    /// The name as written on the wire (`"RCPT"`), or `"CONNECT"` / `"DATA-END"` for the
    /// greeting and the reply to the final `.`.
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// The command with this name, ignoring ASCII case.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|command| command.name().eq_ignore_ascii_case(name))
    }

    /// How a client sends it.
    pub const fn syntax(self) -> &'static str {
        self.row().syntax
    }

    /// What the command does, in the catalogue's own language.
    pub const fn description(self) -> &'static str {
        self.description_in(Lang::SOURCE)
    }

    /// What the command does, in `lang`.
    pub const fn description_in(self, lang: Lang) -> &'static str {
        self.row().description.get(lang)
    }

    /// What a success reply to it means for the session or the mail transaction, when it
    /// means more than "done" (the reply to the final `.` accepts the message).
    pub const fn on_success_in(self, lang: Lang) -> Option<&'static str> {
        match self.row().on_success {
            Some(text) => Some(text.get(lang)),
            None => None,
        }
    }

    /// What an error reply to it means for the session or the mail transaction, likewise.
    pub const fn on_error_in(self, lang: Lang) -> Option<&'static str> {
        match self.row().on_error {
            Some(text) => Some(text.get(lang)),
            None => None,
        }
    }

    /// The documents that define it.
    pub const fn references(self) -> &'static [Reference] {
        self.row().references
    }

    /// The replies the documents allow after this command, with their roles.
    pub const fn allowed_replies(self) -> &'static [AllowedReply] {
        self.row().allowed_replies
    }
}
