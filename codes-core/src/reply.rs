//! Parsing SMTP replies as servers really send them.
//!
//! The parser is lenient and honest: it accepts a reply whenever its code can be read, and
//! records every way the reply departs from RFC 5321 / RFC 2034 as a [`Deviation`]. What is
//! not a reply at all is a [`ParseError`]. Parsing never allocates: a [`Reply`] borrows the
//! input and its [`Lines`] are found again on demand. Work and memory are bounded by
//! [`Limits`].
//!
//! ```
//! use codes_core::Reply;
//!
//! let reply = Reply::parse(b"550-5.7.26 Unauthenticated email\r\n550 5.7.26 is not accepted\r\n")?;
//! assert_eq!(reply.code().as_u16(), 550);
//! assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.7.26"));
//! assert_eq!(reply.line_count(), 2);
//! assert!(reply.deviations().is_empty());
//!
//! let lax = Reply::parse(b"250-mx.example.com\n250 PIPELINING\n")?;
//! assert!(lax.deviations().contains(codes_core::Deviation::LfLineEnd));
//! # Ok::<(), codes_core::ParseError>(())
//! ```

use core::fmt;

use crate::deviation::{Deviation, Deviations};
use crate::{BasicCode, EnhancedStatus, PairCheck};

/// Bounds on what one reply may cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The longest line accepted, in octets, line end included. RFC 5321 allows 512; real
    /// servers exceed it, so the default is 8192.
    pub max_line_len: usize,
    /// The most lines one reply may have. The default is 256.
    pub max_lines: usize,
}

impl Limits {
    /// 8192 octets per line, 256 lines per reply.
    pub const DEFAULT: Limits = Limits {
        max_line_len: 8192,
        max_lines: 256,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets, CRLF included.
const RFC_LINE_LIMIT: usize = 512;

/// Why input is not a reply (or not yet a whole one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    kind: ErrorKind,
    /// 1-based line of the reply where the problem is.
    line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    Empty,
    Incomplete,
    NotDigits,
    FirstDigit(u8),
    Separator(u8),
    LineTooLong(usize),
    TooManyLines(usize),
    TrailingData,
}

impl ParseError {
    const fn new(kind: ErrorKind, line: u32) -> Self {
        ParseError { kind, line }
    }

    /// The input ends before the reply does: feed more and try again.
    pub const fn is_incomplete(&self) -> bool {
        matches!(self.kind, ErrorKind::Incomplete)
    }

    /// A configured [`Limits`] bound was exceeded.
    pub const fn is_limit(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::LineTooLong(_) | ErrorKind::TooManyLines(_)
        )
    }

    /// The 1-based line of the reply where the problem is.
    pub const fn line(&self) -> u32 {
        self.line
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.line;
        match self.kind {
            ErrorKind::Empty => f.write_str("empty input: a reply starts with a three-digit code"),
            ErrorKind::Incomplete => write!(f, "the reply is not complete after line {line}"),
            ErrorKind::NotDigits => write!(
                f,
                "line {line} does not start with a three-digit reply code"
            ),
            ErrorKind::FirstDigit(d) => write!(
                f,
                "line {line}: a reply code starts with 2, 3, 4 or 5 (RFC 5321 §4.2), not {d}"
            ),
            ErrorKind::Separator(b) => write!(
                f,
                "line {line}: the reply code must be followed by a space, \"-\" or the line end, \
                 not byte 0x{b:02x}"
            ),
            ErrorKind::LineTooLong(limit) => {
                write!(f, "line {line} is longer than the limit of {limit} octets")
            }
            ErrorKind::TooManyLines(limit) => {
                write!(f, "the reply has more than the limit of {limit} lines")
            }
            ErrorKind::TrailingData => {
                write!(
                    f,
                    "input goes on after the final line of the reply (line {line})"
                )
            }
        }
    }
}

impl core::error::Error for ParseError {}

/// One parsed reply, borrowing the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    bytes: &'a [u8],
    code: BasicCode,
    enhanced: Option<EnhancedStatus>,
    lines: u32,
    deviations: Deviations,
}

/// One line of a reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The line without its line end.
    content: &'a [u8],
}

impl<'a> Line<'a> {
    /// The three digits that start the line, as written.
    pub fn code_digits(&self) -> [u8; 3] {
        [self.content[0], self.content[1], self.content[2]]
    }

    /// The line's reply code.
    pub fn code(&self) -> Option<BasicCode> {
        BasicCode::from_ascii(&self.content[..3]).ok()
    }

