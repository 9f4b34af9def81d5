//! Typographic punctuation made ASCII before a line is read. Text pasted from a mail client,
//! a web page or a provider's HTML notice quotes the reply as `‘550 5.7.26 ...’` and spaces
//! it with no-break spaces (or, in East Asian text, ideographic spaces); the readers look for
//! ASCII quotes and spaces around a code.

use alloc::vec::Vec;

/// The line with curly quotes (U+2018, U+2019, U+201C, U+201D), no-break spaces (U+00A0,
/// U+202F) and the ideographic space (U+3000) replaced by their ASCII forms, when it has any.
pub(super) fn plain(raw: &[u8]) -> Option<Vec<u8>> {
    // Most lines are ASCII, which the standard library checks a word at a time.
    if raw.is_ascii() {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(&first) = rest.first() {
        let (ascii, used) = match rest {
            [0xe2, 0x80, 0x98 | 0x99, ..] => (b'\'', 3),
            [0xe2, 0x80, 0x9c | 0x9d, ..] => (b'"', 3),
            [0xe2, 0x80, 0xaf, ..] | [0xe3, 0x80, 0x80, ..] => (b' ', 3),
            [0xc2, 0xa0, ..] => (b' ', 2),
            _ => (first, 1),
        };
        out.push(ascii);
        rest = &rest[used..];
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn curly_quotes_and_no_break_spaces_become_ascii() {
        let line = "returned \u{2018}550\u{a0}5.7.26 Unauthenticated\u{2019} \u{201c}x\u{201d}\u{3000}\u{2013}";
        let ascii = plain(line.as_bytes()).expect("changed");
        assert_eq!(
            String::from_utf8(ascii).unwrap(),
            "returned '550 5.7.26 Unauthenticated' \"x\" \u{2013}"
        );
        assert!(plain(b"550 5.1.1 <a@example.org>: User unknown").is_none());
    }
}
