//! The catalogue as typed data, as written: stage two of read → model → validate → generate.
//!
//! [`parse`] turns the TOML text into a [`Catalogue`], reporting TOML syntax errors and every
//! unknown, missing or mistyped field. Every value keeps where it was written. Facts that need
//! the whole catalogue (duplicates, digits, cross references) are checked afterwards by
//! `validate`, which also resolves the catalogue into the form `generate` reads.

mod read;
mod translation;

pub use translation::{TranslatedEntry, Translation, parse_translation};

use toml::de::DeTable;

use crate::diagnostic::{Diagnostic, Diagnostics, FileId, LineIndex, Pos};
use crate::fields::{Located, SourceRef};

/// Everything catalogue.toml says.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// `[catalogue]`: the language the file is written in.
    pub header: Option<Header>,
    /// The digit tables (`[[class]]`, `[[subject]]`...), in [`DIGIT_TABLES`] order.
    pub digits: [Vec<DigitEntry>; 4],
    /// `[[code]]`: basic reply codes.
    pub codes: Vec<CodeEntry>,
    /// `[[enhanced]]`: enhanced status codes of the registry.
    pub enhanced: Vec<EnhancedEntry>,
    /// `[[command]]`: the command–reply matrix.
    pub commands: Vec<CommandEntry>,
    /// `[[any_command]]`: replies allowed after (almost) every command.
    pub any_command: Vec<AnyCommandRule>,
    /// `[[condition]]`: when a reply group of the matrix applies.
    pub conditions: Vec<ConditionEntry>,
    /// `[[deviation]]`: what each way a reply departs from the standards means.
    pub deviations: Vec<DeviationEntry>,
    /// `[[message]]`: the headings, labels and sentences programs print around the texts.
    pub messages: Vec<MessageEntry>,
    /// `[[pair]]`: codes people confuse.
    pub pairs: Vec<PairEntry>,
    /// `[[reason]]`: why a bounce happened, and the evidence that says so.
    pub reasons: Vec<ReasonEntry>,
}

/// The text fields of a reason: a short title, what it means, what to do.
pub const REASON_TEXTS: [&str; 3] = ["title", "description", "fix"];

/// A `[[reason]]`: a reason a bounce processor records for a failed recipient (sisimai's
/// names), its texts, whether it is a hard bounce, and the evidence that selects it.
#[derive(Debug)]
pub struct ReasonEntry {
    pub name: Located<String>,
    pub hard_bounce: Located<bool>,
    /// The reason given when no evidence selects another.
    pub fallback: Option<Located<bool>>,
    /// Whether its phrases give way to any other reason's phrase in the same text.
    pub phrases_yield: Option<Located<bool>>,
    /// Enhanced codes as written (`"X.1.1"`, `"5.7.1"`).
    pub enhanced: Vec<Located<String>>,
    pub basic: Vec<Located<i64>>,
    /// Lowercase phrases of server text.
    pub phrases: Vec<Located<String>>,
    /// DSN `Action` values (`"delivered"`).
    pub actions: Vec<Located<String>>,
    pub base: Base,
}

/// A `[[pair]]`: two codes people confuse, as people write them (`"550"`, `"5.1.1"`,
/// `"X.1.1"`).
#[derive(Debug)]
pub struct PairEntry {
    pub pos: Pos,
    pub codes: Located<Vec<Located<String>>>,
}

/// `[catalogue]`: what the file is written in.
#[derive(Debug)]
pub struct Header {
    /// The language tag (`"en"`).
    pub language: Located<String>,
    /// Its name in that language (`"English"`).
    pub language_name: Located<String>,
    /// The tags of the languages it is translated into (`["vi"]`), each in a file beside it
    /// (`catalogue.vi.toml`).
    pub translations: Vec<Located<String>>,
}

/// A table that gives the meaning of one digit of a code.
#[derive(Debug)]
pub struct DigitTable {
    /// Its name in the catalogue (`class` for `[[class]]`).
    pub key: &'static str,
    /// The `codes-core` enum generated from it.
    pub type_name: &'static str,
    /// What its digit is, for messages (`first digit`).
    pub what: &'static str,
    /// The digits it must have, each once; `None` for any number from 0 to 999.
    pub digits: Option<&'static [i64]>,
    /// Whether its entries say what a client does next (`action`, `retry`).
    pub advice: bool,
    /// The rustdoc of the generated enum.
    pub summary: &'static str,
}

