//! Reading bytes: the one place that knows how a reply code and an enhanced status code are
//! spelled, used by the code types, the reply parser and the extractor alike.

use crate::AnyEnhancedCode;

/// Whether `byte` can be the first digit of a reply code: RFC 5321 §4.2.1 gives meanings to
/// first digits 2 to 5 only (1yz replies are not used in SMTP).
#[inline]
pub(crate) const fn is_class_digit(byte: u8) -> bool {
    matches!(byte, b'2'..=b'5')
}

/// Three ASCII digits at the start of `bytes`, whatever the first digit is.
#[inline]
pub(crate) const fn three_digits(bytes: &[u8]) -> Option<[u8; 3]> {
    if bytes.len() < 3
        || !bytes[0].is_ascii_digit()
        || !bytes[1].is_ascii_digit()
        || !bytes[2].is_ascii_digit()
    {
        return None;
    }
    Some([bytes[0], bytes[1], bytes[2]])
}

/// The number written by three ASCII digits.
#[inline]
pub(crate) const fn number_of(digits: [u8; 3]) -> u16 {
    (digits[0] - b'0') as u16 * 100 + (digits[1] - b'0') as u16 * 10 + (digits[2] - b'0') as u16
}

/// One to three digits at `start` without a leading zero (the subject and detail of an
/// enhanced code, RFC 3463 §2): the value and where the digits end. A fourth digit makes it
/// no number.
#[inline]
pub(crate) const fn number_at(text: &[u8], start: usize) -> Option<(u16, usize)> {
    let mut end = start;
    let mut value = 0u16;
    while end < text.len() && text[end].is_ascii_digit() {
        if end - start == 3 {
            return None;
        }
        value = value * 10 + (text[end] - b'0') as u16;
        end += 1;
    }
    let len = end - start;
    if len == 0 || (len > 1 && text[start] == b'0') {
        return None;
    }
    Some((value, end))
}

/// `C.S.D` at the start of `text`, whatever follows: the code and the bytes it took.
#[inline]
pub(crate) const fn enhanced_at(text: &[u8]) -> Option<(AnyEnhancedCode, usize)> {
    // Most text fails on the first two bytes; check them before anything else. The class
    // digit itself is checked by `AnyEnhancedCode::new`.
    if text.len() < 5 || text[1] != b'.' || !text[0].is_ascii_digit() {
        return None;
    }
    let Some((subject, after_subject)) = number_at(text, 2) else {
        return None;
    };
    if after_subject >= text.len() || text[after_subject] != b'.' {
        return None;
    }
    let Some((detail, end)) = number_at(text, after_subject + 1) else {
        return None;
    };
    match AnyEnhancedCode::new((text[0] - b'0') as u16, subject, detail) {
        Some(code) => Some((code, end)),
        None => None,
    }
}

/// `.S.D` after the `X` of a class-independent code (`X.1.1`), exactly: subject and detail.
pub(crate) const fn class_independent(rest: &[u8]) -> Option<(u16, u16)> {
    if rest.is_empty() || rest[0] != b'.' {
        return None;
    }
    let Some((subject, after_subject)) = number_at(rest, 1) else {
        return None;
    };
    if after_subject >= rest.len() || rest[after_subject] != b'.' {
        return None;
    }
    match number_at(rest, after_subject + 1) {
        Some((detail, end)) if end == rest.len() => Some((subject, detail)),
        _ => None,
    }
}

/// `C.S.D` at the start of `text` followed by a blank or the end, as RFC 2034 §4 puts it at
/// the start of a reply's text, or by a colon or a comma, as some servers write it
/// (`250 2.0.0: Ok`; `550 5.1.1, user unknown`).
#[inline]
pub(crate) fn leading_enhanced(text: &[u8]) -> Option<(AnyEnhancedCode, usize)> {
    let (code, end) = enhanced_at(text)?;
    matches!(text.get(end), None | Some(b' ' | b'\t' | b':' | b',')).then_some((code, end))
}

/// `text` without the spaces and tabs it starts with.
#[cfg(feature = "alloc")] // used by the extractor
pub(crate) fn trim_blanks_start(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(text.len());
    &text[start..]
}

/// `text` without the bytes at its end for which `trimmed` holds.
fn trim_end_by(text: &[u8], trimmed: impl Fn(u8) -> bool) -> &[u8] {
    let end = text.iter().rposition(|b| !trimmed(*b)).map_or(0, |i| i + 1);
    &text[..end]
}

