//! Replies inside a line of a log, a header or a bounce, possibly continued on the following
//! lines: where the reply's text ends, its segments (`550-5.7.26 ... 550 5.7.26 ...`), and
//! the enhanced code that comes with each.

use alloc::string::String;

use super::position::{first_candidate, tuple_text};
use super::{Extractor, Finding};
use crate::deviation::{Deviation, Deviations};
use crate::reply::misplaced_enhanced;
use crate::scan::{find, leading_enhanced, trim_blanks_end, trim_blanks_start};
use crate::{AnyEnhancedCode, AnyReplyCode};

#[derive(Debug)]
pub(super) struct Embedded {
    pub(super) finding: Finding,
    pub(super) digits: [u8; 3],
    /// The last segment ended with `-`: more of the reply is expected.
    pub(super) continues: bool,
    pub(super) segments: usize,
    pub(super) segments_with_enhanced: usize,
    pub(super) lines: usize,
    /// Text after the reply (`(in reply to ...`) was cut: later lines are not part of it.
    pub(super) closed_text: bool,
    /// The line ended right after the code: a formatter wrapped the reply, and its text (and
    /// enhanced code) should follow on the next line.
    pub(super) awaiting_text: bool,
}

impl Extractor {
    /// Looks for a reply inside a line at or after `from`; returns it, still open for
    /// continuation lines, and where its text ends in the line.
    pub(super) fn start_embedded(&self, body: &[u8], from: usize) -> Option<(Embedded, usize)> {
        let at = first_candidate(body, from)?;
        let mut at = at;
        // A fragment that never finishes (`220-laposte 421 4.2.1 ...`) gives way to a
        // complete reply with a different code later on the same line.
        if body.get(at + 3) == Some(&b'-') {
            let digits = [body[at], body[at + 1], body[at + 2]];
            let mut from = at + 3;
            while let Some(next) = first_candidate(body, from) {
                from = next + 3;
                if body[next..next + 3] == digits {
                    continue;
                }
                if body.get(next + 3) == Some(&b' ')
                    && enhanced_after(body, next).is_some()
                    && !contains_final_segment(&body[at..next], digits)
                {
                    at = next;
                }
                break;
            }
        }
        let digits = [body[at], body[at + 1], body[at + 2]];
        let code = AnyReplyCode::from_ascii(&digits).ok()?;
        let mut open = Embedded {
            finding: Finding {
                line: self.line,
                text: String::new(),
                code: Some(code),
                enhanced: None,
                deviations: Deviations::NONE,
            },
            digits,
            continues: true,
            segments: 0,
            segments_with_enhanced: 0,
            lines: 1,
            closed_text: false,
            awaiting_text: false,
        };
        let opener = tuple_text(body, at)
            .map_or_else(|| opener_before(body, at), |start| Some(body[start - 1]));
        let (text, closed) = reply_extent(&body[at..], opener);
        open.closed_text = closed;
        check_utf8(&mut open, text);
        Self::add_segments(&mut open, text, true);
        if open.finding.enhanced.is_none() {
            if let Some(status) =
                misplaced_enhanced(text.get(4..).unwrap_or(&[]), code.class().digit())
            {
                open.finding.enhanced = Some(status);
                open.finding
                    .deviations
                    .insert(Deviation::EnhancedNotAtStart);
            }
        }
        if self.keep_text {
            open.finding
                .text
                .push_str(&String::from_utf8_lossy(trim_blanks_end(text)));
        }
        Some((open, at + text.len()))
    }

    /// Adds a continuation line's text to an open reply.
    pub(super) fn continue_embedded(
        &self,
        open: &mut Embedded,
        body: &[u8],
        look_for_segments: bool,
    ) {
        let body = trim_blanks_start(body);
        let (text, closed) = reply_extent(body, None);
        open.closed_text |= closed;
        check_utf8(open, text);
        if open.awaiting_text && !text.is_empty() {
            open.awaiting_text = false;
            if open.finding.enhanced.is_none() {
                if let Some((status, _)) = leading_enhanced(text) {
                    open.finding.enhanced = Some(status);
                    open.segments_with_enhanced += 1;
                }
            }
        }
        if look_for_segments && open.continues {
            Self::add_segments(open, text, false);
        }
        if self.keep_text && !text.is_empty() {
            open.finding.text.push(' ');
            open.finding
                .text
                .push_str(&String::from_utf8_lossy(trim_blanks_end(text)));
        }
    }

