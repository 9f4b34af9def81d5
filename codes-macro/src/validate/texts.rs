//! Every text in every language: the catalogue's own text first, then one per translation.
//!
//! The translator is asked for each text of the catalogue by table, key and field (`code`,
//! `550`, `description`) and checks the translation of it: there, not empty, and keeping the
//! facts of the catalogue's text (`facts`). At the end, whatever a translation holds that the
//! catalogue never asked for is an entry or field that does not exist.

use std::collections::{BTreeMap, BTreeSet};

use super::facts::Facts;
use super::rules::{keywords as check_keywords, text};
use crate::diagnostic::{Diagnostics, Pos};
use crate::fields::Located;
use crate::model::{Prose, TranslatedEntry, Translation};
use crate::resolved::Texts;

/// The texts of one entry in every language, by field name.
pub struct Translated(Vec<(&'static str, Texts)>);

impl Translated {
    /// The field `name` in every language, if the entry has it.
    pub fn take(&mut self, name: &str) -> Option<Texts> {
        let at = self.0.iter().position(|(n, _)| *n == name)?;
        Some(self.0.swap_remove(at).1)
    }
}

/// One translation, with its entries by table and key, and what the catalogue asked of it.
struct Language<'a> {
    /// The file as the catalogue names it (`catalogue.vi.toml`), for messages.
    file: String,
    entries: BTreeMap<(&'a str, &'a str), &'a TranslatedEntry>,
    /// The entries asked for, and their fields.
    asked: BTreeSet<(&'a str, &'a str)>,
    asked_fields: BTreeSet<(&'a str, &'a str, String)>,
    /// The entries found missing, each reported once.
    missing: BTreeSet<(String, String)>,
    /// The straight-quoted strings of each entry's catalogue texts, for `translated_quotes`.
    quoted: BTreeMap<(&'a str, &'a str), BTreeSet<String>>,
}

/// Finds and checks the translations of each text of the catalogue.
#[derive(Default)]
pub struct Translator<'a> {
    languages: Vec<Language<'a>>,
}

impl<'a> Translator<'a> {
    /// A translator over `translations`, each with the name of its file.
    pub fn new(translations: &'a [(String, Translation)]) -> Self {
        let languages = translations
            .iter()
            .map(|(file, t)| Language {
                file: file.clone(),
                entries: t
                    .entries
                    .iter()
                    .map(|e| ((e.table.as_str(), e.key.as_str()), e))
                    .collect(),
                asked: BTreeSet::new(),
                asked_fields: BTreeSet::new(),
                missing: BTreeSet::new(),
                quoted: BTreeMap::new(),
            })
            .collect();
        Translator { languages }
    }

