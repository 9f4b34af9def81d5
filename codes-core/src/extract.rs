//! Finding SMTP replies in free text: MTA logs (Postfix, Exim, Sendmail, Courier, qmail),
//! DSN fields (`Diagnostic-Code:`, `Status:`), Exchange NDR text and pasted bounces
//! (feature `alloc`).
//!
//! Text is read line by line, so a log of any size is scanned in bounded memory. A number
//! counts as a reply code only where mail software writes one — at the start of a line, after
//! `said:`, `smtp;`, `reject=`, a quote or a colon — or when an enhanced status code follows
//! it; digits inside IP addresses, dates, times, versions, ports, sizes and queue IDs are not
//! codes. A multi-line reply (`550-5.7.26 ...` lines, also when a log flattens or a header
//! folds them) is one finding.
//!
//! ```
//! use codes_core::extract::extract;
//!
//! let log = "Jul 12 07:47:48 mx postfix/smtp[8738]: 4F3A2B1C9D: to=<a@example.org>, \
//!            relay=mx.example.org[192.0.2.1]:25, delay=0.55, dsn=5.1.1, status=bounced \
//!            (host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: User unknown \
//!            (in reply to RCPT TO command))";
//! let findings = extract(log.as_bytes());
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].code.map(|c| c.as_u16()), Some(550));
//! assert_eq!(findings[0].enhanced.map(|e| e.to_string()).as_deref(), Some("5.1.1"));
//! assert_eq!(findings[0].text, "550 5.1.1 <a@example.org>: User unknown");
//!
//! assert!(extract(b"Nov 28 10:22:33 192.0.2.25 size=5500 port 587 v2.5.1").is_empty());
//! ```

use alloc::string::String;
use alloc::vec::Vec;

use crate::deviation::{Deviation, Deviations};
use crate::reply::{Reply, leading_enhanced, misplaced_enhanced};
use crate::{BasicCode, EnhancedStatus};

/// One reply found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The 1-based line where the reply starts.
    pub line: usize,
    /// What was found: the reply as written (lines joined with `\n`), or the status value.
    /// Empty when the extractor was told not to keep text.
    pub text: String,
    /// The basic reply code; `None` for a bare enhanced code (`Status: 5.1.1`, `dsn=5.1.1`).
    pub code: Option<BasicCode>,
    /// The enhanced status code, when the reply carries one.
    pub enhanced: Option<EnhancedStatus>,
    /// How the reply departs from RFC 5321 / RFC 2034.
    pub deviations: Deviations,
}

/// Longest text kept for one finding, and most lines one finding may span: bounds memory.
const MAX_TEXT: usize = 16 * 1024;
const MAX_LINES: usize = 256;

/// A reply spread over several input lines, still collecting.
#[derive(Debug)]
enum Open {
    /// Reply lines pasted as they are (`250-...` lines at the start of input lines).
    Raw {
        line: usize,
        digits: [u8; 3],
        bytes: Vec<u8>,
        lines: usize,
    },
    /// A reply inside a log line or header, possibly continued on following lines.
    Embedded(Embedded),
}

#[derive(Debug)]
struct Embedded {
    finding: Finding,
    digits: [u8; 3],
    /// The last segment ended with `-`: more of the reply is expected.
    continues: bool,
    segments: usize,
    segments_with_enhanced: usize,
    lines: usize,
    /// Text after the reply (`(in reply to ...`) was cut: later lines are not part of it.
    closed_text: bool,
}

/// Finds replies in text fed one line at a time.
#[derive(Debug)]
pub struct Extractor {
    line: usize,
    open: Option<Open>,
    keep_text: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Extracts every reply from a whole text.
pub fn extract(input: &[u8]) -> Vec<Finding> {
    let mut extractor = Extractor::new();
    let mut findings = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        extractor.push_line(&rest[..end], &mut |f| findings.push(f));
        rest = &rest[end..];
    }
    extractor.finish(&mut |f| findings.push(f));
    findings
}

impl Extractor {
    /// An extractor that keeps the text of what it finds.
    pub fn new() -> Self {
        Extractor {
            line: 0,
            open: None,
            keep_text: true,
        }
    }

    /// An extractor that only reads codes, for counting: faster, and `text` stays empty.
    pub fn codes_only() -> Self {
        Extractor {
            keep_text: false,
            ..Self::new()
        }
    }

