//! Stage three: checks that need the whole catalogue. Every rule reports at the line and column
//! of the offending value, and all rules run, so one build lists every problem.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::fields::Located;
use crate::model::{Catalogue, DigitEntry, Prose, ReplyGroup};
use crate::text::{is_reference, is_variant_name};

/// Returns every problem of the catalogue, in file order; empty when it is sound.
pub fn validate(catalogue: &Catalogue) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::default();
    check_digit_table(
        &mut diags,
        &catalogue.classes,
        "[[class]]",
        "first digit",
        &[2, 3, 4, 5],
    );
    check_digit_table(
        &mut diags,
        &catalogue.subjects,
        "[[subject]]",
        "second digit",
        &[0, 1, 2, 3, 4, 5],
    );
    check_digit_table(
        &mut diags,
        &catalogue.enhanced_classes,
        "[[enhanced_class]]",
        "enhanced class",
        &[2, 4, 5],
    );
    check_enhanced_subjects(&mut diags, &catalogue.enhanced_subjects);
    check_codes(&mut diags, catalogue);
    check_enhanced(&mut diags, catalogue);
    check_commands(&mut diags, catalogue);
    diags.into_sorted()
}

/// Parses `X.S.D` into subject and detail: one to three digits each, no leading zeros.
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

/// Reports a value that was defined before, at both places.
fn duplicate<K: Ord + Clone>(
    diags: &mut Diagnostics,
    seen: &mut BTreeMap<K, Pos>,
    key: &K,
    pos: Pos,
    what: &str,
) {
    if let Some(first) = seen.get(key) {
        diags.push(pos, format!("duplicate {what} (first defined at {first})"));
        diags.push(*first, format!("{what} is defined again at {pos}"));
    } else {
        seen.insert(key.clone(), pos);
    }
}

fn check_variant(
    diags: &mut Diagnostics,
    seen: &mut BTreeMap<String, Pos>,
    variant: &Located<String>,
    table: &str,
) {
    if is_variant_name(&variant.value) {
        duplicate(
            diags,
            seen,
            &variant.value,
            variant.pos,
            &format!("variant name `{}` in {table}", variant.value),
        );
    } else {
        diags.push(
            variant.pos,
            format!(
                "invalid variant name `{}`: write it in UpperCamelCase with ASCII letters and digits, \
                 e.g. `ServiceReady`",
                variant.value
            ),
        );
    }
}

fn check_text(diags: &mut Diagnostics, field: &Located<String>, name: &str) {
    if field.value.trim().is_empty() {
        diags.push(field.pos, format!("`{name}` is empty"));
    }
}

fn check_references(
    diags: &mut Diagnostics,
    references: &Located<Vec<Located<String>>>,
    owner: Pos,
) {
    if references.value.is_empty() {
        diags.push(
            references.pos,
            format!("`references` is empty: name at least one source (entry at {owner})"),
        );
    }
    for reference in &references.value {
        check_reference(diags, reference);
    }
}

fn check_reference(diags: &mut Diagnostics, reference: &Located<String>) {
    if !is_reference(&reference.value) {
        diags.push(
            reference.pos,
            format!(
                "reference `{}` is not of the form \"RFC 5321 §4.2.3\" or \"{}\"",
                reference.value,
                crate::text::IANA_REGISTRY
            ),
        );
    }
}

fn check_prose(diags: &mut Diagnostics, prose: &Prose, owner: Pos) {
    check_text(diags, &prose.description, "description");
    check_text(diags, &prose.when_seen, "when_seen");
    check_text(diags, &prose.fix, "fix");
    check_text(diags, &prose.use_when, "use_when");
    let mut seen = BTreeMap::new();
    for keyword in &prose.keywords {
        let k = &keyword.value;
        if k.trim().is_empty() || k.trim() != k || k.to_lowercase() != *k {
            diags.push(
                keyword.pos,
                format!("keyword `{k}` must be lowercase words without surrounding spaces"),
            );
        }
        duplicate(diags, &mut seen, k, keyword.pos, &format!("keyword `{k}`"));
    }
    check_references(diags, &prose.references, owner);
}

