//! The catalogue after validation: numbers as numbers, enhanced codes as (subject, detail),
//! cross references as indices, variant names as identifiers, every text in every language.
//!
//! `validate` is the only producer, and it builds a value only from a catalogue without
//! problems; `generate` reads it without re-parsing anything and without a failure path.

use proc_macro2::{Ident, Span};

pub use crate::model::Term;

/// A validated catalogue, in the order the generated code lists it.
#[derive(Debug)]
pub struct Resolved {
    /// The languages of the texts; the first is the catalogue's own.
    pub languages: Vec<Language>,
    /// The meanings of each digit table, in `model::DIGIT_TABLES` order, each by digit.
    pub meanings: [Vec<Meaning>; 4],
    /// Basic codes by number.
    pub codes: Vec<Code>,
    /// Enhanced codes by subject, then detail.
    pub enhanced: Vec<Enhanced>,
    /// The command–reply matrix.
    pub matrix: Matrix,
    /// What each departure from the standards means, in catalogue order.
    pub deviations: Vec<Deviation>,
    /// The programs' own headings, labels and sentences, in catalogue order.
    pub messages: Vec<Message>,
    /// Codes people confuse, in catalogue order, each the lower code first.
    pub pairs: Vec<[PairCode; 2]>,
    /// The reasons of bounces, in catalogue order.
    pub reasons: Vec<Reason>,
}

/// A reason of a bounce: its texts, whether it is a hard bounce, and its evidence.
#[derive(Debug)]
pub struct Reason {
    pub name: String,
    pub variant: Ident,
    pub title: Texts,
    pub description: Texts,
    pub fix: Texts,
    pub hard_bounce: bool,
    pub fallback: bool,
    /// Its phrases give way to any other reason's phrase.
    pub phrases_yield: bool,
    pub references: Vec<Reference>,
    /// Enhanced codes: an index into `enhanced`, and the class when only one class counts.
    pub enhanced: Vec<(usize, Option<u16>)>,
    /// Basic codes: indices into `codes`.
    pub basic: Vec<usize>,
    pub phrases: Vec<String>,
    pub actions: Vec<String>,
}

/// A catalogued code as people write it: a basic code by its index in `codes`, or an
/// enhanced entry by its index in `enhanced`, with its class digit (`None` for `X`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PairCode {
    Basic(usize),
    Enhanced(usize, Option<u16>),
}

/// A departure from the standards: the parser's name for it and its description.
#[derive(Debug)]
pub struct Deviation {
    pub name: String,
    pub description: Texts,
}

/// A heading, label or sentence of the programs' own, with `{placeholders}`.
#[derive(Debug)]
pub struct Message {
    pub variant: Ident,
    pub text: Texts,
}

/// The commands, in catalogue (session) order, and the cells of the matrix, with the
/// `[[any_command]]` rules spelled out, in catalogue order.
#[derive(Debug, Default)]
pub struct Matrix {
    pub commands: Vec<Command>,
    pub cells: Vec<Cell>,
    /// The circumstances that limit some cells, in catalogue order.
    pub conditions: Vec<Texts>,
}

impl Resolved {
    /// The first digit of a basic code.
    pub fn classes(&self) -> &[Meaning] {
        &self.meanings[0]
    }

    /// The second digit of a basic code.
    pub fn subjects(&self) -> &[Meaning] {
        &self.meanings[1]
    }

    /// The second number of an enhanced code.
    pub fn enhanced_subjects(&self) -> &[Meaning] {
        &self.meanings[3]
    }

    /// The catalogue generated next to compile errors: no codes, one language, so that users
    /// see the catalogue's errors rather than follow-on ones about missing items.
    pub fn fallback() -> Self {
        Resolved {
            languages: vec![Language {
                tag: "en".to_owned(),
                name: "English".to_owned(),
                variant: Ident::new("En", Span::call_site()),
            }],
            meanings: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            codes: Vec::new(),
            enhanced: Vec::new(),
            matrix: Matrix::default(),
            deviations: Vec::new(),
            messages: Vec::new(),
            pairs: Vec::new(),
            reasons: Vec::new(),
        }
    }
}

/// A language the texts are written in.
#[derive(Debug)]
pub struct Language {
    /// `"en"`.
    pub tag: String,
    /// `"English"`, in the language itself.
    pub name: String,
    /// `En`.
    pub variant: Ident,
}

/// One text in every language, in the order of [`Resolved::languages`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts(pub Vec<String>);

impl Texts {
    /// The text in the catalogue's own language.
    pub fn source(&self) -> &str {
        self.0.first().map_or("", String::as_str)
    }
}

/// A source with its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub text: String,
    pub url: String,
}

/// A class or subject: the meaning of one digit.
#[derive(Debug)]
pub struct Meaning {
    pub digit: u16,
    pub variant: Ident,
    pub name: Texts,
    pub description: Texts,
    /// Classes of basic codes only: what a client does next, and whether it retries.
    pub advice: Option<(Texts, Texts)>,
    pub references: Vec<Reference>,
}

/// What the catalogue says about one code, whatever its kind.
#[derive(Debug)]
pub struct Entry {
    pub title: Texts,
    pub description: Texts,
    pub when_seen: Texts,
    pub fix: Texts,
    pub use_when: Texts,
    /// Search words, one list per language.
    pub keywords: Vec<Vec<String>>,
    pub references: Vec<Reference>,
    /// A term of `model::STATUSES`.
    pub status: Term,
}

/// A basic reply code.
#[derive(Debug)]
pub struct Code {
    pub number: u16,
    pub variant: Ident,
    pub entry: Entry,
    pub reply_text: String,
    /// A term of `model::CONNECTIONS`.
    pub connection: Option<Term>,
    /// The meanings of its first and second digit: indices into [`Resolved::classes`] and
    /// [`Resolved::subjects`].
    pub digits: [usize; 2],
}

/// An enhanced status code, class-independent (`X.1.1`).
#[derive(Debug)]
pub struct Enhanced {
    /// Subject and detail.
    pub parts: (u16, u16),
    /// The meaning of the subject: an index into [`Resolved::enhanced_subjects`].
    pub subject_index: usize,
    /// `"X.1.1"`.
    pub code: String,
    pub variant: Ident,
    pub entry: Entry,
    /// The basic codes the registry associates with it, ascending: the catalogued ones as
    /// indices into [`Resolved::codes`], then the numbers of those it does not define.
    pub associated: (Vec<usize>, Vec<u16>),
}

/// A command or event after which replies arrive.
#[derive(Debug)]
pub struct Command {
    pub name: String,
    pub variant: Ident,
    pub syntax: String,
    pub description: Texts,
    pub on_success: Option<Texts>,
    pub on_error: Option<Texts>,
    pub references: Vec<Reference>,
}

/// One cell of the matrix: `code` may answer `command` in `role`, as `reference` says.
#[derive(Debug)]
pub struct Cell {
    /// Index into [`Resolved::commands`].
    pub command: usize,
    /// Index into [`Resolved::codes`].
    pub code: usize,
    /// A term of `model::ROLES`.
    pub role: Term,
    pub reference: Reference,
    /// When the cell applies, if not always: an index into [`Matrix::conditions`].
    pub condition: Option<usize>,
}