    /// Whether this is a final line (code followed by a space or nothing), not a
    /// continuation (`-`).
    pub fn is_last(&self) -> bool {
        self.content.get(3) != Some(&b'-')
    }

    /// The text after the code and its separator.
    pub fn text(&self) -> &'a [u8] {
        self.content.get(4..).unwrap_or(&[])
    }

    /// The enhanced status code at the start of the text, if there is one.
    pub fn enhanced(&self) -> Option<EnhancedStatus> {
        leading_enhanced(self.text()).map(|(status, _)| status)
    }

    /// The whole line without its line end.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.content
    }
}

/// The lines of a reply, found again on demand.
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let (content, rest) = match memchr::memchr(b'\n', self.rest) {
            Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
            None => (self.rest, &[][..]),
        };
        self.rest = rest;
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        Some(Line { content })
    }
}

/// Parses `C.S.D` at the start of `text` (one to three digits each, no leading zeros),
/// followed by a space or the end. Returns the status and the bytes it took.
pub(crate) fn leading_enhanced(text: &[u8]) -> Option<(EnhancedStatus, usize)> {
    let class = *text.first()?;
    if !matches!(class, b'2' | b'4' | b'5') || text.get(1) != Some(&b'.') {
        return None;
    }
    let (subject, after_subject) = number_at(text, 2)?;
    if text.get(after_subject) != Some(&b'.') {
        return None;
    }
    let (detail, end) = number_at(text, after_subject + 1)?;
    match text.get(end) {
        None | Some(b' ' | b'\t') => {}
        _ => return None,
    }
    let status = EnhancedStatus::new(u16::from(class - b'0'), subject, detail)?;
    Some((status, end))
}

/// One to three digits at `start`, without a leading zero; the value and where it ends.
fn number_at(text: &[u8], start: usize) -> Option<(u16, usize)> {
    let mut end = start;
    let mut value: u16 = 0;
    while end < text.len() && text[end].is_ascii_digit() {
        if end - start == 3 {
            return None;
        }
        value = value * 10 + u16::from(text[end] - b'0');
        end += 1;
    }
    let len = end - start;
    if len == 0 || (len > 1 && text[start] == b'0') {
        return None;
    }
    Some((value, end))
}

/// Enhanced codes written where RFC 2034 does not put them: `#5.1.0 ...` at the start,
/// `... (#5.7.1)` at the end (qmail), or a lone `5.7.1` inside the text of a 4xx or 5xx reply
/// whose class it matches.
pub(crate) fn misplaced_enhanced(text: &[u8], class: u16) -> Option<EnhancedStatus> {
    if let Some(rest) = text.strip_prefix(b"#") {
        if let Some((status, _)) = leading_enhanced(rest) {
            return Some(status);
        }
    }
    let trimmed = trim_end(text);
    if let Some(body) = trimmed.strip_suffix(b")") {
        if let Some(start) = memchr::memrchr(b'(', body) {
            if body.get(start + 1) == Some(&b'#') {
                if let Some((status, used)) = leading_enhanced(&body[start + 2..]) {
                    if start + 2 + used == body.len() {
                        return Some(status);
                    }
                }
            }
        }
    }
    if class == 4 || class == 5 {
        let digit = b'0' + u8::try_from(class).unwrap_or(0);
        let mut from = 0;
        while let Some(i) = memchr::memchr(digit, &text[from..]) {
            let at = from + i;
            from = at + 1;
            if at == 0 || text[at - 1] != b' ' {
                continue;
            }
            if let Some((status, _)) = leading_enhanced(&text[at..]) {
                // Only the registry's subjects: `4.16.1` style provider ids are not codes.
                if status.subject() <= 7 && status.detail() <= 99 {
                    return Some(status);
                }
            }
        }
    }
    None
}

fn trim_end(text: &[u8]) -> &[u8] {
    let mut end = text.len();
    while end > 0 && matches!(text[end - 1], b' ' | b'\t' | b'.') {
        end -= 1;
    }
    &text[..end]
}

/// What the scan of the lines found, before it becomes a [`Reply`].
struct Scan {
    code: BasicCode,
    first_digits: [u8; 3],
    enhanced: Option<EnhancedStatus>,
    lines_with_enhanced: u32,
    lines: u32,
    deviations: Deviations,
    last_text: (usize, usize),
}

