//! One pass over the lines of a reply: where each line ends, its code and separator, its
//! enhanced code, and every deviation on the way.

use super::{Limits, Reply, misplaced_enhanced};
use crate::AnyReplyCode;
use crate::deviation::{Deviation, Deviations};
use crate::error::{ParseReplyError, ReplyKind};
use crate::scan::{is_class_digit, leading_enhanced, number_of, three_digits};

/// RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets, CRLF included.
const RFC_LINE_LIMIT: usize = 512;

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
) -> Result<(usize, usize, usize), ParseReplyError> {
    let rest = &input[pos..];
    let window = &rest[..rest.len().min(limits.max_line_len)];
    let (end, next) = match find_newline(window) {
        Some(i) if i > 0 && rest[i - 1] == b'\r' => (pos + i - 1, pos + i + 1),
        Some(i) => {
            deviations.insert(Deviation::LfLineEnd);
            (pos + i, pos + i + 1)
        }
        None if rest.len() >= limits.max_line_len => {
            return Err(ParseReplyError::new(
                ReplyKind::LineTooLong(limits.max_line_len),
                line_no,
            ));
        }
        None if !at_eof => return Err(ParseReplyError::new(ReplyKind::Incomplete, line_no)),
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
) -> Result<bool, ParseReplyError> {
    match content.get(3) {
        None => {
            deviations.insert(Deviation::BareCode);
            Ok(true)
        }
        Some(b' ') => Ok(true),
        Some(b'-') => Ok(false),
        Some(&other) => Err(ParseReplyError::new(ReplyKind::Separator(other), line_no)),
    }
}

/// Checks that a line starts with three digits, the first 2 to 5.
#[inline]
fn code_digits(content: &[u8], line_no: u32) -> Result<[u8; 3], ParseReplyError> {
    let Some(digits) = three_digits(content) else {
        return Err(ParseReplyError::new(ReplyKind::NotDigits, line_no));
    };
    if !is_class_digit(digits[0]) {
        return Err(ParseReplyError::new(
            ReplyKind::FirstDigit(digits[0] - b'0'),
            line_no,
        ));
    }
    Ok(digits)
}

pub(super) fn scan<'a>(
    input: &'a [u8],
    limits: &Limits,
    at_eof: bool,
) -> Result<(Reply<'a>, usize), ParseReplyError> {
    if input.is_empty() {
        let kind = if at_eof {
            ReplyKind::Empty
        } else {
            ReplyKind::Incomplete
        };
        return Err(ParseReplyError::new(kind, 1));
    }
    let mut deviations = Deviations::NONE;
    // The first line sets the code.
    let (start, end, mut pos) = next_line(input, 0, limits, at_eof, 1, &mut deviations)?;
    let content = &input[start..end];
    let digits = code_digits(content, 1)?;
    let Some(code) = AnyReplyCode::new(number_of(digits)) else {
        return Err(ParseReplyError::new(
            ReplyKind::FirstDigit(digits[0] - b'0'),
            1,
        ));
    };
    if code.subject().is_none() {
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
                return Err(ParseReplyError::new(ReplyKind::Incomplete, lines));
            }
            deviations.insert(Deviation::UnfinishedMultiline);
            break;
        }
        lines += 1;
        if lines as usize > limits.max_lines {
            return Err(ParseReplyError::new(
                ReplyKind::TooManyLines(limits.max_lines),
                lines,
            ));
        }
        let (start, end, next) = next_line(input, pos, limits, at_eof, lines, &mut deviations)?;
        pos = next;
        let content = &input[start..end];
        let line_digits = code_digits(content, lines)?;
        if line_digits != digits {
            deviations.insert(Deviation::MixedCodes);
            if AnyReplyCode::new(number_of(line_digits)).is_some_and(|c| c.subject().is_none()) {
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
