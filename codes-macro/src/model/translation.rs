//! A translation file (`catalogue.vi.toml`): the texts of the catalogue in one more language.
//!
//! It names each entry it translates by table and key, the way people refer to entries:
//! `[code.550]`, `[enhanced."X.1.1"]`, `[class.2]`, `[command.RCPT]`,
//! `[condition.after-554-greeting]`, `[deviation.lf-line-end]`, and one `[message]` table of
//! `Variant = "text"`. Only texts are written there; codes, references and the matrix stay in
//! the catalogue. Whether every entry is translated, and nothing else, is checked by
//! `validate`, which knows the catalogue.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::DIGIT_TABLES;
use crate::diagnostic::{Diagnostic, Diagnostics, FileId, LineIndex, Pos};
use crate::fields::Located;
use crate::text::reflow;

/// The tables whose entries a translation names by key, besides the digit tables.
const ENTRY_TABLES: [&str; 6] = [
    "code",
    "enhanced",
    "command",
    "condition",
    "deviation",
    "reason",
];

/// What one translation file says.
#[derive(Debug)]
pub struct Translation {
    /// `[catalogue] language`: its tag (`"vi"`).
    pub language: Option<Located<String>>,
    /// `[catalogue] language_name`: its name in itself (`"Tiếng Việt"`).
    pub language_name: Option<Located<String>>,
    /// Every entry it translates, in file order.
    pub entries: Vec<TranslatedEntry>,
}

/// The texts one translation gives for one entry of the catalogue.
#[derive(Debug)]
pub struct TranslatedEntry {
    /// The table (`code`) and key (`550`) of the entry it translates.
    pub table: String,
    pub key: String,
    /// Where the entry's table starts.
    pub pos: Pos,
    /// Its text fields, by name, reflowed as the catalogue's are.
    pub texts: Vec<(String, Located<String>)>,
    /// Its search keywords.
    pub keywords: Option<Located<Vec<Located<String>>>>,
    /// Quoted strings of the catalogue's text that this translation renders in its own
    /// language instead of keeping them as written.
    pub translated_quotes: Vec<Located<String>>,
}

/// Parses translation file `file`, or returns every problem found in it.
pub fn parse_translation(file: FileId, source: &str) -> Result<Translation, Vec<Diagnostic>> {
    let index = LineIndex::new(file, source);
    let mut diags = Diagnostics::default();
    let root = super::parse_toml(source, &index, &mut diags)?;
    let mut translation = Translation {
        language: None,
        language_name: None,
        entries: Vec::new(),
    };
    let mut reader = Reader {
        index: &index,
        diags: &mut diags,
    };
    for (key, value) in &root {
        let name = key.get_ref().as_ref();
        let pos = index.span_pos(&value.span());
        let Some(table) = reader.table(value, &format!("[{name}]")) else {
            continue;
        };
        match name {
            "catalogue" => reader.header(table, pos, &mut translation),
            "message" => reader.messages(table, &mut translation.entries),
            _ if is_entry_table(name) => {
                for (key, value) in table {
                    let what = format!("[{name}.{}]", key.get_ref());
                    if let Some(fields) = reader.table(value, &what) {
                        let at = index.span_pos(&value.span());
                        let entry = reader.entry(name, key.get_ref(), fields, at);
                        translation.entries.push(entry);
                    }
                }
            }
            _ => {
                let known: Vec<&str> = ["catalogue", "message"]
                    .into_iter()
                    .chain(DIGIT_TABLES.iter().map(|t| t.key))
                    .chain(ENTRY_TABLES)
                    .collect();
                reader.diags.push(
                    index.span_pos(&key.span()),
                    format!(
                        "unknown table `{name}` in a translation; expected one of: {}",
                        known.join(", ")
                    ),
                );
            }
        }
    }
    if !root.contains_key("catalogue") {
        diags.push(
            index.pos(0),
            "missing table [catalogue]: write `[catalogue]` with `language` and `language_name` \
             at the top of the translation",
        );
    }
    if diags.is_empty() {
        Ok(translation)
    } else {
        Err(diags.into_sorted())
    }
}

fn is_entry_table(name: &str) -> bool {
    ENTRY_TABLES.contains(&name) || DIGIT_TABLES.iter().any(|t| t.key == name)
}