impl<'a> Reply<'a> {
    /// Parses `input` as exactly one reply, single- or multi-line. A reply cut short (no final
    /// line, no line end) is accepted with the matching deviation; trailing blank lines are
    /// ignored; anything else after the final line is an error.
    pub fn parse(input: &'a [u8]) -> Result<Self, ParseError> {
        Self::parse_with(input, &Limits::DEFAULT)
    }

    /// [`Reply::parse`] with explicit limits.
    pub fn parse_with(input: &'a [u8], limits: &Limits) -> Result<Self, ParseError> {
        let (reply, used) = scan(input, limits, true)?;
        let rest = &input[used..];
        if rest
            .iter()
            .all(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
        {
            Ok(reply)
        } else {
            Err(ParseError::new(ErrorKind::TrailingData, reply.lines + 1))
        }
    }

    /// Parses the first complete reply at the start of `input`, for streams of pipelined
    /// replies. Returns the reply and the number of bytes it used; an input that stops before
    /// the reply's final line is an error for which [`ParseError::is_incomplete`] holds.
    pub fn parse_first(input: &'a [u8], limits: &Limits) -> Result<(Self, usize), ParseError> {
        scan(input, limits, false)
    }

    /// The reply code of the first line.
    pub const fn code(&self) -> BasicCode {
        self.code
    }

    /// The enhanced status code, taken from the first line that has one.
    pub const fn enhanced(&self) -> Option<EnhancedStatus> {
        self.enhanced
    }

    /// How the reply departs from the standards; empty when it does not.
    pub const fn deviations(&self) -> Deviations {
        self.deviations
    }

    /// The number of lines.
    pub const fn line_count(&self) -> u32 {
        self.lines
    }

    /// The reply's bytes, line ends included.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The lines of the reply.
    pub fn lines(&self) -> Lines<'a> {
        Lines { rest: self.bytes }
    }

    /// Whether the reply code and the enhanced code agree, and whether the registry
    /// associates them; `None` without an enhanced code.
    pub fn pair_check(&self) -> Option<PairCheck> {
        self.enhanced.map(|e| PairCheck::new(self.code, e))
    }
}

fn scan<'a>(
    input: &'a [u8],
    limits: &Limits,
    at_eof: bool,
) -> Result<(Reply<'a>, usize), ParseError> {
    if input.is_empty() {
        let kind = if at_eof {
            ErrorKind::Empty
        } else {
            ErrorKind::Incomplete
        };
        return Err(ParseError::new(kind, 1));
    }
    let mut pos = 0;
    let mut found: Option<Scan> = None;
    loop {
        let line_no = found.as_ref().map_or(1, |s| s.lines + 1);
        if line_no as usize > limits.max_lines {
            return Err(ParseError::new(
                ErrorKind::TooManyLines(limits.max_lines),
                line_no,
            ));
        }
        let rest = &input[pos..];
        let window = &rest[..rest.len().min(limits.max_line_len)];
        let (content, line_len, line_end) = match memchr::memchr(b'\n', window) {
            Some(i) => (&rest[..i], i + 1, true),
            None if rest.len() >= limits.max_line_len => {
                return Err(ParseError::new(
                    ErrorKind::LineTooLong(limits.max_line_len),
                    line_no,
                ));
            }
            None if !at_eof => return Err(ParseError::new(ErrorKind::Incomplete, line_no)),
            None => (rest, rest.len(), false),
        };
        let mut deviations = Deviations::NONE;
        let content = if line_end {
            match content.strip_suffix(b"\r") {
                Some(stripped) => stripped,
                None => {
                    deviations.insert(Deviation::LfLineEnd);
                    content
                }
            }
        } else {
            deviations.insert(Deviation::MissingLineEnd);
            content
        };
        if content.len() + 2 > RFC_LINE_LIMIT {
            deviations.insert(Deviation::LineTooLong);
        }
        let last = read_line(content, line_no, &mut deviations, &mut found)?;
        if let Some(scan) = found.as_mut() {
            scan.deviations = scan.deviations.union(deviations);
            let text_start = pos + content.len().min(4);
            scan.last_text = (text_start, pos + content.len());
        }
        pos += line_len;
        if last {
            break;
        }
        if pos == input.len() {
            if !at_eof {
                return Err(ParseError::new(ErrorKind::Incomplete, line_no));
            }
            if let Some(scan) = found.as_mut() {
                scan.deviations.insert(Deviation::UnfinishedMultiline);
            }
            break;
        }
    }
    let Some(mut scan) = found else {
        return Err(ParseError::new(ErrorKind::Empty, 1));
    };
    // Enhanced codes: on every line or on none, all the same, and of the reply's class.
    if scan.lines_with_enhanced > 0 && scan.lines_with_enhanced < scan.lines {
        scan.deviations
            .insert(Deviation::EnhancedMissingOnSomeLines);
    }
    let class = scan.code.class().digit();
    if scan.enhanced.is_none() {
        let (start, end) = scan.last_text;
        let first_text = Lines {
            rest: &input[..pos],
        }
        .next()
        .map_or(&[][..], |l| l.text());
        let found = misplaced_enhanced(first_text, class)
            .or_else(|| misplaced_enhanced(&input[start.min(end)..end], class));
        if let Some(status) = found {
            scan.enhanced = Some(status);
            scan.deviations.insert(Deviation::EnhancedNotAtStart);
        }
    }
    if let Some(status) = scan.enhanced {
        if status.class().digit() != class {
            scan.deviations.insert(Deviation::EnhancedClassMismatch);
        }
    }
    Ok((
        Reply {
            bytes: &input[..pos],
            code: scan.code,
            enhanced: scan.enhanced,
            lines: scan.lines,
            deviations: scan.deviations,
        },
        pos,
    ))
}