fn check_digit_table(
    diags: &mut Diagnostics,
    entries: &[DigitEntry],
    table: &str,
    what: &str,
    expected: &[i64],
) {
    let mut digits = BTreeMap::new();
    let mut variants = BTreeMap::new();
    for entry in entries {
        let digit = entry.digit.value;
        if expected.contains(&digit) {
            duplicate(
                diags,
                &mut digits,
                &digit,
                entry.digit.pos,
                &format!("{what} {digit} in {table}"),
            );
        } else {
            diags.push(
                entry.digit.pos,
                format!(
                    "{what} {digit} is out of range: {table} takes {}",
                    list(expected)
                ),
            );
        }
        check_variant(diags, &mut variants, &entry.variant, table);
        check_text(diags, &entry.name, "name");
        check_text(diags, &entry.description, "description");
        for (field, name) in [(&entry.action, "action"), (&entry.retry, "retry")] {
            if let Some(text) = field {
                check_text(diags, text, name);
            }
        }
        check_references(diags, &entry.references, entry.pos);
    }
    let missing: Vec<i64> = expected
        .iter()
        .copied()
        .filter(|d| !digits.contains_key(d))
        .collect();
    if !missing.is_empty() {
        let pos = entries
            .first()
            .map_or(Pos { line: 1, column: 1 }, |e| e.pos);
        diags.push(
            pos,
            format!("{table} has no entry for {what} {}", list(&missing)),
        );
    }
}

fn check_enhanced_subjects(diags: &mut Diagnostics, entries: &[DigitEntry]) {
    let mut digits = BTreeMap::new();
    let mut variants = BTreeMap::new();
    for entry in entries {
        let digit = entry.digit.value;
        if (0..=999).contains(&digit) {
            duplicate(
                diags,
                &mut digits,
                &digit,
                entry.digit.pos,
                &format!("enhanced subject {digit}"),
            );
        } else {
            diags.push(
                entry.digit.pos,
                format!("enhanced subject {digit} is out of range: 0 to 999"),
            );
        }
        check_variant(diags, &mut variants, &entry.variant, "[[enhanced_subject]]");
        check_text(diags, &entry.name, "name");
        check_text(diags, &entry.description, "description");
        check_references(diags, &entry.references, entry.pos);
    }
}

