//! `[[code]]` and `[[enhanced]]`: well-formed, unique codes, complete texts, and registry
//! associations that point at catalogued codes.

use std::collections::BTreeMap;

use super::Cx;
use super::rules::{
    duplicate, keywords, references, reply_text, small, status_sources, text, variant,
};
use super::texts::Translator;
use crate::diagnostic::Diagnostics;
use crate::model::{Catalogue, Common};
use crate::resolved::{Code, Enhanced, Entry, Meaning};

/// Parses `X.S.D` into subject and detail: one to three digits each, no leading zeros
/// (RFC 3463 §2). The library's own parser cannot be used here: this macro generates it.
pub fn parse_enhanced(code: &str) -> Option<(u16, u16)> {
    let rest = code.strip_prefix("X.")?;
    let (subject, detail) = rest.split_once('.')?;
    Some((number(subject)?, number(detail)?))
}

fn number(text: &str) -> Option<u16> {
    let ok = (1..=3).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if ok { text.parse().ok() } else { None }
}

/// Why a number is not a well-formed basic reply code, if it is not.
pub fn code_range_problem(code: i64) -> Option<String> {
    if !(100..=999).contains(&code) {
        return Some(format!("code {code} is not three digits"));
    }
    let first = code / 100;
    let second = code / 10 % 10;
    if !(2..=5).contains(&first) {
        return Some(format!(
            "code {code} is out of range: the first digit must be 2, 3, 4 or 5 (RFC 5321 §4.2.1)"
        ));
    }
    if second > 5 {
        return Some(format!(
            "code {code} is out of range: the second digit must be 0 to 5 (RFC 5321 §4.2.1)"
        ));
    }
    None
}

/// The texts, keywords and references of an entry, checked and in every language.
fn entry(
    diags: &mut Diagnostics,
    translator: &mut Translator<'_>,
    (section, key): (&str, &str),
    common: &Common,
) -> Option<Entry> {
    let owner = common.base.pos;
    let mut texts = translator.prose(diags, (section, key), &common.base.texts, owner);
    let words = keywords(diags, &common.keywords);
    let references = references(diags, &common.base.references, common.base.pos);
    // Only well-formed references say whether the status has its source.
    if !references.is_empty() && references.len() == common.base.references.value.len() {
        status_sources(diags, &common.status, &common.base.references);
    }
    Some(Entry {
        title: texts.take("title")?,
        description: texts.take("description")?,
        when_seen: texts.take("when_seen")?,
        fix: texts.take("fix")?,
        use_when: texts.take("use_when")?,
        keywords: translator.keywords(diags, (section, key), words, owner),
        references,
        status: common.status.value,
    })
}

/// The basic codes, sorted by number; `digits` are the meanings of a code's first and second
/// digit.
pub fn basic(cx: &mut Cx<'_>, catalogue: &Catalogue, digits: [&[Meaning]; 2]) -> Vec<Code> {
    let Cx { diags, translator } = cx;
    let [classes, subjects] = digits;
    let mut numbers = BTreeMap::new();
    let mut variants = BTreeMap::new();
    let mut codes = Vec::new();
    for item in &catalogue.codes {
        let number = item.code.value;
        let well_formed = match code_range_problem(number) {
            Some(problem) => {
                diags.push(item.code.pos, problem);
                None
            }
            None => {
                duplicate(
                    diags,
                    &mut numbers,
                    &number,
                    item.code.pos,
                    &format!("code {number}"),
                );
                small(diags, &item.code, "code")
            }
        };
        let ident = variant(diags, &mut variants, &item.common.base.variant, "[[code]]");
        text(diags, &item.reply_text, "reply_text");
        reply_text(diags, &item.reply_text);
        let key = number.to_string();
        let entry = entry(diags, translator, ("code", &key), &item.common);
        let Some(number) = well_formed else { continue };
        let class = classes.iter().position(|c| c.digit == number / 100);
        let subject = subjects.iter().position(|s| s.digit == number / 10 % 10);
        // A missing class or subject is reported by the digit tables.
        if let (Some(ident), Some(class), Some(subject), Some(entry)) =
            (ident, class, subject, entry)
        {
            codes.push(Code {
                number,
                variant: ident,
                entry,
                reply_text: item.reply_text.value.clone(),
                connection: item.connection.as_ref().map(|c| c.value),
                digits: [class, subject],
            });
        }
    }
    codes.sort_by_key(|c| c.number);
    codes
}