/// `text` without the spaces, tabs and carriage returns it ends with.
#[cfg(feature = "alloc")] // used by the extractor
pub(crate) fn trim_blanks_end(text: &[u8]) -> &[u8] {
    trim_end_by(text, |b| matches!(b, b' ' | b'\t' | b'\r'))
}

/// `text` without the blanks and full stops that end a sentence.
pub(crate) fn trim_sentence_end(text: &[u8]) -> &[u8] {
    trim_end_by(text, |b| matches!(b, b' ' | b'\t' | b'.'))
}

/// The first place `needle` occurs in `haystack`.
#[cfg(feature = "alloc")] // used by the extractor
pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    // The needles are short and the haystacks lines, so building a substring searcher each
    // time would cost more than the search: the rarest-looking byte of the needle
    // (punctuation before letters before spaces) is found with `memchr`, and the needle
    // compared around it.
    let rarity = |b: u8| match b {
        b' ' => 0,
        b'a'..=b'z' => 1,
        _ => 2,
    };
    let pivot = (0..needle.len()).max_by_key(|&i| (rarity(needle[i]), usize::MAX - i))?;
    let mut from = pivot;
    while from < haystack.len() {
        let at = from + memchr::memchr(needle[pivot], &haystack[from..])?;
        let start = at - pivot;
        if haystack[start..].starts_with(needle) {
            return Some(start);
        }
        from = at + 1;
    }
    None
}

/// `text` after `prefix`, compared ignoring ASCII case.
#[cfg(feature = "alloc")] // used by the extractor
pub(crate) fn strip_prefix_ignore_case<'a>(text: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    (text.len() >= prefix.len() && text[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &text[prefix.len()..])
}

/// Whether `text` ends with `word` (ignoring ASCII case) standing as a word of its own.
#[cfg(feature = "alloc")] // used by the extractor
pub(crate) fn ends_with_word(text: &[u8], word: &[u8]) -> bool {
    text.len() >= word.len()
        && text[text.len() - word.len()..].eq_ignore_ascii_case(word)
        && (text.len() == word.len() || !text[text.len() - word.len() - 1].is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_to_three_digits_without_a_leading_zero() {
        assert_eq!(number_at(b"7", 0), Some((7, 1)));
        assert_eq!(number_at(b"0.", 0), Some((0, 1)));
        assert_eq!(number_at(b"606 x", 0), Some((606, 3)));
        assert_eq!(number_at(b"x12", 1), Some((12, 3)));
        assert_eq!(number_at(b"01", 0), None);
        assert_eq!(number_at(b"1234", 0), None);
        assert_eq!(number_at(b"", 0), None);
    }

    #[test]
    fn enhanced_codes_are_read_with_their_length() {
        let (code, used) = enhanced_at(b"5.7.606 Access denied").expect("code");
        assert_eq!((code.subject_number(), code.detail(), used), (7, 606, 7));
        assert!(enhanced_at(b"3.1.1").is_none(), "3 is no enhanced class");
        assert!(enhanced_at(b"5.01.1").is_none());
        assert!(enhanced_at(b"5.1.1000").is_none());
        assert_eq!(enhanced_at(b"5.1.1)").map(|(_, n)| n), Some(5));
        assert!(
            leading_enhanced(b"5.1.1)").is_none(),
            "text must follow after a blank"
        );
        assert!(leading_enhanced(b"5.1.1 x").is_some());
    }

    #[test]
    #[cfg(feature = "alloc")]
    fn find_finds_the_first_occurrence() {
        assert_eq!(find(b"x (in reply to RCPT", b" (in reply to "), Some(1));
        assert_eq!(find(b"a_said:_b_said:_", b"_said:_"), Some(1));
        assert_eq!(find(b"said", b"_said:_"), None);
        assert_eq!(find(b"abcabc", b"c"), Some(2));
        assert_eq!(find(b"", b"x"), None);
        assert_eq!(find(b"ab", b""), None);
    }

    #[test]
    #[cfg(feature = "alloc")]
    fn trims_say_what_they_trim() {
        assert_eq!(trim_blanks_start(b" \t a "), b"a ");
        assert_eq!(trim_blanks_end(b" a \t\r"), b" a");
        assert_eq!(trim_sentence_end(b"rejected. "), b"rejected");
        assert!(ends_with_word(b"said", b"SAID"));
        assert!(!ends_with_word(b"resaid", b"said"));
    }
}
