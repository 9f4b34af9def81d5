//! Where a number counts as a reply code inside free text: at the places mail software
//! writes one (after `said:`, `smtp;`, `reject=`, a quote, a colon), or when an enhanced code
//! follows it; never inside IP addresses, dates, sizes or units.

use alloc::vec::Vec;

use super::embedded::enhanced_after;
use crate::scan::{ends_with_word, is_class_digit, trim_blanks_end};

/// Words and marks after which mail software writes a reply.
const TRIGGER_WORDS: [&[u8]; 8] = [
    b"said",
    b"returned",
    b"responded",
    b"replied",
    b"answered",
    b"response",
    b"reply",
    b"error",
];

/// `key=` fields whose value is a reply (Sendmail `reject=`, `reply=`; Courier `msg="`;
/// `OpenSMTPD` `stat="`).
const REPLY_KEYS: [&[u8]; 6] = [b"reject", b"reply", b"response", b"resp", b"msg", b"stat"];

/// Whether the code at `at` sits where mail software writes a reply.
pub(super) fn accepted(body: &[u8], at: usize) -> bool {
    if !is_code_at(body, at) {
        return false;
    }
    let prev = if at == 0 { None } else { Some(body[at - 1]) };
    let strong = enhanced_after(body, at).is_some();
    let left_ok = match prev {
        None | Some(b' ' | b'\t' | b'(' | b'\'' | b'"' | b'#' | b';') => true,
        Some(b'=') => {
            strong
                || key_before(body, at - 1)
                    .is_some_and(|k| REPLY_KEYS.iter().any(|r| k.eq_ignore_ascii_case(r)))
        }
        // `LED=[{550 5.1.10 ...` (Exchange message tracking), `<421 4.4.2 ...>`
        Some(b'[' | b'{' | b'<') => strong,
        // Exchange protocol logs are CSV with `<` marking what the server sent: `<,550 ...`.
        Some(b',') => strong || (at >= 2 && body[at - 2] == b'<'),
        _ => false,
    };
    if !left_ok {
        return false;
    }
    if body.get(at + 3) == Some(&b',') {
        // Only `(550, b'...')` and `"code": 550,` forms carry a code before a comma.
        return (prev == Some(b'(') && tuple_text(body, at).is_some()) || json_code_key(body, at);
    }
    if strong || prev == Some(b',') {
        return true;
    }
    if prev == Some(b'=') {
        return true;
    }
    // What comes before, without blanks and an opening quote.
    let mut end = at;
    while end > 0 && matches!(body[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    if end > 0 && matches!(body[end - 1], b'\'' | b'"') {
        let quote_end = end - 1;
        // `msg="535 ..."`, `returned '550 ...'`
        let before = &body[..quote_end];
        if before.ends_with(b"=") {
            return key_before(body, quote_end - 1)
                .is_some_and(|k| REPLY_KEYS.iter().any(|r| k.eq_ignore_ascii_case(r)));
        }
        end = quote_end;
        while end > 0 && body[end - 1] == b' ' {
            end -= 1;
        }
    }
    let before = &body[..end];
    // After a diagnostic type (`smtp;`) anything may follow; elsewhere text must follow the
    // code, and not a unit (`Size: 250 KB` is no reply).
    if before.last() == Some(&b';') {
        return true;
    }
    let word = match body.get(at + 3) {
        Some(b' ' | b'-') => {
            let rest = &body[at + 4..];
            let len = rest
                .iter()
                .position(|b| !b.is_ascii_alphanumeric() && *b != b'%')
                .unwrap_or(rest.len());
            &rest[..len]
        }
        _ => return false,
    };
    if word.is_empty() && body.get(at + 4).is_none_or(u8::is_ascii_digit) {
        return false;
    }
    if word.first().is_some_and(u8::is_ascii_digit)
        || UNITS.iter().any(|u| word.eq_ignore_ascii_case(u))
    {
        return false;
    }
    before.last() == Some(&b':') || TRIGGER_WORDS.iter().any(|w| ends_with_word(before, w))
}

/// Words that make a number a quantity, not a reply code.
const UNITS: [&[u8]; 16] = [
    b"ms",
    b"s",
    b"sec",
    b"secs",
    b"seconds",
    b"minutes",
    b"kb",
    b"mb",
    b"gb",
    b"k",
    b"m",
    b"bytes",
    b"b",
    b"%",
    b"msgs",
    b"messages",
];

/// `"code": 550` in JSON from delivery services (`code`, `smtp-code`, `status-code`...).
fn json_code_key(body: &[u8], at: usize) -> bool {
    let before = trim_blanks_end(&body[..at]);
    let Some(before) = before.strip_suffix(b":") else {
        return false;
    };
    let Some(key) = trim_blanks_end(before).strip_suffix(b"\"") else {
        return false;
    };
    let start = key.iter().rposition(|b| *b == b'"').map_or(0, |i| i + 1);
    let key = &key[start..];
    let key_lower: Vec<u8> = key
        .iter()
        .map(u8::to_ascii_lowercase)
        .filter(u8::is_ascii_alphabetic)
        .collect();
    matches!(
        key_lower.as_slice(),
        b"code" | b"smtpcode" | b"statuscode" | b"responsecode" | b"replycode"
    )
}

/// The `key` of a `key=` that ends at `eq` (the index of `=`).
fn key_before(body: &[u8], eq: usize) -> Option<&[u8]> {
    let start = body[..eq]
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(0, |i| i + 1);
    (start < eq).then(|| &body[start..eq])
}

/// The first accepted reply code in `body` at or after `from`.
pub(super) fn first_candidate(body: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 3 <= body.len() {
        let b = body[i];
        if is_class_digit(b) && accepted(body, i) {
            return Some(i);
        }
        // Skip the rest of a run of digits: a code never starts inside one.
        if b.is_ascii_digit() {
            while i < body.len() && body[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    None
}

fn is_code_at(body: &[u8], at: usize) -> bool {
    at + 3 <= body.len()
        && is_class_digit(body[at])
        && body[at + 1].is_ascii_digit()
        && body[at + 2].is_ascii_digit()
        && matches!(
            body.get(at + 3),
            None | Some(b' ' | b'\t' | b'-' | b'\'' | b'"' | b',')
        )
}

/// `(550, b'5.1.1 ...')` (Python's smtplib) or `(550, '...')`: where the text starts after a
/// code followed by a comma, if it is one of these forms.
pub(super) fn tuple_text(body: &[u8], at: usize) -> Option<usize> {
    let rest = body.get(at + 3..)?;
    let rest_start = at + 3;
    for form in [&b", b'"[..], b", b\"", b", '", b", \""] {
        if rest.starts_with(form) {
            return Some(rest_start + form.len());
        }
    }
    None
}