struct Reader<'a> {
    index: &'a LineIndex<'a>,
    diags: &'a mut Diagnostics,
}

impl<'i> Reader<'_> {
    fn at(&self, value: &Spanned<DeValue<'_>>) -> Pos {
        self.index.span_pos(&value.span())
    }

    fn table<'t>(
        &mut self,
        value: &'t Spanned<DeValue<'i>>,
        what: &str,
    ) -> Option<&'t DeTable<'i>> {
        if let DeValue::Table(table) = value.get_ref() {
            Some(table)
        } else {
            let pos = self.at(value);
            self.diags
                .push(pos, format!("{what} must be a table of texts"));
            None
        }
    }

    fn string(&mut self, value: &Spanned<DeValue<'_>>, what: &str) -> Option<Located<String>> {
        if let DeValue::String(s) = value.get_ref() {
            Some(Located::new(s.to_string(), self.at(value)))
        } else {
            let pos = self.at(value);
            self.diags.push(
                pos,
                format!(
                    "{what} must be a string, found {}",
                    value.get_ref().type_str()
                ),
            );
            None
        }
    }

    fn strings(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        what: &str,
    ) -> Option<Located<Vec<Located<String>>>> {
        let pos = self.at(value);
        let DeValue::Array(items) = value.get_ref() else {
            self.diags
                .push(pos, format!("{what} must be an array of strings"));
            return None;
        };
        let strings = items.iter().filter_map(|i| self.string(i, what)).collect();
        Some(Located::new(strings, pos))
    }

    fn header(&mut self, table: &DeTable<'_>, pos: Pos, translation: &mut Translation) {
        for (key, value) in table {
            match key.get_ref().as_ref() {
                "language" => translation.language = self.string(value, "`language`"),
                "language_name" => {
                    translation.language_name = self.string(value, "`language_name`");
                }
                other => self.diags.push(
                    self.index.span_pos(&key.span()),
                    format!(
                        "unknown field `{other}` in [catalogue]; expected language, language_name"
                    ),
                ),
            }
        }
        for (field, value) in [
            ("language", &translation.language),
            ("language_name", &translation.language_name),
        ] {
            if value.is_none() && !table.contains_key(field) {
                self.diags
                    .push(pos, format!("missing field `{field}` in [catalogue]"));
            }
        }
    }

    /// `[message]`: one text per message, by its variant name.
    fn messages(&mut self, table: &DeTable<'_>, entries: &mut Vec<TranslatedEntry>) {
        for (key, value) in table {
            let what = format!("[message] {}", key.get_ref());
            if let Some(text) = self.string(value, &what) {
                entries.push(TranslatedEntry {
                    table: "message".to_owned(),
                    key: key.get_ref().to_string(),
                    pos: self.index.span_pos(&key.span()),
                    texts: vec![(
                        "text".to_owned(),
                        Located::new(reflow(&text.value), text.pos),
                    )],
                    keywords: None,
                    translated_quotes: Vec::new(),
                });
            }
        }
    }

    /// One entry: its text fields, `keywords` and `translated_quotes`. Which text fields the
    /// entry may have depends on what it translates, so `validate` checks them.
    fn entry(&mut self, table: &str, key: &str, fields: &DeTable<'_>, pos: Pos) -> TranslatedEntry {
        let mut entry = TranslatedEntry {
            table: table.to_owned(),
            key: key.to_owned(),
            pos,
            texts: Vec::new(),
            keywords: None,
            translated_quotes: Vec::new(),
        };
        for (field, value) in fields {
            let name = field.get_ref().as_ref();
            let what = format!("`{name}` in [{table}.{key}]");
            match name {
                "keywords" => entry.keywords = self.strings(value, &what),
                "translated_quotes" => {
                    entry.translated_quotes = self
                        .strings(value, &what)
                        .map_or_else(Vec::new, |l| l.value);
                }
                _ => {
                    if let Some(text) = self.string(value, &what) {
                        let reflowed = Located::new(reflow(&text.value), text.pos);
                        entry.texts.push((name.to_owned(), reflowed));
                    }
                }
            }
        }
        entry
    }
}
