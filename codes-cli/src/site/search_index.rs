//! The search index a language's home page loads: the same documents, words and weights as
//! `smtp-codes search`, written as a script (a JSON file cannot be read from `file://`).

use codes_core::Lang;
use serde::Serialize;

use super::paths::code_page;
use crate::search::documents;

/// One code: what it is called, where its page is, and the words of each field with the
/// field's weight, in the order `search.js` scores them.
#[derive(Serialize)]
struct Entry {
    code: String,
    title: &'static str,
    href: String,
    fields: Vec<(u32, String)>,
}

/// `search-index.js` for `lang`: `window.SMTP_CODES_INDEX = {...};`.
pub fn script(lang: Lang) -> String {
    let entries: Vec<Entry> = documents(lang)
        .into_iter()
        .filter_map(|doc| {
            let entry = doc.code.entry()?;
            Some(Entry {
                code: doc.code.to_string(),
                title: entry.title().get(lang),
                href: code_page(doc.code)?,
                fields: doc
                    .fields
                    .into_iter()
                    .map(|(weight, words)| (weight, words.join(" ")))
                    .collect(),
            })
        })
        .collect();
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".to_owned());
    format!("window.SMTP_CODES_INDEX = {json};\n")
}