    /// Feeds one line, with or without its line end. Replies that are complete are passed to
    /// `emit`, in input order.
    pub fn push_line(&mut self, raw: &[u8], emit: &mut impl FnMut(Finding)) {
        self.line += 1;
        // qmail-send logs write the remote reply with `_` for every space:
        // `Remote_host_said:_550_5.1.1_<a@example.org>...`.
        if find(raw, b"_said:_").is_some() {
            let spaced: Vec<u8> = raw
                .iter()
                .map(|&b| if b == b'_' { b' ' } else { b })
                .collect();
            self.read_line(&spaced, emit);
        } else {
            self.read_line(raw, emit);
        }
    }

    fn read_line(&mut self, raw: &[u8], emit: &mut impl FnMut(Finding)) {
        let content = strip_line_end(raw);
        let indented = matches!(content.first(), Some(b' ' | b'\t'));
        let (prefix_len, body) = strip_quote_prefix(content);

        // A reply already collecting?
        match self.open.take() {
            Some(Open::Raw {
                line,
                digits,
                mut bytes,
                lines,
            }) => {
                if let Some(sep) = continuation_shape(body) {
                    if lines < MAX_LINES && bytes.len() < MAX_TEXT {
                        bytes.extend_from_slice(&raw[prefix_len..]);
                        if sep == b'-' {
                            self.open = Some(Open::Raw {
                                line,
                                digits,
                                bytes,
                                lines: lines + 1,
                            });
                        } else {
                            emit(self.finish_raw(line, &bytes));
                        }
                        return;
                    }
                }
                emit(self.finish_raw(line, &bytes));
            }
            Some(Open::Embedded(mut open)) => {
                let continues = open.lines < MAX_LINES && open.finding.text.len() < MAX_TEXT;
                if continues && open.continues && (indented || contains_segment(body, open.digits))
                {
                    open.lines += 1;
                    self.continue_embedded(&mut open, body, true);
                    self.keep_open(open);
                    return;
                }
                if continues && indented && !open.closed_text && raw_reply_shape(body).is_none() {
                    // A folded header or a wrapped bounce: the reply's text goes on.
                    open.lines += 1;
                    self.continue_embedded(&mut open, body, false);
                    self.keep_open(open);
                    return;
                }
                emit(finish_embedded(open));
            }
            None => {}
        }

        if let Some(sep) = raw_reply_shape(body) {
            let mut bytes = Vec::new();
            bytes.extend_from_slice(&raw[prefix_len..]);
            if sep == b'-' {
                self.open = Some(Open::Raw {
                    line: self.line,
                    digits: [body[0], body[1], body[2]],
                    bytes,
                    lines: 1,
                });
            } else {
                emit(self.finish_raw(self.line, &bytes));
            }
            return;
        }
        if let Some(finding) = self.status_field(body) {
            emit(finding);
            return;
        }
        if let Some(open) = self.start_embedded(body) {
            self.keep_open(open);
            return;
        }
        if let Some(finding) = self
            .dsn_field(body)
            .or_else(|| self.qmail_trailer(body))
            .or_else(|| self.bare_enhanced(body))
        {
            emit(finding);
        }
    }

    /// Ends the input: a reply still collecting is passed to `emit`.
    pub fn finish(&mut self, emit: &mut impl FnMut(Finding)) {
        match self.open.take() {
            Some(Open::Raw { line, bytes, .. }) => emit(self.finish_raw(line, &bytes)),
            Some(Open::Embedded(open)) => emit(finish_embedded(open)),
            None => {}
        }
    }

    /// Keeps a reply open: it may go on (after a `-` segment, or in folded lines); the next
    /// line decides.
    fn keep_open(&mut self, open: Embedded) {
        self.open = Some(Open::Embedded(open));
    }

    fn finish_raw(&self, line: usize, bytes: &[u8]) -> Finding {
        // The lines were checked to start with a reply code, so the parser accepts them.
        let (code, enhanced, deviations) = match Reply::parse(bytes) {
            Ok(reply) => (Some(reply.code()), reply.enhanced(), reply.deviations()),
            Err(_) => (
                BasicCode::from_ascii(&bytes[..3]).ok(),
                None,
                Deviations::NONE,
            ),
        };
        let text = if self.keep_text {
            let mut text = String::new();
            for (i, l) in bytes
                .split(|b| *b == b'\n')
                .filter(|l| !l.is_empty())
                .enumerate()
            {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str(&String::from_utf8_lossy(strip_line_end(l)));
            }
            text
        } else {
            String::new()
        };
        Finding {
            line,
            text,
            code,
            enhanced,
            deviations,
        }
    }