    /// The entry `[table.key]` of each translation, noting that it was asked for and
    /// reporting, once, where it is missing (at `owner`, the catalogue's entry).
    fn entries(
        &mut self,
        diags: &mut Diagnostics,
        (table, key): (&str, &str),
        owner: Pos,
    ) -> Vec<Option<&'a TranslatedEntry>> {
        self.languages
            .iter_mut()
            .map(|lang| {
                let found = lang.entries.get(&(table, key)).copied();
                match found {
                    Some(entry) => {
                        lang.asked
                            .insert((entry.table.as_str(), entry.key.as_str()));
                    }
                    None => {
                        if lang.missing.insert((table.to_owned(), key.to_owned())) {
                            let add = if table == "message" {
                                format!("{key} = \"...\" to [message]")
                            } else {
                                format!("[{table}.{}]", quoted_key(key))
                            };
                            diags.push(
                                owner,
                                format!(
                                    "{} has no translation of this entry: add {add}",
                                    lang.file
                                ),
                            );
                        }
                    }
                }
                found
            })
            .collect()
    }

    /// The text of a field in every language: the catalogue's, then each translation's,
    /// checked to be there, not empty, and to keep the facts of the catalogue's text.
    pub fn texts(
        &mut self,
        diags: &mut Diagnostics,
        (table, key): (&str, &str),
        field: &str,
        source: &Located<String>,
        owner: Pos,
    ) -> Texts {
        let entries = self.entries(diags, (table, key), owner);
        let facts = Facts::of(&source.value);
        let mut texts = vec![source.value.clone()];
        for (lang, entry) in self.languages.iter_mut().zip(entries) {
            let Some(entry) = entry else {
                texts.push(source.value.clone());
                continue;
            };
            let id = (entry.table.as_str(), entry.key.as_str());
            lang.asked_fields.insert((id.0, id.1, field.to_owned()));
            lang.quoted
                .entry(id)
                .or_default()
                .extend(facts.quotes.iter().cloned());
            let Some((_, translated)) = entry.texts.iter().find(|(name, _)| name == field) else {
                diags.push(
                    entry.pos,
                    format!(
                        "missing `{field}` in [{table}.{}]: the catalogue's entry has one",
                        quoted_key(key)
                    ),
                );
                texts.push(source.value.clone());
                continue;
            };
            text(diags, translated, field);
            let allowed: Vec<String> = entry
                .translated_quotes
                .iter()
                .map(|q| q.value.clone())
                .collect();
            let differences = facts.differences(&Facts::of(&translated.value), &allowed);
            if !differences.is_empty() {
                diags.push(
                    translated.pos,
                    format!(
                        "`{field}` of [{table}.{}] does not keep the facts of the catalogue's \
                         text ({}); codes, RFC references, quoted server text and placeholders \
                         stay as written (list a quote translated on purpose in \
                         `translated_quotes`)",
                        quoted_key(key),
                        differences.join("; ")
                    ),
                );
            }
            texts.push(translated.value.clone());
        }
        Texts(texts)
    }

    /// Every text field of an entry, checked not to be empty, in every language.
    pub fn prose(
        &mut self,
        diags: &mut Diagnostics,
        entry: (&str, &str),
        prose: &Prose,
        owner: Pos,
    ) -> Translated {
        if prose.0.is_empty() {
            self.entries(diags, entry, owner);
        }
        Translated(
            prose
                .0
                .iter()
                .map(|(name, value)| {
                    text(diags, value, name);
                    (*name, self.texts(diags, entry, name, value, owner))
                })
                .collect(),
        )
    }

    /// Search keywords in every language: the catalogue's, then each translation's own words,
    /// which every translated code must have.
    pub fn keywords(
        &mut self,
        diags: &mut Diagnostics,
        (table, key): (&str, &str),
        source: Vec<String>,
        owner: Pos,
    ) -> Vec<Vec<String>> {
        let entries = self.entries(diags, (table, key), owner);
        let mut all = vec![source];
        for entry in entries {
            let Some(entry) = entry else {
                all.push(Vec::new());
                continue;
            };
            match &entry.keywords {
                Some(words) if !words.value.is_empty() => {
                    all.push(check_keywords(diags, &words.value));
                }
                Some(words) => {
                    diags.push(words.pos, "`keywords` is empty: give search words");
                    all.push(Vec::new());
                }
                None => {
                    diags.push(
                        entry.pos,
                        format!(
                            "missing `keywords` in [{table}.{}]: give the words people search \
                             for in this language",
                            quoted_key(key)
                        ),
                    );
                    all.push(Vec::new());
                }
            }
        }
        all
    }

    /// Reports what the translations hold that the catalogue never asked for: entries of
    /// nothing, fields the entry does not have, and `translated_quotes` that quote nothing.
    pub fn finish(self, diags: &mut Diagnostics) {
        for lang in self.languages {
            for (&(table, key), entry) in &lang.entries {
                let shown = quoted_key(key);
                if !lang.asked.contains(&(table, key)) {
                    diags.push(
                        entry.pos,
                        format!(
                            "[{table}.{shown}] translates nothing: the catalogue has no such entry"
                        ),
                    );
                    continue;
                }
                for (field, value) in &entry.texts {
                    if !lang.asked_fields.contains(&(table, key, field.clone())) {
                        diags.push(
                            value.pos,
                            format!(
                                "`{field}` in [{table}.{shown}] translates nothing: the \
                                 catalogue's entry has no such text"
                            ),
                        );
                    }
                }
                if let Some(words) = &entry.keywords {
                    if !matches!(table, "code" | "enhanced") {
                        diags.push(words.pos, format!("[{table}.{shown}] takes no `keywords`"));
                    }
                }
                let quoted = lang.quoted.get(&(table, key));
                for quote in &entry.translated_quotes {
                    if !quoted.is_some_and(|q| q.contains(&quote.value)) {
                        diags.push(
                            quote.pos,
                            format!(
                                "`translated_quotes` names \"{}\", which no text of the \
                                 catalogue's [{table}.{shown}] quotes",
                                quote.value
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// `550`, or `"X.1.1"` where a key needs quotes in a TOML header.
fn quoted_key(key: &str) -> String {
    if key
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        key.to_owned()
    } else {
        format!("\"{key}\"")
    }
}
