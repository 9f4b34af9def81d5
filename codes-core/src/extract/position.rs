//! Where a number counts as a reply code inside free text: at the places mail software
//! writes one (after `said:`, `smtp;`, `reject=`, a quote, a colon), or when an enhanced code
//! follows it; never inside IP addresses, dates, sizes or units.

use super::embedded::enhanced_after;
use super::prefilter::first_code;
use crate::scan::{ends_with_word, find, is_class_digit, trim_blanks_end, trim_blanks_start};

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

/// Whether `text` ends with `error code`, `SMTP code`, `reply code` or `response code` (an
/// exit or HTTP status code is none), in any case, and not with what a program expected
/// (`Expected response code 354 but got code "554"`).
fn names_a_code(text: &[u8]) -> bool {
    const KINDS: [&[u8]; 4] = [b"error", b"smtp", b"reply", b"response"];
    if !ends_with_word(text, b"code") {
        return false;
    }
    let before = trim_blanks_end(&text[..text.len() - 4]);
    let Some(kind) = KINDS.iter().find(|w| ends_with_word(before, w)) else {
        return false;
    };
    before.len() < text.len() - 4
        && !ends_with_word(
            trim_blanks_end(&before[..before.len() - kind.len()]),
            b"expected",
        )
}

/// `key=` fields whose value is a reply (Sendmail `reject=`, `reply=`; Courier `msg="`;
/// `OpenSMTPD` `stat="`).
const REPLY_KEYS: [&[u8]; 6] = [b"reject", b"reply", b"response", b"resp", b"msg", b"stat"];

