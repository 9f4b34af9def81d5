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

/// Whether all bytes are ASCII. Or-ing 32 bytes at a time lets the compiler use vector
/// instructions; long lines are the common case where this matters.
#[inline]
fn is_ascii(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        if chunk.iter().fold(0u8, |acc, b| acc | b) >= 0x80 {
            return false;
        }
    }
    chunks.remainder().iter().fold(0u8, |acc, b| acc | b) < 0x80
}

/// Parses `C.S.D` at the start of `text` (one to three digits each, no leading zeros),
/// followed by a space or the end. Returns the status and the bytes it took.
#[inline]
pub(crate) fn leading_enhanced(text: &[u8]) -> Option<(EnhancedStatus, usize)> {
    // Most lines fail on the first two bytes; check them before anything else.
    if text.len() < 5 || text[1] != b'.' || !matches!(text[0], b'2' | b'4' | b'5') {
        return None;
    }
    let (subject, after_subject) = number_at(text, 2)?;
    if text.get(after_subject) != Some(&b'.') {
        return None;
    }
    let (detail, end) = number_at(text, after_subject + 1)?;
    if !matches!(text.get(end), None | Some(b' ' | b'\t')) {
        return None;
    }
    let status = EnhancedStatus::new(u16::from(text[0] - b'0'), subject, detail)?;
    Some((status, end))
}

/// One to three digits at `start`, without a leading zero; the value and where it ends.
#[inline]
fn number_at(text: &[u8], start: usize) -> Option<(u16, usize)> {
    let digit = |i: usize| {
        text.get(i)
            .filter(|b| b.is_ascii_digit())
            .map(|b| u16::from(b - b'0'))
    };
    let first = digit(start)?;
    let Some(second) = digit(start + 1) else {
        return Some((first, start + 1));
    };
    if first == 0 {
        return None;
    }
    let Some(third) = digit(start + 2) else {
        return Some((first * 10 + second, start + 2));
    };
    if digit(start + 3).is_some() {
        return None;
    }
    Some((first * 100 + second * 10 + third, start + 3))
}