/// The digit tables, in the order they are read, checked and generated.
pub const DIGIT_TABLES: [DigitTable; 4] = [
    DigitTable {
        key: "class",
        type_name: "Class",
        what: "first digit",
        digits: Some(&[2, 3, 4, 5]),
        advice: true,
        summary: "The class of a basic reply code: its first digit (RFC 5321 §4.2.1). Every \
                  well-formed code has one, whether the catalogue knows the code or not.",
    },
    DigitTable {
        key: "subject",
        type_name: "Subject",
        what: "second digit",
        digits: Some(&[0, 1, 2, 3, 4, 5]),
        advice: false,
        summary: "The subject of a basic reply code: its second digit (RFC 5321 §4.2.1), 0 to 5.",
    },
    DigitTable {
        key: "enhanced_class",
        type_name: "EnhancedClass",
        what: "enhanced class",
        digits: Some(&[2, 4, 5]),
        advice: false,
        summary: "The class of an enhanced status code: its first number (RFC 3463 §2), 2, 4 \
                  or 5.",
    },
    DigitTable {
        key: "enhanced_subject",
        type_name: "EnhancedSubject",
        what: "enhanced subject",
        digits: None,
        advice: false,
        summary: "The subject of an enhanced status code: its second number (RFC 3463 §2).",
    },
];

/// A word of one of the catalogue's small vocabularies: how the catalogue writes it and the
/// variant of the `codes-core` type that means it. The types themselves live in `codes-core`;
/// the macro only needs to recognise the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub name: &'static str,
    pub variant: &'static str,
}

const fn term(name: &'static str, variant: &'static str) -> Term {
    Term { name, variant }
}

/// `status`: how established a code is (`codes_core::Status`).
pub const STATUSES: [Term; 6] = [
    term("standard", "Standard"),
    term("extension", "Extension"),
    term("draft", "Draft"),
    term("obsolete", "Obsolete"),
    term("deprecated", "Deprecated"),
    term("non-standard", "NonStandard"),
];

/// The statuses whose codes new software should not send: their variants are
/// `#[deprecated]`.
pub const RETIRED: [&str; 2] = ["obsolete", "deprecated"];

/// `connection`: what a reply does to the connection (`codes_core::Connection`).
pub const CONNECTIONS: [Term; 2] = [term("opens", "Opens"), term("closes", "Closes")];

/// The roles of a reply after a command, RFC 5321 §4.3.2's S, I and E (`codes_core::Role`).
pub const ROLES: [Term; 3] = [
    term("success", "Success"),
    term("intermediate", "Intermediate"),
    term("error", "Error"),
];

/// Where a list of references was written, and each reference.
pub type References = Located<Vec<SourceRef>>;