    /// Reads the segments (`550-5.7.26 ...`, `550 5.7.26 ...`) of one reply in `text`.
    /// `starts_with_code` says whether `text` begins at a segment.
    fn add_segments(open: &mut Embedded, text: &[u8], starts_with_code: bool) {
        let mut from = 0;
        let mut first = starts_with_code;
        loop {
            let at = if first {
                Some(0)
            } else {
                next_segment(text, from, open.digits)
            };
            first = false;
            let Some(at) = at else { break };
            if !open.continues {
                break;
            }
            from = at + 3;
            open.segments += 1;
            let sep = text.get(at + 3).copied();
            open.continues = sep == Some(b'-');
            if sep.is_none() || (sep == Some(b' ') && text[at + 4..].iter().all(|b| *b == b' ')) {
                // Bare unless the next line turns out to hold the rest (see `finish_embedded`).
                open.awaiting_text = true;
            }
            if open.digits[1] > b'5' {
                open.finding
                    .deviations
                    .insert(Deviation::SecondDigitOutOfRange);
            }
            if let Some((status, misplaced)) = enhanced_after(text, at) {
                open.segments_with_enhanced += 1;
                if misplaced {
                    open.finding
                        .deviations
                        .insert(Deviation::EnhancedNotAtStart);
                }
                match open.finding.enhanced {
                    None => open.finding.enhanced = Some(status),
                    Some(first) if first != status => {
                        open.finding
                            .deviations
                            .insert(Deviation::EnhancedCodesDiffer);
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

/// Records a reply's bytes that are not UTF-8. The bytes decide, as in `Reply::parse`: the
/// kept text is decoded lossily (and empty when counting), and real text may hold U+FFFD.
fn check_utf8(open: &mut Embedded, text: &[u8]) {
    if !text.is_ascii() && core::str::from_utf8(text).is_err() {
        open.finding.deviations.insert(Deviation::NotUtf8);
    }
}

/// Completes an embedded reply: enhanced-code checks, a code tucked into the text, and a
/// reply that never reached its final line.
pub(super) fn finish_embedded(mut open: Embedded) -> Finding {
    let finding = &mut open.finding;
    if open.awaiting_text {
        finding.deviations.insert(Deviation::BareCode);
    }
    if open.continues {
        finding.deviations.insert(Deviation::UnfinishedMultiline);
    }
    if open.segments_with_enhanced > 0 && open.segments_with_enhanced < open.segments {
        finding
            .deviations
            .insert(Deviation::EnhancedMissingOnSomeLines);
    }
    if let (Some(code), Some(status)) = (finding.code, finding.enhanced) {
        if code.class().digit() != status.class().digit() {
            finding.deviations.insert(Deviation::EnhancedClassMismatch);
        }
    }
    open.finding
}

/// The next segment of a reply with `digits` in `text` at or after `from`: the code, preceded
/// by a blank (or the start) and followed by `-`, a space or the end.
fn next_segment(text: &[u8], from: usize, digits: [u8; 3]) -> Option<usize> {
    let mut from = from;
    while let Some(i) = find(&text[from.min(text.len())..], &digits) {
        let at = from + i;
        from = at + 1;
        // A JSON string keeps a reply's line breaks as the two characters `\n`.
        let left = at == 0
            || matches!(text[at - 1], b' ' | b'\t' | b'\'' | b'"')
            || text[..at].ends_with(b"\\n");
        let right = matches!(text.get(at + 3), None | Some(b' ' | b'-'));
        if left && right {
            return Some(at);
        }
    }
    None
}

pub(super) fn contains_segment(body: &[u8], digits: [u8; 3]) -> bool {
    next_segment(trim_blanks_start(body), 0, digits).is_some()
}

fn contains_final_segment(text: &[u8], digits: [u8; 3]) -> bool {
    let mut from = 0;
    while let Some(at) = next_segment(text, from, digits) {
        if text.get(at + 3) != Some(&b'-') {
            return true;
        }
        from = at + 3;
    }
    false
}

/// The quote or parenthesis that opens right before the reply, if any.
fn opener_before(body: &[u8], at: usize) -> Option<u8> {
    match at.checked_sub(1).map(|i| body[i]) {
        Some(q @ (b'\'' | b'"')) => Some(q),
        _ => None,
    }
}

/// Where the reply's text ends in `text` (which starts at the reply): before a closing quote,
/// Postfix's ` (in reply to ...` and `; from=<...`, and an unbalanced `)`. Also says whether
/// something was cut, meaning the reply is over.
fn reply_extent(text: &[u8], opener: Option<u8>) -> (&[u8], bool) {
    let mut end = text.len();
    let mut closed = false;
    // The closing quote: the first after the code that no letter or digit follows (the
    // quote of `weren't` is none).
    if let Some(quote) = opener {
        let closing = memchr::memchr_iter(quote, text)
            .find(|&i| i > 3 && !text.get(i + 1).is_some_and(u8::is_ascii_alphanumeric));
        if let Some(i) = closing {
            end = i;
            closed = true;
        }
    }
    for marker in [&b" (in reply to "[..], b"(in reply to ", b"; from=<"] {
        if let Some(i) = find(&text[..end], marker) {
            end = i;
            closed = true;
        }
    }
    let mut cut = trim_blanks_end(&text[..end]);
    loop {
        let opening = memchr::memchr_iter(b'(', cut).count();
        let closing = memchr::memchr_iter(b')', cut).count();
        match cut.last() {
            Some(b')') if closing > opening => {
                cut = trim_blanks_end(&cut[..cut.len() - 1]);
                closed = true;
            }
            _ => break,
        }
    }
    (cut, closed)
}

/// An enhanced code right after the code at `at` (past a space or `-`, an optional quote or
/// `#`), and whether it was misplaced (`#`).
pub(super) fn enhanced_after(body: &[u8], at: usize) -> Option<(AnyEnhancedCode, bool)> {
    if let Some(start) = tuple_text(body, at) {
        return leading_enhanced(body.get(start..)?).map(|(status, _)| (status, false));
    }
    let mut i = at + 3;
    // `ERROR_CODE :550, ERROR_CODE :5.1.1 ...` (Zoho): the enhanced code under a key of its
    // own after a comma.
    if body.get(i) == Some(&b',') {
        let rest = trim_blanks_start(body.get(i + 1..)?);
        let key = rest
            .iter()
            .take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'-'))
            .count();
        let after = trim_blanks_start(&rest[key..]);
        let value = after
            .strip_prefix(b":")
            .or_else(|| after.strip_prefix(b"="))?;
        return (key > 0)
            .then(|| leading_enhanced(trim_blanks_start(value)))
            .flatten()
            .map(|(status, _)| (status, false));
    }
    // `530: 5.7.0 ...`: a colon glued to the code.
    if body.get(i) == Some(&b':') {
        i += 1;
    }
    if !matches!(body.get(i), Some(b' ' | b'-' | b'\t')) {
        return None;
    }
    i += 1;
    while body.get(i) == Some(&b' ') {
        i += 1;
    }
    // `ERROR CODE :550 - 5.1.1 ...`: a dash between the two codes.
    if body.get(i..i + 2) == Some(&b"- "[..]) {
        i += 2;
    }
    let mut misplaced = false;
    if matches!(body.get(i), Some(b'\'' | b'"')) {
        i += 1;
    } else if body.get(i) == Some(&b'#') {
        i += 1;
        misplaced = true;
    }
    leading_enhanced(body.get(i..)?).map(|(status, _)| (status, misplaced))
}
