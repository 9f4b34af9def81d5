//! [`Message`]: the words programs print around the catalogue's texts, in every language.

use crate::{Lang, Message};

impl Message {
    /// The message in the catalogue's own language.
    ///
    /// ```
    /// use codes_core::{Lang, Message};
    ///
    /// assert_eq!(Message::Description.text(), "Description");
    /// assert_eq!(Message::Description.text(), Message::Description.text_in(Lang::SOURCE));
    /// ```
    pub const fn text(self) -> &'static str {
        self.text_in(Lang::SOURCE)
    }

    /// The message in `lang`; `{name}` marks what the program fills in.
    pub const fn text_in(self, lang: Lang) -> &'static str {
        Self::ROWS[self as usize].get(lang)
    }
}