/// The enhanced codes, sorted by subject and detail; `subjects` are the meanings of their
/// second number.
pub fn enhanced(
    cx: &mut Cx<'_>,
    catalogue: &Catalogue,
    codes: &[Code],
    subjects: &[Meaning],
) -> Vec<Enhanced> {
    let Cx { diags, translator } = cx;
    let known: BTreeMap<i64, usize> = codes
        .iter()
        .enumerate()
        .map(|(i, c)| (i64::from(c.number), i))
        .collect();
    let mut seen_codes = BTreeMap::new();
    let mut variants = BTreeMap::new();
    let mut resolved = Vec::new();
    for item in &catalogue.enhanced {
        let code = &item.code;
        let parts = parse_enhanced(&code.value);
        let mut subject_index = None;
        match parts {
            None => diags.push(
                code.pos,
                format!(
                    "enhanced code `{}` is not of the form X.S.D (S and D one to three digits, \
                     e.g. \"X.1.1\")",
                    code.value
                ),
            ),
            Some((subject, detail)) => {
                subject_index = subjects.iter().position(|s| s.digit == subject);
                if subject_index.is_none() {
                    diags.push(
                        code.pos,
                        format!(
                            "enhanced code {} has subject {subject}, which has no \
                             [[enhanced_subject]]",
                            code.value
                        ),
                    );
                }
                duplicate(
                    diags,
                    &mut seen_codes,
                    &(subject, detail),
                    code.pos,
                    &format!("enhanced code {}", code.value),
                );
            }
        }
        let ident = variant(
            diags,
            &mut variants,
            &item.common.base.variant,
            "[[enhanced]]",
        );
        let mut seen = BTreeMap::new();
        let mut basic = Vec::new();
        let [basic_numbers, uncatalogued_numbers] = &item.associated;
        for number in basic_numbers {
            match known.get(&number.value) {
                Some(index) => basic.push(*index),
                None => diags.push(
                    number.pos,
                    format!(
                        "{} is associated with basic code {}, which is not a [[code]] in the \
                         catalogue",
                        code.value, number.value
                    ),
                ),
            }
            duplicate(
                diags,
                &mut seen,
                &number.value,
                number.pos,
                &format!("basic code {} in `basic`", number.value),
            );
        }
        let mut uncatalogued = Vec::new();
        for other in uncatalogued_numbers {
            if let Some(problem) = code_range_problem(other.value) {
                diags.push(other.pos, problem);
            } else if known.contains_key(&other.value) {
                diags.push(
                    other.pos,
                    format!(
                        "{} lists {} in `basic_uncatalogued`, but the catalogue has it: move it \
                         to `basic`",
                        code.value, other.value
                    ),
                );
            } else {
                uncatalogued.extend(small(diags, other, "code"));
            }
            duplicate(
                diags,
                &mut seen,
                &other.value,
                other.pos,
                &format!("basic code {} in `basic`", other.value),
            );
        }
        let entry = entry(diags, translator, ("enhanced", &code.value), &item.common);
        if let (Some((subject, detail)), Some(subject_index), Some(ident), Some(entry)) =
            (parts, subject_index, ident, entry)
        {
            basic.sort_unstable();
            uncatalogued.sort_unstable();
            resolved.push(Enhanced {
                parts: (subject, detail),
                subject_index,
                code: code.value.clone(),
                variant: ident,
                entry,
                associated: (basic, uncatalogued),
            });
        }
    }
    resolved.sort_by_key(|e| e.parts);
    resolved
}