fn list(digits: &[i64]) -> String {
    let words: Vec<String> = digits.iter().map(ToString::to_string).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Why a number is not a well-formed basic reply code, if it is not.
fn code_range_problem(code: i64) -> Option<String> {
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

fn check_codes(diags: &mut Diagnostics, catalogue: &Catalogue) {
    let mut codes = BTreeMap::new();
    let mut variants = BTreeMap::new();
    for entry in &catalogue.codes {
        let code = entry.code.value;
        match code_range_problem(code) {
            Some(problem) => diags.push(entry.code.pos, problem),
            None => duplicate(
                diags,
                &mut codes,
                &code,
                entry.code.pos,
                &format!("code {code}"),
            ),
        }
        check_variant(diags, &mut variants, &entry.variant, "[[code]]");
        check_text(diags, &entry.title, "title");
        check_text(diags, &entry.reply_text, "reply_text");
        check_prose(diags, &entry.prose, entry.pos);
    }
}

fn known_codes(catalogue: &Catalogue) -> BTreeSet<i64> {
    catalogue.codes.iter().map(|c| c.code.value).collect()
}

fn check_enhanced(diags: &mut Diagnostics, catalogue: &Catalogue) {
    let known = known_codes(catalogue);
    let subjects: BTreeSet<i64> = catalogue
        .enhanced_subjects
        .iter()
        .map(|s| s.digit.value)
        .collect();
    let mut codes = BTreeMap::new();
    let mut variants = BTreeMap::new();
    for entry in &catalogue.enhanced {
        let code = &entry.code;
        match parse_enhanced(&code.value) {
            None => diags.push(
                code.pos,
                format!(
                    "enhanced code `{}` is not of the form X.S.D (S and D one to three digits, \
                     e.g. \"X.1.1\")",
                    code.value
                ),
            ),
            Some((subject, detail)) => {
                if !subjects.contains(&i64::from(subject)) {
                    diags.push(
                        code.pos,
                        format!("enhanced code {} has subject {subject}, which has no [[enhanced_subject]]", code.value),
                    );
                }
                duplicate(
                    diags,
                    &mut codes,
                    &(subject, detail),
                    code.pos,
                    &format!("enhanced code {}", code.value),
                );
            }
        }
        check_variant(diags, &mut variants, &entry.variant, "[[enhanced]]");
        check_text(diags, &entry.title, "title");
        let mut seen = BTreeMap::new();
        for basic in &entry.basic {
            if !known.contains(&basic.value) {
                diags.push(
                    basic.pos,
                    format!(
                        "{} is associated with basic code {}, which is not a [[code]] in the catalogue",
                        code.value, basic.value
                    ),
                );
            }
            duplicate(
                diags,
                &mut seen,
                &basic.value,
                basic.pos,
                &format!("basic code {} in `basic`", basic.value),
            );
        }
        for other in &entry.basic_uncatalogued {
            if let Some(problem) = code_range_problem(other.value) {
                diags.push(other.pos, problem);
            } else if known.contains(&other.value) {
                diags.push(
                    other.pos,
                    format!(
                        "{} lists {} in `basic_uncatalogued`, but the catalogue has it: move it to `basic`",
                        code.value, other.value
                    ),
                );
            }
            duplicate(
                diags,
                &mut seen,
                &other.value,
                other.pos,
                &format!("basic code {} in `basic`", other.value),
            );
        }
        check_prose(diags, &entry.prose, entry.pos);
    }
}

fn is_command_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && name.as_bytes()[0].is_ascii_uppercase()
}

fn check_group(diags: &mut Diagnostics, group: &ReplyGroup, known: &BTreeSet<i64>) {
    check_reference(diags, &group.reference);
    let mut seen = BTreeMap::new();
    for (role, codes) in [
        ("success", &group.success),
        ("intermediate", &group.intermediate),
        ("error", &group.error),
    ] {
        for code in codes {
            if !known.contains(&code.value) {
                diags.push(
                    code.pos,
                    format!(
                        "{role} reply {} is not a [[code]] in the catalogue",
                        code.value
                    ),
                );
            }
            duplicate(
                diags,
                &mut seen,
                &code.value,
                code.pos,
                &format!("reply {} in this group", code.value),
            );
        }
    }
}

fn check_commands(diags: &mut Diagnostics, catalogue: &Catalogue) {
    let known = known_codes(catalogue);
    let mut names = BTreeMap::new();
    let mut variants = BTreeMap::new();
    for command in &catalogue.commands {
        let name = &command.name;
        if is_command_name(&name.value) {
            duplicate(
                diags,
                &mut names,
                &name.value,
                name.pos,
                &format!("command {}", name.value),
            );
        } else {
            diags.push(
                name.pos,
                format!(
                    "command name `{}` must be upper-case letters, digits and `-`",
                    name.value
                ),
            );
        }
        check_variant(diags, &mut variants, &command.variant, "[[command]]");
        check_text(diags, &command.syntax, "syntax");
        check_text(diags, &command.description, "description");
        check_references(diags, &command.references, command.pos);
        for group in &command.replies {
            check_group(diags, group, &known);
        }
    }
    for rule in &catalogue.any_command {
        check_group(diags, &rule.group, &known);
        for name in &rule.except {
            if !names.contains_key(&name.value) {
                diags.push(
                    name.pos,
                    format!("`except` names {}, which is not a [[command]]", name.value),
                );
            }
        }
    }
}
