//! `[[message]]` and `[[deviation]]`: the words programs print around the catalogue's texts,
//! and what each departure from the standards means, in every language.

use std::collections::BTreeMap;

use super::Cx;
use super::rules::{kebab_name, variant};
use crate::model::Catalogue;
use crate::resolved::{Deviation, Message};

/// The messages, in catalogue order.
pub fn messages(cx: &mut Cx<'_>, catalogue: &Catalogue) -> Vec<Message> {
    let Cx { diags, translator } = cx;
    let mut variants = BTreeMap::new();
    let mut resolved = Vec::new();
    for entry in &catalogue.messages {
        let ident = variant(diags, &mut variants, &entry.variant, "[[message]]");
        let key = &entry.variant.value;
        let mut texts = translator.prose(diags, ("message", key), &entry.texts, entry.variant.pos);
        if let (Some(variant), Some(text)) = (ident, texts.take("text")) {
            resolved.push(Message { variant, text });
        }
    }
    resolved
}

/// The deviations, in catalogue order: each name once, lowercase words joined by `-`.
pub fn deviations(cx: &mut Cx<'_>, catalogue: &Catalogue) -> Vec<Deviation> {
    let Cx { diags, translator } = cx;
    let mut names = BTreeMap::new();
    let mut resolved = Vec::new();
    for entry in &catalogue.deviations {
        let name = &entry.name;
        kebab_name(diags, &mut names, name, "deviation name");
        let mut texts = translator.prose(diags, ("deviation", &name.value), &entry.texts, name.pos);
        if let Some(description) = texts.take("description") {
            resolved.push(Deviation {
                name: name.value.clone(),
                description,
            });
        }
    }
    resolved
}
