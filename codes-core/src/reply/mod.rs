//! Parsing SMTP replies as servers really send them.
//!
//! The parser is lenient and honest: it accepts a reply whenever its code can be read, and
//! records every way the reply departs from RFC 5321 / RFC 2034 as a [`Deviation`](crate::Deviation). What is
//! not a reply at all is a [`ParseReplyError`]. Parsing never allocates: a [`Reply`] borrows the
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
//! # Ok::<(), codes_core::ParseReplyError>(())
//! ```

mod misplaced;
mod parse;
#[cfg(test)]
mod tests;

use crate::deviation::Deviations;
use crate::error::{ParseReplyError, ReplyKind};
use crate::scan::leading_enhanced;
use crate::{AnyEnhancedCode, AnyReplyCode, PairCheck};

pub(crate) use misplaced::misplaced_enhanced;

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

/// One parsed reply, borrowing the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply<'a> {
    bytes: &'a [u8],
    code: AnyReplyCode,
    enhanced: Option<AnyEnhancedCode>,
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
    pub fn code(&self) -> Option<AnyReplyCode> {
        AnyReplyCode::from_ascii(&self.content[..3]).ok()
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
    pub fn enhanced(&self) -> Option<AnyEnhancedCode> {
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

impl<'a> Reply<'a> {
    /// Parses `input` as exactly one reply, single- or multi-line. A reply cut short (no final
    /// line, no line end) is accepted with the matching deviation; trailing blank lines are
    /// ignored; anything else after the final line is an error.
    pub fn parse(input: &'a [u8]) -> Result<Self, ParseReplyError> {
        Self::parse_with(input, &Limits::DEFAULT)
    }

    /// [`Reply::parse`] with explicit limits.
    pub fn parse_with(input: &'a [u8], limits: &Limits) -> Result<Self, ParseReplyError> {
        let (reply, used) = parse::scan(input, limits, true)?;
        let rest = &input[used..];
        if rest
            .iter()
            .all(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
        {
            Ok(reply)
        } else {
            Err(ParseReplyError::new(
                ReplyKind::TrailingData,
                reply.lines + 1,
            ))
        }
    }

    /// Parses the first complete reply at the start of `input`, for streams of pipelined
    /// replies. Returns the reply and the number of bytes it used; an input that stops before
    /// the reply's final line is an error for which [`ParseReplyError::is_incomplete`] holds.
    pub fn parse_first(input: &'a [u8], limits: &Limits) -> Result<(Self, usize), ParseReplyError> {
        parse::scan(input, limits, false)
    }

    /// The reply code of the first line.
    pub const fn code(&self) -> AnyReplyCode {
        self.code
    }

    /// The enhanced status code, taken from the first line that has one.
    pub const fn enhanced(&self) -> Option<AnyEnhancedCode> {
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
