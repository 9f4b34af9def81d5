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
//! use codes_core::extract;
//!
//! let log = "Jul 12 07:47:48 mx postfix/smtp[8738]: 4F3A2B1C9D: to=<a@example.org>, \
//!            relay=mx.example.org[192.0.2.1]:25, delay=0.55, dsn=5.1.1, status=bounced \
//!            (host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: User unknown \
//!            (in reply to RCPT TO command))";
//! let findings = extract::all(log.as_bytes());
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].code.map(|c| c.as_u16()), Some(550));
//! assert_eq!(findings[0].enhanced.map(|e| e.to_string()).as_deref(), Some("5.1.1"));
//! assert_eq!(findings[0].text, "550 5.1.1 <a@example.org>: User unknown");
//!
//! assert!(extract::all(b"Nov 28 10:22:33 192.0.2.25 size=5500 port 587 v2.5.1").is_empty());
//! ```

mod bare;
mod embedded;
mod position;
mod prefilter;
mod punctuation;
mod raw;
#[cfg(test)]
mod tests;

use alloc::string::String;
use alloc::vec::Vec;

use crate::deviation::Deviations;
use crate::reply::{Limits, Reply};
use crate::scan::{find, leading_enhanced};
use crate::{AnyEnhancedCode, AnyReplyCode};
use embedded::{Embedded, contains_segment, enhanced_after, finish_embedded};
use position::first_candidate;
use prefilter::{Possible, possible};
use raw::{continuation_shape, raw_reply_shape, strip_line_end, strip_quote_prefix};

/// One reply found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The 1-based line where the reply starts.
    pub line: usize,
    /// What was found: the reply as written (lines joined with `\n`; typographic quotes and
    /// spaces made ASCII), or the status value.
    /// Empty when the extractor was told not to keep text.
    pub text: String,
    /// The basic reply code; `None` for a bare enhanced code (`Status: 5.1.1`, `dsn=5.1.1`).
    pub code: Option<AnyReplyCode>,
    /// The enhanced status code, when the reply carries one.
    pub enhanced: Option<AnyEnhancedCode>,
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

/// At most [`MAX_TEXT`] bytes of a line: what one huge line costs stays bounded, and a reply
/// is known by its start.
fn bounded(line: &[u8]) -> &[u8] {
    &line[..line.len().min(MAX_TEXT)]
}

/// Every reply in a whole text, in input order.
pub fn all(input: &[u8]) -> Vec<Finding> {
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
        // A line that cannot hold a code changes nothing unless a reply is open: it cannot
        // go on one that is not.
        let possible = self.open.is_none().then(|| possible(raw));
        if possible.is_some_and(|p| !p.any()) {
            return;
        }
        // qmail-send logs write the remote reply with `_` for every space:
        // `Remote_host_said:_550_5.1.1_<a@example.org>...`.
        if find(raw, b"_said:_").is_some() {
            let spaced: Vec<u8> = raw
                .iter()
                .map(|&b| if b == b'_' { b' ' } else { b })
                .collect();
            self.read_line(&spaced, possible, emit);
        } else if let Some(plain) = punctuation::plain(raw) {
            // Replacing punctuation moves the digits: the plain line is looked at afresh.
            self.read_line(&plain, None, emit);
        } else {
            self.read_line(raw, possible, emit);
        }
    }

    /// Reads one line; `possible` is what its digits allow, when already known.
    fn read_line(
        &mut self,
        raw: &[u8],
        possible: Option<Possible>,
        emit: &mut impl FnMut(Finding),
    ) {
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
                        bytes.extend_from_slice(bounded(&raw[prefix_len..]));
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
                // A reply cut right after its code goes on with its enhanced code, indented or
                // not (`said: 550` / `5.1.1 unknown user`).
                let wrapped_code = open.awaiting_text && leading_enhanced(body).is_some();
                if continues
                    && (indented || wrapped_code)
                    && !open.closed_text
                    && raw_reply_shape(body).is_none()
                {
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

        // A new reply on this line, tried only where its digits allow one.
        let possible = possible.unwrap_or_else(|| self::possible(raw));
        if possible.code.is_some() {
            if let Some(sep) = raw_reply_shape(body) {
                let mut bytes = Vec::new();
                bytes.extend_from_slice(bounded(&raw[prefix_len..]));
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
        }
        if possible.enhanced {
            if let Some(finding) = self.status_field(body) {
                emit(finding);
                return;
            }
        }
        if let Some(first) = possible.code {
            // Replies that their own quote or marker closes (`(550, b'...'), (452, b'...')`)
            // may be followed by more on the same line, each with its enhanced code (a bare
            // number after it, such as `"responseCode":550`, repeats the same reply); the last
            // one stays open.
            let mut from = first.saturating_sub(prefix_len);
            while let Some((open, end)) = self.start_embedded(body, from) {
                let another = || {
                    first_candidate(body, end)
                        .is_some_and(|next| enhanced_after(body, next).is_some())
                };
                if open.closed_text && another() {
                    emit(finish_embedded(open));
                    from = end;
                    continue;
                }
                self.keep_open(open);
                return;
            }
        }
        if possible.enhanced {
            if let Some(finding) = self
                .dsn_field(body)
                .or_else(|| self.qmail_trailer(body))
                .or_else(|| self.bare_enhanced(body))
            {
                emit(finding);
            }
        }
    }

    /// Whether a reply is still collecting lines: the next line may go on it. Text can be cut
    /// into parts and each part read by its own extractor wherever this is false.
    pub fn is_collecting(&self) -> bool {
        self.open.is_some()
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
        // The lines were checked to start with a reply code, so the parser accepts them; a
        // line cut to the bound (or over the parser's usual limit) is read for what its start
        // says.
        let limits = Limits {
            max_line_len: bytes.len() + 2,
            max_lines: MAX_LINES + 1,
        };
        let (code, enhanced, deviations) = match Reply::parse_with(bytes, &limits) {
            Ok(reply) => (Some(reply.code()), reply.enhanced(), reply.deviations()),
            Err(_) => (
                AnyReplyCode::from_ascii(&bytes[..3]).ok(),
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

    fn text_of(&self, bytes: &[u8]) -> String {
        if self.keep_text {
            String::from_utf8_lossy(bytes).into_owned()
        } else {
            String::new()
        }
    }
}