/// Reads one line into the scan; returns whether it is the reply's final line.
fn read_line(
    content: &[u8],
    line_no: u32,
    deviations: &mut Deviations,
    found: &mut Option<Scan>,
) -> Result<bool, ParseError> {
    if content.len() < 3 || !content[..3].iter().all(u8::is_ascii_digit) {
        return Err(ParseError::new(ErrorKind::NotDigits, line_no));
    }
    let digits = [content[0], content[1], content[2]];
    let Ok(code) = BasicCode::from_ascii(&content[..3]) else {
        return Err(ParseError::new(
            ErrorKind::FirstDigit(digits[0] - b'0'),
            line_no,
        ));
    };
    if digits[1] > b'5' {
        deviations.insert(Deviation::SecondDigitOutOfRange);
    }
    let last = match content.get(3) {
        None => {
            deviations.insert(Deviation::BareCode);
            true
        }
        Some(b' ') => true,
        Some(b'-') => false,
        Some(&other) => return Err(ParseError::new(ErrorKind::Separator(other), line_no)),
    };
    let text = content.get(4..).unwrap_or(&[]);
    if core::str::from_utf8(text).is_err() {
        deviations.insert(Deviation::NotUtf8);
    }
    let enhanced = leading_enhanced(text).map(|(status, _)| status);
    match found {
        None => {
            *found = Some(Scan {
                code,
                first_digits: digits,
                enhanced,
                lines_with_enhanced: u32::from(enhanced.is_some()),
                lines: 1,
                deviations: Deviations::NONE,
                last_text: (0, 0),
            });
        }
        Some(scan) => {
            if digits != scan.first_digits {
                deviations.insert(Deviation::MixedCodes);
            }
            if let Some(status) = enhanced {
                scan.lines_with_enhanced += 1;
                match scan.enhanced {
                    None => scan.enhanced = Some(status),
                    Some(first) if first != status => {
                        deviations.insert(Deviation::EnhancedCodesDiffer);
                    }
                    Some(_) => {}
                }
            }
            scan.lines += 1;
        }
    }
    Ok(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(input: &[u8]) -> Vec<&'static str> {
        Reply::parse(input)
            .expect("parses")
            .deviations()
            .iter()
            .map(Deviation::name)
            .collect()
    }

    #[test]
    fn a_clean_reply_has_no_deviation() {
        let reply = Reply::parse(b"250 2.0.0 Ok: queued as 4F3A\r\n").expect("parses");
        assert_eq!(reply.code().as_u16(), 250);
        assert_eq!(
            reply.enhanced().map(|e| (e.subject(), e.detail())),
            Some((0, 0))
        );
        assert!(reply.deviations().is_empty());
        assert_eq!(reply.line_count(), 1);
    }

    #[test]
    fn each_quirk_is_reported() {
        assert_eq!(names(b"334\r\n"), ["bare-code"]);
        assert_eq!(names(b"250 OK\n"), ["lf-line-end"]);
        assert_eq!(names(b"250 OK"), ["missing-line-end"]);
        assert_eq!(names(b"250-a\r\n251 b\r\n"), ["mixed-codes"]);
        assert_eq!(names(b"250-a\r\n250-b\r\n"), ["unfinished-multiline"]);
        assert_eq!(names(b"550 4.4.7 expired\r\n"), ["enhanced-class-mismatch"]);
        assert_eq!(
            names(b"550-5.1.1 a\r\n550 b\r\n"),
            ["enhanced-missing-on-some-lines"]
        );
        assert_eq!(
            names(b"550-5.1.1 a\r\n550 5.1.2 b\r\n"),
            ["enhanced-codes-differ"]
        );
        assert_eq!(
            names(b"451 timeout (#4.4.2)\r\n"),
            ["enhanced-not-at-start"]
        );
        assert_eq!(names(b"599 x\r\n"), ["second-digit-out-of-range"]);
        assert_eq!(names(b"250 caf\xe9\r\n"), ["not-utf8"]);
        let long = [b"250 ".as_slice(), &[b'a'; 600], b"\r\n"].concat();
        assert_eq!(names(&long), ["line-too-long"]);
    }

    #[test]
    fn what_is_not_a_reply_is_an_error() {
        for bad in [
            &b""[..],
            b"hello\r\n",
            b"25\r\n",
            b"650 no\r\n",
            b"250_x\r\n",
            b"250 a\r\nxyz\r\n",
        ] {
            assert!(
                Reply::parse(bad).is_err(),
                "{:?}",
                core::str::from_utf8(bad)
            );
        }
        assert!(
            Reply::parse(b"250 a\r\n250 b\r\n").is_err(),
            "two replies are not one"
        );
        assert!(
            Reply::parse(b"250 a\r\n\r\n").is_ok(),
            "trailing blank lines are ignored"
        );
    }

    #[test]
    fn limits_bound_the_work() {
        let limits = Limits {
            max_line_len: 16,
            max_lines: 2,
        };
        assert!(
            Reply::parse_with(b"250 aaaaaaaaaaaaaaaaaaaaaaa\r\n", &limits)
                .unwrap_err()
                .is_limit()
        );
        assert!(
            Reply::parse_with(b"250-a\r\n250-b\r\n250 c\r\n", &limits)
                .unwrap_err()
                .is_limit()
        );
    }

    #[test]
    fn the_first_reply_of_a_stream_is_taken_and_the_rest_waits() {
        let input = b"250-a\r\n250 b\r\n354 go";
        let (reply, used) = Reply::parse_first(input, &Limits::DEFAULT).expect("first");
        assert_eq!(reply.line_count(), 2);
        assert_eq!(&input[used..], b"354 go");
        assert!(
            Reply::parse_first(&input[used..], &Limits::DEFAULT)
                .unwrap_err()
                .is_incomplete()
        );
        assert!(
            Reply::parse_first(b"250-a\r\n", &Limits::DEFAULT)
                .unwrap_err()
                .is_incomplete()
        );
    }

    #[test]
    fn enhanced_codes_of_full_width_are_read_from_every_line() {
        let reply = Reply::parse(b"550 5.7.606 Access denied\r\n").expect("parses");
        assert_eq!(
            reply
                .enhanced()
                .map(super::super::enhanced::EnhancedStatus::detail),
            Some(606)
        );
        let reply = Reply::parse(b"421-4.123.999 a\r\n421 4.123.999 b\r\n").expect("parses");
        assert_eq!(
            reply
                .enhanced()
                .map(super::super::enhanced::EnhancedStatus::subject),
            Some(123)
        );
        let lines: Vec<_> = reply.lines().map(|l| l.enhanced()).collect();
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(Option::is_some));
        // A four-digit subject is not an enhanced code.
        assert_eq!(
            Reply::parse(b"499 4.1234.343 x\r\n")
                .expect("parses")
                .enhanced(),
            None
        );
    }

    #[test]
    fn misplaced_enhanced_codes_are_found_and_flagged() {
        let reply = Reply::parse(b"550 #5.1.0 Address rejected.\r\n").expect("parses");
        assert_eq!(
            reply.enhanced().map(|e| e.to_string()).as_deref(),
            Some("5.1.0")
        );
        assert!(reply.deviations().contains(Deviation::EnhancedNotAtStart));
        let yahoo = Reply::parse(b"451 Resources unavailable [#4.16.1].\r\n").expect("parses");
        assert_eq!(
            yahoo.enhanced(),
            None,
            "provider ids are not enhanced codes"
        );
        let internal = Reply::parse(b"450 4.2.1 later. (#id-5.9.4)\r\n").expect("parses");
        assert_eq!(
            internal.enhanced().map(|e| e.to_string()).as_deref(),
            Some("4.2.1")
        );
    }
}
