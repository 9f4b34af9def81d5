//! Enhanced codes written where RFC 2034 does not put them.

use crate::AnyEnhancedCode;
use crate::scan::{leading_enhanced, trim_sentence_end};

/// Enhanced codes written where RFC 2034 does not put them: `#5.1.0 ...` at the start,
/// `... (#5.7.1)` at the end (qmail), or a lone `5.7.1` inside the text of a 4xx or 5xx reply
/// whose class it matches.
pub(crate) fn misplaced_enhanced(text: &[u8], class: u16) -> Option<AnyEnhancedCode> {
    // The common case, a 2xx or 3xx reply with neither `#` form, costs two byte checks.
    if class < 4 && text.first() != Some(&b'#') && trim_sentence_end(text).last() != Some(&b')') {
        return None;
    }
    if let Some(rest) = text.strip_prefix(b"#") {
        if let Some((status, _)) = leading_enhanced(rest) {
            return Some(status);
        }
    }
    let trimmed = trim_sentence_end(text);
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
                // Only the registry's subjects, and details of at most two digits:
                // provider ids such as `4.16.1` are not codes.
                if status.subject().is_some() && status.detail() <= 99 {
                    return Some(status);
                }
            }
        }
    }
    None
}