    /// `Status: 5.1.1` (a DSN field): an enhanced code on its own.
    fn status_field(&self, body: &[u8]) -> Option<Finding> {
        let value = strip_prefix_ignore_case(body, b"status:")?;
        let value = trim_start(value);
        let (status, _) = leading_enhanced(value)?;
        Some(Finding {
            line: self.line,
            text: self.text_of(trim_end(value)),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE,
        })
    }

    /// An enhanced code where a reply would stand but its basic code is missing:
    /// `...: 5.7.1 Spam message rejected` (a Postfix milter reject), `smtp; 5.1.0 - Unknown
    /// address`, `The server response was: 5.1.1 User unknown`. Text must follow it, so that
    /// `Version: 2.5.1` is no code.
    fn bare_enhanced(&self, body: &[u8]) -> Option<Finding> {
        let mut from = 0;
        while let Some(i) = body[from..].iter().position(|b| matches!(b, b':' | b';')) {
            let mark = from + i;
            from = mark + 1;
            let start = mark + 1 + body[mark + 1..].iter().take_while(|b| **b == b' ').count();
            let Some((status, used)) = leading_enhanced(&body[start..]) else {
                continue;
            };
            let after = &body[start + used..];
            let text_follows = after.first() == Some(&b' ')
                && after
                    .get(1)
                    .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'<' | b'-'));
            let version = ends_with_word(trim_end(&body[..mark]), b"version");
            if text_follows && !version && status.subject() <= 7 {
                return Some(Finding {
                    line: self.line,
                    text: self.text_of(trim_end(&body[start..])),
                    code: None,
                    enhanced: Some(status),
                    deviations: Deviations::NONE,
                });
            }
        }
        None
    }

    /// `dsn=5.1.1` (Postfix and Sendmail logs) on a line without a reply.
    fn dsn_field(&self, body: &[u8]) -> Option<Finding> {
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
    fn qmail_trailer(&self, body: &[u8]) -> Option<Finding> {
        let at = find(body, b"(#")?;
        let value = &body[at + 2..];
        let (status, used) = leading_enhanced_until(value, b')')?;
        Some(Finding {
            line: self.line,
            text: self.text_of(trim_end(body)),
            code: None,
            enhanced: Some(status),
            deviations: Deviations::NONE.with(Deviation::EnhancedNotAtStart),
        })
        .filter(|_| used > 0)
    }

    fn text_of(&self, bytes: &[u8]) -> String {
        if self.keep_text {
            String::from_utf8_lossy(bytes).into_owned()
        } else {
            String::new()
        }
    }

    /// Looks for a reply inside a line; returns it, still open for continuation lines.
    fn start_embedded(&self, body: &[u8]) -> Option<Embedded> {
        let at = first_candidate(body, 0)?;
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
        let code = BasicCode::from_ascii(&digits).ok()?;
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
        };
        let opener = tuple_text(body, at)
            .map_or_else(|| opener_before(body, at), |start| Some(body[start - 1]));
        let (text, closed) = reply_extent(&body[at..], opener);
        open.closed_text = closed;
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
                .push_str(&String::from_utf8_lossy(trim_end(text)));
        }
        Some(open)
    }

    /// Adds a continuation line's text to an open reply.
    fn continue_embedded(&self, open: &mut Embedded, body: &[u8], look_for_segments: bool) {
        let body = trim_start(body);
        let (text, closed) = reply_extent(body, None);
        open.closed_text |= closed;
        if look_for_segments && open.continues {
            Self::add_segments(open, text, false);
        }
        if self.keep_text && !text.is_empty() {
            open.finding.text.push(' ');
            open.finding
                .text
                .push_str(&String::from_utf8_lossy(trim_end(text)));
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
                open.finding.deviations.insert(Deviation::BareCode);
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

/// Completes an embedded reply: enhanced-code checks, a code tucked into the text, and a
/// reply that never reached its final line.
fn finish_embedded(mut open: Embedded) -> Finding {
    let finding = &mut open.finding;
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
    if finding.text.contains('\u{FFFD}') {
        finding.deviations.insert(Deviation::NotUtf8);
    }
    open.finding
}

fn strip_line_end(raw: &[u8]) -> &[u8] {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    raw.strip_suffix(b"\r").unwrap_or(raw)
}

/// Removes leading blanks and transcript or quote markers: `<<< ` and `>>> ` (Sendmail),
/// `<- `, `<** `, `<~ ` and `-> ` (swaks), `> ` (mail quoting), `| `.
fn strip_quote_prefix(content: &[u8]) -> (usize, &[u8]) {
    let mut i = 0;
    loop {
        while i < content.len() && matches!(content[i], b' ' | b'\t') {
            i += 1;
        }
        let start = i;
        while i < content.len() && matches!(content[i], b'>' | b'<' | b'|' | b'-' | b'*' | b'~') {
            i += 1;
        }
        let marked = content[start..i]
            .iter()
            .any(|b| matches!(b, b'>' | b'<' | b'|'));
        if marked && matches!(content.get(i), Some(b' ' | b'\t')) {
            continue;
        }
        i = start;
        break;
    }
    (i, &content[i..])
}

/// If `body` goes on a raw reply (any text may follow `-` here), its separator (`b' '` for
/// the end). The code should be the reply's own; a different one is kept and reported as
/// mixed codes.
fn continuation_shape(body: &[u8]) -> Option<u8> {
    if body.len() < 3
        || !matches!(body[0], b'2'..=b'5')
        || !body[1].is_ascii_digit()
        || !body[2].is_ascii_digit()
    {
        return None;
    }
    match body.get(3) {
        None | Some(b' ') => Some(b' '),
        Some(b'-') => Some(b'-'),
        _ => None,
    }
}

/// If `body` starts a reply line (code, then space, `-` or the end), its separator. Unlike a
/// continuation, a line such as `212-555-0100` is a phone number, not a reply.
fn raw_reply_shape(body: &[u8]) -> Option<u8> {
    let sep = continuation_shape(body)?;
    let rest = body.get(4..).unwrap_or(&[]);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let phone_like = sep == b'-' && digits == 3 && rest.get(digits) == Some(&b'-');
    (!phone_like).then_some(sep)
}

fn is_code_at(body: &[u8], at: usize) -> bool {
    at + 3 <= body.len()
        && matches!(body[at], b'2'..=b'5')
        && body[at + 1].is_ascii_digit()
        && body[at + 2].is_ascii_digit()
        && matches!(
            body.get(at + 3),
            None | Some(b' ' | b'\t' | b'-' | b'\'' | b'"' | b',')
        )
}

/// `(550, b'5.1.1 ...')` (Python's smtplib) or `(550, '...')`: where the text starts after a
/// code followed by a comma, if it is one of these forms.
fn tuple_text(body: &[u8], at: usize) -> Option<usize> {
    let rest = body.get(at + 3..)?;
    let rest_start = at + 3;
    for form in [&b", b'"[..], b", b\"", b", '", b", \""] {
        if rest.starts_with(form) {
            return Some(rest_start + form.len());
        }
    }
    None
}

/// An enhanced code right after the code at `at` (past a space or `-`, an optional quote or
/// `#`), and whether it was misplaced (`#`).
fn enhanced_after(body: &[u8], at: usize) -> Option<(EnhancedStatus, bool)> {
    if let Some(start) = tuple_text(body, at) {
        return leading_enhanced(body.get(start..)?).map(|(status, _)| (status, false));
    }
    let mut i = at + 3;
    if !matches!(body.get(i), Some(b' ' | b'-' | b'\t')) {
        return None;
    }
    i += 1;
    while body.get(i) == Some(&b' ') {
        i += 1;
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
fn accepted(body: &[u8], at: usize) -> bool {
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
                    .is_some_and(|k| REPLY_KEYS.iter().any(|r| eq_ignore_case(k, r)))
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
                .is_some_and(|k| REPLY_KEYS.iter().any(|r| eq_ignore_case(k, r)));
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
    if word.first().is_some_and(u8::is_ascii_digit) || UNITS.iter().any(|u| eq_ignore_case(word, u))
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
    let before = trim_end(&body[..at]);
    let Some(before) = before.strip_suffix(b":") else {
        return false;
    };
    let Some(key) = trim_end(before).strip_suffix(b"\"") else {
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

fn ends_with_word(text: &[u8], word: &[u8]) -> bool {
    text.len() >= word.len()
        && eq_ignore_case(&text[text.len() - word.len()..], word)
        && (text.len() == word.len() || !text[text.len() - word.len() - 1].is_ascii_alphanumeric())
}

fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The first accepted reply code in `body` at or after `from`.
fn first_candidate(body: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 3 <= body.len() {
        let b = body[i];
        if matches!(b, b'2'..=b'5') && accepted(body, i) {
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

fn contains_segment(body: &[u8], digits: [u8; 3]) -> bool {
    next_segment(trim_start(body), 0, digits).is_some()
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
    if let Some(quote) = opener {
        if let Some(i) = memchr::memrchr(quote, text) {
            if i > 3 {
                end = i;
                closed = true;
            }
        }
    }
    for marker in [&b" (in reply to "[..], b"(in reply to ", b"; from=<"] {
        if let Some(i) = find(&text[..end], marker) {
            end = i;
            closed = true;
        }
    }
    let mut cut = trim_end(&text[..end]);
    loop {
        let opening = memchr::memchr_iter(b'(', cut).count();
        let closing = memchr::memchr_iter(b')', cut).count();
        match cut.last() {
            Some(b')') if closing > opening => {
                cut = trim_end(&cut[..cut.len() - 1]);
                closed = true;
            }
            _ => break,
        }
    }
    (cut, closed)
}

/// `C.S.D` directly followed by `close`.
fn leading_enhanced_until(text: &[u8], close: u8) -> Option<(EnhancedStatus, usize)> {
    let end = memchr::memchr(close, text)?;
    let (status, used) = leading_enhanced(&text[..end])?;
    (used == end).then_some((status, used))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

fn trim_start(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(text.len());
    &text[start..]
}

fn trim_end(text: &[u8]) -> &[u8] {
    let end = text
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r'))
        .map_or(0, |i| i + 1);
    &text[..end]
}

fn strip_prefix_ignore_case<'a>(text: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    (text.len() >= prefix.len() && text[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(input: &str) -> (Option<u16>, Option<String>) {
        let found = extract(input.as_bytes());
        assert_eq!(found.len(), 1, "{input:?}: {found:?}");
        (
            found[0].code.map(BasicCode::as_u16),
            found[0].enhanced.map(|e| alloc::format!("{e}")),
        )
    }

    #[test]
    fn raw_replies_are_found_with_their_deviations() {
        let found = extract(b"250-mx.example.com\n250-PIPELINING\n250 8BITMIME\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.map(BasicCode::as_u16), Some(250));
        assert!(found[0].deviations.contains(Deviation::LfLineEnd));
        assert_eq!(
            found[0].text,
            "250-mx.example.com\n250-PIPELINING\n250 8BITMIME"
        );
    }

    #[test]
    fn folded_and_flattened_multiline_replies_are_one_finding() {
        let gmail = "Diagnostic-Code: smtp; 550-5.7.26 This mail has been blocked because the sender\n    is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate\n    with either SPF or DKIM. 550 5.7.26\n    https://support.google.com/mail/answer/81126 - gsmtp\nAction: failed\n";
        let found = extract(gmail.as_bytes());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].enhanced.map(|e| alloc::format!("{e}")).as_deref(),
            Some("5.7.26")
        );
        assert!(found[0].deviations.is_empty(), "{:?}", found[0].deviations);
        assert!(found[0].text.ends_with("gsmtp"), "{}", found[0].text);
        let postfix = "said: 550-5.7.1 [192.0.2.1] Our system has detected 550-5.7.1 an unusual rate 550 5.7.1 of mail (in reply to end of DATA command)";
        assert_eq!(one(postfix), (Some(550), Some("5.7.1".into())));
    }

    #[test]
    fn nested_and_quoted_codes_stay_inside_their_reply() {
        assert_eq!(
            one(
                "Diagnostic-Code: smtp; 554 4.4.7 Message expired.<421 4.4.2 Connection timed out>"
            ),
            (Some(554), Some("4.4.7".into()))
        );
        assert_eq!(
            one(
                "503-All RCPT commands were rejected with this error:\n503-501 userx: no domain\n503 valid RCPT command must precede DATA"
            ),
            (Some(503), None)
        );
        assert_eq!(
            one("Diagnostic-Code: smtp; 220-laposte 421 4.2.1 Service refuse"),
            (Some(421), Some("4.2.1".into()))
        );
    }
}