/// The text fields of an entry, each by its name in the catalogue (`description`), reflowed.
/// Kept by name so that every text of every table is checked and translated the same way.
#[derive(Debug, Default)]
pub struct Prose(pub Vec<(&'static str, Located<String>)>);

/// The text fields of a digit table's entry; `action` and `retry` only where the table has
/// `advice`.
pub const DIGIT_TEXTS: [&str; 4] = ["name", "description", "action", "retry"];

/// The text fields of every code, basic or enhanced.
pub const CODE_TEXTS: [&str; 5] = ["title", "description", "when_seen", "fix", "use_when"];

/// The text fields of a command: `description`, then the optional `on_success`, `on_error`.
pub const COMMAND_TEXTS: [&str; 3] = ["description", "on_success", "on_error"];

/// What every entry of the catalogue has: where it starts, the name of its variant, its texts
/// and its references.
#[derive(Debug)]
pub struct Base {
    pub pos: Pos,
    pub variant: Located<String>,
    pub texts: Prose,
    pub references: References,
}

/// An entry of a digit table; its texts are [`DIGIT_TEXTS`].
#[derive(Debug)]
pub struct DigitEntry {
    pub digit: Located<i64>,
    pub base: Base,
}

/// What every code has, basic or enhanced; its texts are all of [`CODE_TEXTS`].
#[derive(Debug)]
pub struct Common {
    pub status: Located<Term>,
    pub keywords: Vec<Located<String>>,
    pub base: Base,
}

/// A `[[code]]` entry: one basic reply code.
#[derive(Debug)]
pub struct CodeEntry {
    pub code: Located<i64>,
    pub reply_text: Located<String>,
    pub connection: Option<Located<Term>>,
    pub common: Common,
}

/// An `[[enhanced]]` entry: one enhanced status code, written `X.S.D`, and the basic codes
/// the registry associates with it: `basic`, each a `[[code]]`, and `basic_uncatalogued`,
/// codes no RFC defines, so the catalogue has no `[[code]]` for them (524 with X.7.11).
#[derive(Debug)]
pub struct EnhancedEntry {
    pub code: Located<String>,
    pub associated: [Vec<Located<i64>>; 2],
    pub common: Common,
}

/// A group of replies one document allows after a command.
#[derive(Debug)]
pub struct ReplyGroup {
    pub reference: SourceRef,
    /// The codes of each role, in [`ROLES`] order.
    pub roles: [Vec<Located<i64>>; 3],
    /// The `[[condition]]` under which the group applies, when not always.
    pub condition: Option<Located<String>>,
}

/// A `[[deviation]]`: one way a reply departs from the standards, by the name the parser
/// gives it (`lf-line-end`), and its `description`.
#[derive(Debug)]
pub struct DeviationEntry {
    pub name: Located<String>,
    pub texts: Prose,
}

/// A `[[message]]`: a heading, label or sentence of the programs' own (`Description`,
/// `"Line {line}:"`), by its variant name; `{name}` marks what the program fills in.
#[derive(Debug)]
pub struct MessageEntry {
    pub variant: Located<String>,
    pub texts: Prose,
}

/// A `[[condition]]`: a circumstance that limits a reply group ("after a 554 greeting").
#[derive(Debug)]
pub struct ConditionEntry {
    pub id: Located<String>,
    /// `text`, a phrase that follows "only".
    pub texts: Prose,
}

/// A `[[command]]` entry. Its texts are [`COMMAND_TEXTS`]: what the command does and,
/// optionally, what a success or an error reply to it means for the session or the mail
/// transaction (the reply to the final "." accepts or refuses the message).
#[derive(Debug)]
pub struct CommandEntry {
    pub name: Located<String>,
    pub syntax: Located<String>,
    pub replies: Vec<ReplyGroup>,
    pub base: Base,
}

/// An `[[any_command]]` entry: replies allowed after every command except some.
#[derive(Debug)]
pub struct AnyCommandRule {
    pub group: ReplyGroup,
    pub except: Vec<Located<String>>,
}

/// Parses the text of the catalogue file `file` into the model, or returns every problem
/// found on the way.
pub fn parse(file: FileId, source: &str) -> Result<Catalogue, Vec<Diagnostic>> {
    let index = LineIndex::new(file, source);
    let mut diags = Diagnostics::default();
    let root = parse_toml(source, &index, &mut diags)?;
    let catalogue = read::catalogue(&root, &mut read::Cx::new(&index, &mut diags));
    if diags.is_empty() {
        Ok(catalogue)
    } else {
        Err(diags.into_sorted())
    }
}

/// The TOML document, or every syntax error in it.
fn parse_toml<'i>(
    source: &'i str,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Result<DeTable<'i>, Vec<Diagnostic>> {
    let (root, syntax_errors) = DeTable::parse_recoverable(source);
    for error in &syntax_errors {
        let pos = error.span().map_or(index.pos(0), |s| index.span_pos(&s));
        diags.push(pos, format!("TOML syntax error: {}", error.message()));
    }
    if diags.is_empty() {
        Ok(root.into_inner())
    } else {
        // What the parser recovered of a broken file is partial: checking its fields would only
        // add noise, so stop at the syntax errors (all of them).
        Err(std::mem::take(diags).into_sorted())
    }
}

#[cfg(test)]
mod tests;
