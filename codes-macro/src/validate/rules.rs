//! Checks shared by every table: duplicates, variant names, empty texts and references.
//! Each reports at the line and column of the offending value and returns what it resolved.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span};

use crate::diagnostic::{Diagnostics, Pos};
use crate::fields::{Located, SourceRef};
use crate::model::{References, Term};
use crate::resolved::Reference;
use crate::text::{IANA_REGISTRY, is_reference, is_variant_name, reference_url};

/// Records `key` at `pos`; reports it at both places when it was recorded before.
pub fn duplicate<K: Ord + Clone>(
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

/// The identifier for a variant name, if it is a valid and new one.
pub fn variant(
    diags: &mut Diagnostics,
    seen: &mut BTreeMap<String, Pos>,
    variant: &Located<String>,
    table: &str,
) -> Option<Ident> {
    if !is_variant_name(&variant.value) {
        diags.push(
            variant.pos,
            format!(
                "invalid variant name `{}`: write it in UpperCamelCase with ASCII letters and \
                 digits, e.g. `ServiceReady`",
                variant.value
            ),
        );
        return None;
    }
    duplicate(
        diags,
        seen,
        &variant.value,
        variant.pos,
        &format!("variant name `{}` in {table}", variant.value),
    );
    // `is_variant_name` admits only what `Ident::new` accepts: ASCII letters and digits,
    // starting with a capital, not `Self`.
    Some(Ident::new(&variant.value, Span::call_site()))
}

/// Reports an empty text.
pub fn text(diags: &mut Diagnostics, field: &Located<String>, name: &str) {
    if field.value.trim().is_empty() {
        diags.push(field.pos, format!("`{name}` is empty"));
    }
}

/// Checks a list of references and gives each with its address.
pub fn references(diags: &mut Diagnostics, references: &References, owner: Pos) -> Vec<Reference> {
    if references.value.is_empty() {
        diags.push(
            references.pos,
            format!("`references` is empty: name at least one source (entry at {owner})"),
        );
    }
    references
        .value
        .iter()
        .filter_map(|r| reference(diags, r))
        .collect()
}

/// Checks one reference: an RFC or the registry by name, or a text with an `https://`
/// address.
pub fn reference(diags: &mut Diagnostics, source: &SourceRef) -> Option<Reference> {
    let text = &source.text;
    match &source.url {
        None if is_reference(&text.value) => Some(Reference {
            text: text.value.clone(),
            url: reference_url(&text.value),
        }),
        None => {
            diags.push(
                text.pos,
                format!(
                    "reference `{}` is not of the form \"RFC 5321 §4.2.3\" or \"{IANA_REGISTRY}\"; \
                     cite another source as {{ text = \"...\", url = \"https://...\" }}",
                    text.value
                ),
            );
            None
        }
        Some(url) => {
            let mut ok = true;
            if text.value.trim().is_empty() {
                diags.push(text.pos, "a reference's `text` is empty");
                ok = false;
            }
            if !url.value.starts_with("https://") || url.value.contains(char::is_whitespace) {
                diags.push(
                    url.pos,
                    format!("reference url `{}` must be an https:// address", url.value),
                );
                ok = false;
            }
            ok.then(|| Reference {
                text: text.value.clone(),
                url: url.value.clone(),
            })
        }
    }
}

/// Checks search keywords: lowercase words, each once.
pub fn keywords(diags: &mut Diagnostics, keywords: &[Located<String>]) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for keyword in keywords {
        let k = &keyword.value;
        if k.trim().is_empty() || k.trim() != k || k.to_lowercase() != *k {
            diags.push(
                keyword.pos,
                format!("keyword `{k}` must be lowercase words without surrounding spaces"),
            );
        }
        duplicate(diags, &mut seen, k, keyword.pos, &format!("keyword `{k}`"));
    }
    keywords.iter().map(|k| k.value.clone()).collect()
}

/// `2, 3 and 4`.
pub fn list<T: ToString>(items: &[T]) -> String {
    let words: Vec<String> = items.iter().map(ToString::to_string).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A number that fits in `u16`, or a report that it does not.
pub fn small(diags: &mut Diagnostics, value: &Located<i64>, what: &str) -> Option<u16> {
    let number = u16::try_from(value.value).ok();
    if number.is_none() {
        diags.push(value.pos, format!("{what} {} is out of range", value.value));
    }
    number
}

/// A status is only as good as its source: a code an RFC defines cites that RFC; one
/// registered on an Internet-Draft cites the draft; one no RFC defines cites the software
/// that sends it, as `{ text, url }`.
pub fn status_sources(diags: &mut Diagnostics, status: &Located<Term>, references: &References) {
    let refs = &references.value;
    let cited = |prefix: &str| refs.iter().any(|r| r.text.value.starts_with(prefix));
    let problem = match status.value.name {
        "draft"
            if !refs
                .iter()
                .any(|r| r.url.is_some() && r.text.value.starts_with("draft-")) =>
        {
            "a `draft` code cites its Internet-Draft: add { text = \"draft-...\", url = \
             \"https://datatracker.ietf.org/doc/...\" }"
        }
        "non-standard" if !refs.iter().any(|r| r.url.is_some()) => {
            "a `non-standard` code cites the software that sends it: add { text = \"...\", \
             url = \"https://...\" } for its documentation or source"
        }
        "draft" | "non-standard" => return,
        _ if !cited("RFC ") => {
            "a code with this status cites the RFC that defines it: add \"RFC N §x\", or \
             choose `draft` or `non-standard`"
        }
        _ => return,
    };
    diags.push(
        status.pos,
        format!("status `{}`: {problem}", status.value.name),
    );
}

/// Reports a `reply_text` that starts with an enhanced status code: the text is what the
/// reply says after its codes, and an enhanced code belongs to its `[[enhanced]]` entry.
pub fn reply_text(diags: &mut Diagnostics, field: &Located<String>) {
    let first = field.value.split(' ').next().unwrap_or_default();
    let parts: Vec<&str> = first.split('.').collect();
    let enhanced = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if enhanced {
        diags.push(
            field.pos,
            format!(
                "`reply_text` starts with the enhanced code `{first}`: write only the text, and \
                 list the code in the `basic` of that code's [[enhanced]] entry"
            ),
        );
    }
}

/// Checks a name written as lowercase words joined by `-` (`after-554-greeting`), used once
/// in its table; `what` names it in messages (`condition id`).
pub fn kebab_name(
    diags: &mut Diagnostics,
    seen: &mut BTreeMap<String, Pos>,
    name: &Located<String>,
    what: &str,
) {
    let well_formed = !name.value.is_empty()
        && name
            .value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !well_formed {
        diags.push(
            name.pos,
            format!(
                "{what} `{}` must be lowercase words joined by `-`",
                name.value
            ),
        );
    }
    duplicate(
        diags,
        seen,
        &name.value,
        name.pos,
        &format!("{what} `{}`", name.value),
    );
}