/// Enhanced codes written where RFC 2034 does not put them: `#5.1.0 ...` at the start,
/// `... (#5.7.1)` at the end (qmail), or a lone `5.7.1` inside the text of a 4xx or 5xx reply
/// whose class it matches.
pub(crate) fn misplaced_enhanced(text: &[u8], class: u16) -> Option<EnhancedStatus> {
    // The common case, a 2xx or 3xx reply with neither `#` form, costs two byte checks.
    if class < 4 && text.first() != Some(&b'#') && trim_end(text).last() != Some(&b')') {
        return None;
    }
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

/// Where the next line is: its content (without the line end) and where the line after it
/// starts. Records how the line ends; errors on a line over the limit, or on an input that
/// stops mid-line when more may come.
#[inline]
fn next_line(
    input: &[u8],
    pos: usize,
    limits: &Limits,
    at_eof: bool,
    line_no: u32,
    deviations: &mut Deviations,
) -> Result<(usize, usize, usize), ParseError> {
    let rest = &input[pos..];
    let window = &rest[..rest.len().min(limits.max_line_len)];
    let (end, next) = match find_newline(window) {
        Some(i) if i > 0 && rest[i - 1] == b'\r' => (pos + i - 1, pos + i + 1),
        Some(i) => {
            deviations.insert(Deviation::LfLineEnd);
            (pos + i, pos + i + 1)
        }
        None if rest.len() >= limits.max_line_len => {
            return Err(ParseError::new(
                ErrorKind::LineTooLong(limits.max_line_len),
                line_no,
            ));
        }
        None if !at_eof => return Err(ParseError::new(ErrorKind::Incomplete, line_no)),
        None => {
            deviations.insert(Deviation::MissingLineEnd);
            (input.len(), input.len())
        }
    };
    if end - pos + 2 > RFC_LINE_LIMIT {
        deviations.insert(Deviation::LineTooLong);
    }
    Ok((pos, end, next))
}

/// The first `\n` in `bytes`. Short lines, the usual case, are searched eight bytes at a
/// time; longer ones go to `memchr`'s vector search.
#[inline]
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const NEWLINES: u64 = 0x0A0A_0A0A_0A0A_0A0A;
    let mut i = 0;
    while i + 8 <= bytes.len() && i < 64 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(word) ^ NEWLINES;
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return Some(i + (zero.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = &bytes[i..];
    if rest.len() < 16 {
        rest.iter().position(|b| *b == b'\n').map(|at| i + at)
    } else {
        memchr::memchr(b'\n', rest).map(|at| i + at)
    }
}

/// The separator after the code: whether the line is the last one, or an error.
#[inline]
fn separator(
    content: &[u8],
    line_no: u32,
    deviations: &mut Deviations,
) -> Result<bool, ParseError> {
    match content.get(3) {
        None => {
            deviations.insert(Deviation::BareCode);
            Ok(true)
        }
        Some(b' ') => Ok(true),
        Some(b'-') => Ok(false),
        Some(&other) => Err(ParseError::new(ErrorKind::Separator(other), line_no)),
    }
}

/// Checks that a line starts with three digits, the first 2 to 5.
#[inline]
fn code_digits(content: &[u8], line_no: u32) -> Result<[u8; 3], ParseError> {
    if content.len() < 3
        || !content[0].is_ascii_digit()
        || !content[1].is_ascii_digit()
        || !content[2].is_ascii_digit()
    {
        return Err(ParseError::new(ErrorKind::NotDigits, line_no));
    }
    if !matches!(content[0], b'2'..=b'5') {
        return Err(ParseError::new(
            ErrorKind::FirstDigit(content[0] - b'0'),
            line_no,
        ));
    }
    Ok([content[0], content[1], content[2]])
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
    let mut deviations = Deviations::NONE;
    // The first line sets the code.
    let (start, end, mut pos) = next_line(input, 0, limits, at_eof, 1, &mut deviations)?;
    let content = &input[start..end];
    let digits = code_digits(content, 1)?;
    let number = u16::from(digits[0] - b'0') * 100
        + u16::from(digits[1] - b'0') * 10
        + u16::from(digits[2] - b'0');
    let Some(code) = BasicCode::new(number) else {
        return Err(ParseError::new(ErrorKind::FirstDigit(digits[0] - b'0'), 1));
    };
    if digits[1] > b'5' {
        deviations.insert(Deviation::SecondDigitOutOfRange);
    }
    let mut last = separator(content, 1, &mut deviations)?;
    let first_text = (start + content.len().min(4), end);
    let mut last_text = first_text;
    let mut enhanced =
        leading_enhanced(&input[first_text.0..first_text.1]).map(|(status, _)| status);
    let mut lines_with_enhanced = u32::from(enhanced.is_some());
    let mut lines: u32 = 1;
    // Continuation lines.
    while !last {
        if pos == input.len() {
            if !at_eof {
                return Err(ParseError::new(ErrorKind::Incomplete, lines));
            }
            deviations.insert(Deviation::UnfinishedMultiline);
            break;
        }
        lines += 1;
        if lines as usize > limits.max_lines {
            return Err(ParseError::new(
                ErrorKind::TooManyLines(limits.max_lines),
                lines,
            ));
        }
        let (start, end, next) = next_line(input, pos, limits, at_eof, lines, &mut deviations)?;
        pos = next;
        let content = &input[start..end];
        let line_digits = code_digits(content, lines)?;
        if line_digits != digits {
            deviations.insert(Deviation::MixedCodes);
            if line_digits[1] > b'5' {
                deviations.insert(Deviation::SecondDigitOutOfRange);
            }
        }
        last = separator(content, lines, &mut deviations)?;
        last_text = (start + content.len().min(4), end);
        if let Some((status, _)) = leading_enhanced(&input[last_text.0..last_text.1]) {
            lines_with_enhanced += 1;
            match enhanced {
                None => enhanced = Some(status),
                Some(first) if first != status => deviations.insert(Deviation::EnhancedCodesDiffer),
                Some(_) => {}
            }
        }
    }
    let bytes = &input[..pos];
    // UTF-8 is checked once for the whole reply: line ends cannot hide a broken sequence.
    if !is_ascii(bytes) && core::str::from_utf8(bytes).is_err() {
        deviations.insert(Deviation::NotUtf8);
    }
    // Enhanced codes: on every line or on none, all the same, and of the reply's class.
    if lines_with_enhanced > 0 && lines_with_enhanced < lines {
        deviations.insert(Deviation::EnhancedMissingOnSomeLines);
    }
    let class = code.class().digit();
    if enhanced.is_none() {
        let found = misplaced_enhanced(&input[first_text.0..first_text.1], class)
            .or_else(|| misplaced_enhanced(&input[last_text.0..last_text.1], class));
        if found.is_some() {
            enhanced = found;
            deviations.insert(Deviation::EnhancedNotAtStart);
        }
    }
    if enhanced.is_some_and(|status| status.class().digit() != class) {
        deviations.insert(Deviation::EnhancedClassMismatch);
    }
    Ok((
        Reply {
            bytes,
            code,
            enhanced,
            lines,
            deviations,
        },
        pos,
    ))
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