/// Whether the code at `at` sits where mail software writes a reply.
pub(super) fn accepted(body: &[u8], at: usize) -> bool {
    if !is_code_at(body, at) {
        return false;
    }
    // `"code": 550`, `ERROR_CODE :550`, `smtp_code=550`: a key says what the number is.
    if code_key_before(body, at) {
        return true;
    }
    let prev = if at == 0 { None } else { Some(body[at - 1]) };
    if prev == Some(b'#') && in_address(body, at) {
        return false;
    }
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
    if body.get(at + 3) == Some(&b',') && prev == Some(b'(') {
        // `(550, b'...')`: Python's smtplib.
        return tuple_text(body, at).is_some();
    }
    // `550-'Unknown user ...'`: a dash and a quoted text follow only a reply code; and
    // `bounced (550): mailbox unavailable` puts the code in brackets before its text.
    let quoted_after_dash =
        body.get(at + 3) == Some(&b'-') && matches!(body.get(at + 4), Some(b'\'' | b'"'));
    let bracketed = prev == Some(b'(') && body.get(at + 3..at + 5) == Some(&b"):"[..]);
    if bracketed {
        return true;
    }
    if strong || prev == Some(b',') || quoted_after_dash {
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
    // After a diagnostic type (`smtp;`) anything may follow.
    if before.last() == Some(&b';') {
        return true;
    }
    let by_word =
        |text: &[u8]| TRIGGER_WORDS.iter().any(|w| ends_with_word(text, w)) || names_a_code(text);
    // A colon, a word such as `said`, or a trace's direction (`SMTP<<`) announces a reply.
    let announced = before.last() == Some(&b':') || by_word(before) || before.ends_with(b"<<");
    // At the end of the line after `said:`: a formatter wrapped the reply there, and its text
    // (often with the enhanced code) follows on the next line. A colon alone is not enough
    // (`queue size: 250`).
    if body.get(at + 3).is_none() {
        return by_word(before.strip_suffix(b":").unwrap_or(before));
    }
    // Elsewhere text must follow the code, and not a unit (`Size: 250 KB` is no reply); a
    // comma or a full stop only after a word that announces a reply (`error 550, mailbox
    // unavailable`, `returned 550.`).
    let (glued_colon, rest) = match body.get(at + 3) {
        Some(b':') => (true, trim_blanks_start(&body[at + 4..])),
        Some(b' ' | b'-') => (false, &body[at + 4..]),
        Some(b',' | b'.') if by_word(before.strip_suffix(b":").unwrap_or(before)) => {
            return body.get(at + 4).is_none_or(|b| *b == b' ');
        }
        _ => return false,
    };
    let len = rest
        .iter()
        .position(|b| !b.is_ascii_alphanumeric() && *b != b'%')
        .unwrap_or(rest.len());
    let word = &rest[..len];
    if word.is_empty() && rest.is_empty() {
        return false;
    }
    // A quantity (`250 KB`, `550 10`) unless a word such as `said` announced a reply.
    let quantity = word.first().is_some_and(u8::is_ascii_digit)
        || UNITS.iter().any(|u| word.eq_ignore_ascii_case(u));
    if quantity && !by_word(before.strip_suffix(b":").unwrap_or(before)) {
        return false;
    }
    // `554: delivery error` at the start of a line: the colon glued to the code, and words.
    let line_start_colon = before.is_empty() && glued_colon && !word.is_empty();
    announced || line_start_colon
}

/// Whether the `#` before the code at `at` belongs to an address (`https://host/help#451`).
fn in_address(body: &[u8], at: usize) -> bool {
    let start = body[..at]
        .iter()
        .rposition(|b| matches!(b, b' ' | b'\t' | b'(' | b'<' | b'"' | b'\''))
        .map_or(0, |i| i + 1);
    let token = &body[start..at];
    find(token, b"://").is_some() || token.contains(&b'/')
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

/// A key that names a reply code right before the code at `at`: `"code": 550` in JSON from
/// delivery services (`code`, `smtp-code`, `status-code`...), and, unquoted, only a key that
/// says it is a mail or error code (`ERROR_CODE :550`, `smtp_code=550`): an unquoted
/// `status_code=404` is a web server's.
fn code_key_before(body: &[u8], at: usize) -> bool {
    let before = trim_blanks_end(&body[..at]);
    let Some(before) = before
        .strip_suffix(b":")
        .or_else(|| before.strip_suffix(b"="))
    else {
        return false;
    };
    let before = trim_blanks_end(before);
    let quoted = before.ends_with(b"\"");
    let key = before.strip_suffix(b"\"").unwrap_or(before);
    let start = key
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')))
        .map_or(0, |i| i + 1);
    let key = &key[start..];
    // The key's letters, lowercased, without `_` and `-` (`ERROR_CODE`, `smtp-code`); a key
    // longer than any of ours is none of them.
    let mut letters = [0u8; 16];
    let mut len = 0;
    for b in key.iter().filter(|b| b.is_ascii_alphabetic()) {
        if len == letters.len() {
            return false;
        }
        letters[len] = b.to_ascii_lowercase();
        len += 1;
    }
    match &letters[..len] {
        b"code" | b"statuscode" => quoted || names_a_code(before),
        b"responsecode" => quoted,
        b"smtpcode" | b"replycode" | b"errorcode" | b"smtpstatus" => true,
        _ => false,
    }
}

/// The `key` of a `key=` that ends at `eq` (the index of `=`).
fn key_before(body: &[u8], eq: usize) -> Option<&[u8]> {
    let start = body[..eq]
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(0, |i| i + 1);
    (start < eq).then(|| &body[start..eq])
}

/// The first accepted reply code in `body` at or after `from`. A code is a whole run of
/// three digits (never part of a longer number), so only the starts of such runs are tried.
pub(super) fn first_candidate(body: &[u8], from: usize) -> Option<usize> {
    first_code(body, from, |at| accepted(body, at))
}

fn is_code_at(body: &[u8], at: usize) -> bool {
    at + 3 <= body.len()
        && is_class_digit(body[at])
        && body[at + 1].is_ascii_digit()
        && body[at + 2].is_ascii_digit()
        && matches!(
            body.get(at + 3),
            None | Some(b' ' | b'\t' | b'-' | b'\'' | b'"' | b',' | b':' | b'.' | b')')
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
