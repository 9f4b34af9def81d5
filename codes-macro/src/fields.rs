//! Typed access to the fields of one TOML table, reporting every problem instead of stopping at
//! the first: a missing field, a field of the wrong type and an unknown field each become a
//! diagnostic, and the reader carries on so one build shows them all.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostics, LineIndex, Pos};

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Located<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Located { value, pos }
    }
}

/// A source as the catalogue writes it: an RFC or the registry by name, or a text with its
/// address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub text: Located<String>,
    pub url: Option<Located<String>>,
}

/// Reads the fields of one table such as a `[[code]]` entry.
pub struct TableReader<'a, 'i> {
    table: &'a DeTable<'i>,
    /// Where the table starts (its `[[header]]`), for fields that are missing altogether.
    pub pos: Pos,
    what: &'a str,
    index: &'a LineIndex<'a>,
    diags: &'a mut Diagnostics,
}

impl<'a, 'i> TableReader<'a, 'i> {
    /// Starts reading `table` and reports every key that is not in `allowed`.
    /// `hint` may explain a key that people are likely to write by mistake.
    pub fn new(
        table: &'a DeTable<'i>,
        pos: Pos,
        what: &'a str,
        allowed: &[&str],
        hint: fn(&str) -> Option<&'static str>,
        index: &'a LineIndex<'a>,
        diags: &'a mut Diagnostics,
    ) -> Self {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let mut message = format!(
                    "unknown field `{}` in {what}; expected one of: {}",
                    key.get_ref(),
                    allowed.join(", ")
                );
                if let Some(extra) = hint(key.get_ref()) {
                    message = format!("unknown field `{}` in {what}: {extra}", key.get_ref());
                }
                diags.push(index.span_pos(&key.span()), message);
            }
        }
        TableReader {
            table,
            pos,
            what,
            index,
            diags,
        }
    }

    /// Reports a problem found while reading this table.
    pub fn report(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.push(pos, message);
    }

    /// A reader for a table inside this one (`[[command.replies]]`).
    pub fn nested<'r>(
        &'r mut self,
        table: &'r DeTable<'i>,
        pos: Pos,
        what: &'r str,
        allowed: &[&str],
    ) -> TableReader<'r, 'i> {
        TableReader::new(table, pos, what, allowed, |_| None, self.index, self.diags)
    }

    fn at(&self, value: &Spanned<DeValue<'_>>) -> Pos {
        self.index.span_pos(&value.span())
    }

    fn get(&mut self, key: &str, required: bool) -> Option<&'a Spanned<DeValue<'i>>> {
        let value = self.table.get(key);
        if value.is_none() && required {
            self.diags
                .push(self.pos, format!("missing field `{key}` in {}", self.what));
        }
        value
    }

    fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>, expected: &str) {
        let pos = self.at(value);
        self.diags.push(
            pos,
            format!(
                "field `{key}` in {} must be {expected}, found {}",
                self.what,
                value.get_ref().type_str()
            ),
        );
    }

    fn string_value(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<Located<String>> {
        match value.get_ref() {
            DeValue::String(s) => Some(Located::new(s.to_string(), self.at(value))),
            _ => {
                self.wrong_type(key, value, "a string");
                None
            }
        }
    }

    fn integer_value(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<Located<i64>> {
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => {
                let digits: Cow<'_, str> = i.as_str().replace('_', "").into();
                let digits = digits
                    .trim_start_matches("0x")
                    .trim_start_matches("0o")
                    .trim_start_matches("0b");
                i64::from_str_radix(digits, i.radix()).ok()
            }
            _ => None,
        };
        if parsed.is_none() {
            self.wrong_type(key, value, "an integer");
        }
        parsed.map(|n| Located::new(n, self.at(value)))
    }

    /// One value of `key`, converted by `convert`.
    fn one<T>(
        &mut self,
        key: &str,
        required: bool,
        convert: impl Fn(&mut Self, &str, &Spanned<DeValue<'_>>) -> Option<Located<T>>,
    ) -> Option<Located<T>> {
        let value = self.get(key, required)?;
        convert(self, key, value)
    }

    /// A required string.
    pub fn string(&mut self, key: &str) -> Option<Located<String>> {
        self.one(key, true, Self::string_value)
    }

    /// An optional string.
    pub fn opt_string(&mut self, key: &str) -> Option<Located<String>> {
        self.one(key, false, Self::string_value)
    }

    /// A required integer.
    pub fn integer(&mut self, key: &str) -> Option<Located<i64>> {
        self.one(key, true, Self::integer_value)
    }

    fn bool_value(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<Located<bool>> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Located::new(*b, self.at(value))),
            _ => {
                self.wrong_type(key, value, "true or false");
                None
            }
        }
    }

    /// A boolean; `required` says whether the key must be present.
    pub fn boolean(&mut self, key: &str, required: bool) -> Option<Located<bool>> {
        self.one(key, required, Self::bool_value)
    }

    fn array(&mut self, key: &str, required: bool) -> Option<(Pos, &'a [Spanned<DeValue<'i>>])> {
        let value = self.get(key, required)?;
        if let DeValue::Array(items) = value.get_ref() {
            Some((self.at(value), items.as_ref()))
        } else {
            self.wrong_type(key, value, "an array");
            None
        }
    }

    /// An array of `key`, each item converted by `convert`; `required` says whether the key
    /// must be present.
    fn list<T>(
        &mut self,
        key: &str,
        required: bool,
        convert: impl Fn(&mut Self, &str, &Spanned<DeValue<'_>>) -> Option<Located<T>>,
    ) -> Option<Located<Vec<Located<T>>>> {
        let (pos, items) = self.array(key, required)?;
        let values = items
            .iter()
            .filter_map(|item| convert(self, key, item))
            .collect();
        Some(Located::new(values, pos))
    }

    /// An array of strings; `required` says whether the key must be present.
    pub fn strings(&mut self, key: &str, required: bool) -> Option<Located<Vec<Located<String>>>> {
        self.list(key, required, Self::string_value)
    }

    /// An array of integers; `required` says whether the key must be present.
    pub fn integers(&mut self, key: &str, required: bool) -> Option<Located<Vec<Located<i64>>>> {
        self.list(key, required, Self::integer_value)
    }

    /// `references`: each a string naming an RFC or the IANA registry (`"RFC 5321 §4.2.3"`),
    /// or a table `{ text = "...", url = "https://..." }` for a source that is no RFC (a draft,
    /// an MTA's documentation or source).
    pub fn references(&mut self, key: &str) -> Option<Located<Vec<SourceRef>>> {
        let (pos, items) = self.array(key, true)?;
        let mut refs = Vec::new();
        for item in items {
            let at = self.at(item);
            match item.get_ref() {
                DeValue::String(s) => refs.push(SourceRef {
                    text: Located::new(s.to_string(), at),
                    url: None,
                }),
                DeValue::Table(table) => {
                    let text = table.get("text");
                    let url = table.get("url");
                    let unknown = table
                        .keys()
                        .find(|k| !matches!(k.get_ref().as_ref(), "text" | "url"));
                    if let Some(k) = unknown {
                        self.report(
                            self.index.span_pos(&k.span()),
                            format!(
                                "unknown field `{}` in a reference; expected text, url",
                                k.get_ref()
                            ),
                        );
                    }
                    match (text.map(Spanned::get_ref), url.map(Spanned::get_ref)) {
                        (Some(DeValue::String(t)), Some(DeValue::String(u))) => {
                            refs.push(SourceRef {
                                text: Located::new(t.to_string(), at),
                                url: Some(Located::new(u.to_string(), at)),
                            });
                        }
                        _ => self.report(
                            at,
                            "a reference table needs `text` and `url`, both strings: \
                             { text = \"Postfix smtpd(8)\", url = \"https://...\" }",
                        ),
                    }
                }
                other => self.report(
                    at,
                    format!(
                        "field `{key}` in {} must hold strings or {{ text, url }} tables, found {}",
                        self.what,
                        other.type_str()
                    ),
                ),
            }
        }
        Some(Located::new(refs, pos))
    }

    /// An array of tables (`[[command.replies]]`), each with where it starts.
    pub fn tables(&mut self, key: &str) -> Vec<(Pos, &'a DeTable<'i>)> {
        let Some((_, items)) = self.array(key, false) else {
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::Table(table) => tables.push((self.at(item), table)),
                _ => self.wrong_type(key, item, "an array of tables"),
            }
        }
        tables
    }
}

/// The top-level `[[name]]` arrays of tables of the document, each with where it starts.
/// Reports a top-level key that is not an array of tables.
pub fn top_level_tables<'a, 'i>(
    root: &'a DeTable<'i>,
    key: &str,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Vec<(Pos, &'a DeTable<'i>)> {
    let Some(value) = root.get(key) else {
        return Vec::new();
    };
    let pos = index.span_pos(&value.span());
    let DeValue::Array(items) = value.get_ref() else {
        diags.push(pos, format!("`{key}` must be written as [[{key}]] tables"));
        return Vec::new();
    };
    let mut tables = Vec::new();
    for item in items.as_ref() {
        let at = index.span_pos(&item.span());
        match item.get_ref() {
            DeValue::Table(table) => tables.push((at, table)),
            _ => diags.push(at, format!("`{key}` must be written as [[{key}]] tables")),
        }
    }
    tables
}
