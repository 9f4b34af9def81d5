//! `[[class]]`, `[[subject]]`, `[[enhanced_class]]` and `[[enhanced_subject]]`: the meaning of
//! each digit, every required digit present once.

use std::collections::BTreeMap;

use super::Cx;
use super::rules::{duplicate, list, references, variant};
use crate::diagnostic::Pos;
use crate::model::{DigitEntry, DigitTable};
use crate::resolved::Meaning;

/// The entries of one table, sorted by digit.
pub fn table(cx: &mut Cx<'_>, entries: &[DigitEntry], rule: &DigitTable) -> Vec<Meaning> {
    let Cx { diags, translator } = cx;
    let table = format!("[[{}]]", rule.key);
    let mut digits = BTreeMap::new();
    let mut variants = BTreeMap::new();
    let mut resolved = Vec::new();
    for entry in entries {
        let digit = entry.digit.value;
        let in_range = match rule.digits {
            Some(expected) => expected.contains(&digit),
            None => (0..=999).contains(&digit),
        };
        if in_range {
            duplicate(
                diags,
                &mut digits,
                &digit,
                entry.digit.pos,
                &format!("{} {digit} in {table}", rule.what),
            );
        } else {
            let range = rule.digits.map_or_else(|| "0 to 999".to_owned(), list);
            diags.push(
                entry.digit.pos,
                format!(
                    "{} {digit} is out of range: {table} takes {range}",
                    rule.what
                ),
            );
        }
        let base = &entry.base;
        let ident = variant(diags, &mut variants, &base.variant, &table);
        let refs = references(diags, &base.references, base.pos);
        let key = digit.to_string();
        let mut texts = translator.prose(diags, (rule.key, &key), &base.texts, base.pos);
        let advice = texts.take("action").zip(texts.take("retry"));
        let (name, description) = (texts.take("name"), texts.take("description"));
        if let (Some(ident), Ok(digit), Some(name), Some(description)) =
            (ident, u16::try_from(digit), name, description)
        {
            resolved.push(Meaning {
                digit,
                variant: ident,
                name,
                description,
                advice,
                references: refs,
            });
        }
    }
    if let Some(expected) = rule.digits {
        let missing: Vec<i64> = expected
            .iter()
            .copied()
            .filter(|d| !digits.contains_key(d))
            .collect();
        if !missing.is_empty() {
            let pos = entries.first().map_or(Pos::start(0), |e| e.base.pos);
            diags.push(
                pos,
                format!("{table} has no entry for {} {}", rule.what, list(&missing)),
            );
        }
    }
    resolved.sort_by_key(|d| d.digit);
    resolved
}
