//! Enhanced codes without a reply code: DSN `Status:` fields, `dsn=` in logs, qmail's
//! `(#5.1.1)`, and an enhanced code where a reply would stand.

use super::{Extractor, Finding};
use crate::AnyEnhancedCode;
use crate::deviation::{Deviation, Deviations};
use crate::scan::{
    ends_with_word, enhanced_at, find, leading_enhanced, strip_prefix_ignore_case, trim_blanks_end,
    trim_blanks_start,
};

impl Extractor {
    /// `Status: 5.1.1` (a DSN field), or `"status": "5.1.1"` in a delivery service's JSON: an
    /// enhanced code on its own.
    pub(super) fn status_field(&self, body: &[u8]) -> Option<Finding> {
        let value = strip_prefix_ignore_case(body, b"status:")
            .or_else(|| strip_prefix_ignore_case(body, b"\"status\":"))?;
        let value = trim_blanks_start(value);
        let value = value.strip_prefix(b"\"").unwrap_or(value);
        let (status, _) = enhanced_at(value)?;
        Some(Finding {
            line: self.line,
            text: self.text_of(trim_blanks_end(value)),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE,
        })
    }

    /// An enhanced code where a reply would stand but its basic code is missing:
    /// `...: 5.7.1 Spam message rejected` (a Postfix milter reject), `smtp; 5.1.0 - Unknown
    /// address`, `The server response was: 5.1.1 User unknown`, or a failure's code at the
    /// start of a line (`5.7.8 Username and Password not accepted`, as libraries print the
    /// reply without its basic code). Text must follow it, so that `Version: 2.5.1` is no
    /// code, and at the start of a line only a failure counts (`2.5.1 Release notes` is none).
    pub(super) fn bare_enhanced(&self, body: &[u8]) -> Option<Finding> {
        let at_line_start = bare_enhanced_at(body, 0).filter(|s| !s.is_success());
        let after_marks = || {
            body.iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b':' | b';'))
                .find_map(|(mark, _)| {
                    let version = ends_with_word(trim_blanks_end(&body[..mark]), b"version");
                    let start =
                        mark + 1 + body[mark + 1..].iter().take_while(|b| **b == b' ').count();
                    (!version)
                        .then(|| bare_enhanced_at(body, start))
                        .flatten()
                        .map(|s| (s, start))
                })
        };
        let (status, start) = at_line_start.map(|s| (s, 0)).or_else(after_marks)?;
        Some(Finding {
            line: self.line,
            text: self.text_of(trim_blanks_end(&body[start..])),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE,
        })
    }

    /// `dsn=5.1.1` (Postfix and Sendmail logs) on a line without a reply.
    pub(super) fn dsn_field(&self, body: &[u8]) -> Option<Finding> {
        let at = find(body, b"dsn=")?;
        if at > 0 && body[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let value = &body[at + 4..];
        let end = value
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b'.'))
            .unwrap_or(value.len());
        let (status, used) = leading_enhanced(&value[..end])?;
        (used == end).then(|| Finding {
            line: self.line,
            text: self.text_of(&body[at..at + 4 + end]),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE,
        })
    }

    /// qmail's `(#5.1.1)` at the end of a bounce sentence, on a line without a reply.
    pub(super) fn qmail_trailer(&self, body: &[u8]) -> Option<Finding> {
        let at = find(body, b"(#")?;
        let value = &body[at + 2..];
        let (status, used) = leading_enhanced_until(value, b')')?;
        Some(Finding {
            line: self.line,
            text: self.text_of(trim_blanks_end(body)),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE.with(Deviation::EnhancedNotAtStart),
        })
        .filter(|_| used > 0)
    }
}

/// An enhanced code of a registry subject at `start`, followed by a blank and text (a letter,
/// `<` or `-`).
fn bare_enhanced_at(body: &[u8], start: usize) -> Option<AnyEnhancedCode> {
    let (status, used) = leading_enhanced(&body[start..])?;
    let after = &body[start + used..];
    let text_follows = after.first() == Some(&b' ')
        && after
            .get(1)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'<' | b'-'));
    (text_follows && status.subject().is_some()).then_some(status)
}

/// `C.S.D` directly followed by `close`.
fn leading_enhanced_until(text: &[u8], close: u8) -> Option<(AnyEnhancedCode, usize)> {
    let end = memchr::memchr(close, text)?;
    let (status, used) = leading_enhanced(&text[..end])?;
    (used == end).then_some((status, used))
}
