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

/// Reads the fields of one table such as a `[[code]]` entry.
pub struct TableReader<'a, 'i> {
    table: &'a DeTable<'i>,
    /// Where the table starts (its `[[header]]`), for fields that are missing altogether.
    pub pos: Pos,
    what: &'static str,
    index: &'a LineIndex<'a>,
    diags: &'a mut Diagnostics,
}

impl<'a, 'i> TableReader<'a, 'i> {
    /// Starts reading `table` and reports every key that is not in `allowed`.
    /// `hint` may explain a key that people are likely to write by mistake.
    pub fn new(
        table: &'a DeTable<'i>,
        pos: Pos,
        what: &'static str,
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

    /// The diagnostics sink, for reading nested tables.
    pub fn diags(&mut self) -> &mut Diagnostics {
        self.diags
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

    /// A required string.
    pub fn string(&mut self, key: &str) -> Option<Located<String>> {
        let value = self.get(key, true)?;
        self.string_value(key, value)
    }

    /// An optional string.
    pub fn opt_string(&mut self, key: &str) -> Option<Located<String>> {
        let value = self.get(key, false)?;
        self.string_value(key, value)
    }

    /// A required integer.
    pub fn integer(&mut self, key: &str) -> Option<Located<i64>> {
        let value = self.get(key, true)?;
        self.integer_value(key, value)
    }

    fn array(&mut self, key: &str, required: bool) -> Option<(Pos, &'a [Spanned<DeValue<'i>>])> {
        let value = self.get(key, required)?;
        match value.get_ref() {
            DeValue::Array(items) => Some((self.at(value), items.as_ref())),
            _ => {
                self.wrong_type(key, value, "an array");
                None
            }
        }
    }

    /// An array of strings; `required` says whether the key must be present.
    pub fn strings(&mut self, key: &str, required: bool) -> Option<Located<Vec<Located<String>>>> {
        let (pos, items) = self.array(key, required)?;
        let values = items
            .iter()
            .filter_map(|item| self.string_value(key, item))
            .collect();
        Some(Located::new(values, pos))
    }

    /// An array of integers; `required` says whether the key must be present.
    pub fn integers(&mut self, key: &str, required: bool) -> Option<Located<Vec<Located<i64>>>> {
        let (pos, items) = self.array(key, required)?;
        let values = items
            .iter()
            .filter_map(|item| self.integer_value(key, item))
            .collect();
        Some(Located::new(values, pos))
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
