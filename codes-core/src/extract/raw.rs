//! Reply lines pasted as they are: markers in front of them, their line ends, and whether a
//! line starts or continues a reply.

use crate::scan::is_class_digit;

pub(super) fn strip_line_end(raw: &[u8]) -> &[u8] {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    raw.strip_suffix(b"\r").unwrap_or(raw)
}

/// Removes leading blanks and transcript or quote markers: `<<< ` and `>>> ` (Sendmail),
/// `<- `, `<** `, `<~ ` and `-> ` (swaks), `> ` (mail quoting), `| `, and the counter and
/// direction of a debug trace (`  308   SMTP<< `, Exim's `-d` output), whose number is a
/// process id, not a code.
pub(super) fn strip_quote_prefix(content: &[u8]) -> (usize, &[u8]) {
    let mut i = trace_prefix(content);
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

/// The length of a debug trace's prefix: blanks, a counter, blanks and a name ending in `<<`
/// or `>>` (`SMTP<<`), then a blank; 0 when the line has none.
fn trace_prefix(content: &[u8]) -> usize {
    let blanks = |from: usize| {
        content[from..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count()
    };
    let mut i = blanks(0);
    let digits = content[i..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 {
        return 0;
    }
    i += digits;
    let gap = blanks(i);
    if gap == 0 {
        return 0;
    }
    i += gap;
    let word = content[i..]
        .iter()
        .take_while(|b| !matches!(b, b' ' | b'\t'))
        .count();
    let marker = &content[i..i + word];
    // The direction is written after a protocol's name (`SMTP<<`, `SMTP>>`): a code followed
    // by `<<` alone, or `0<<`, is a reply whose text starts with them.
    let named = |arrows: &[u8]| {
        marker
            .strip_suffix(arrows)
            .is_some_and(|name| !name.is_empty() && name.iter().all(u8::is_ascii_alphabetic))
    };
    if named(b"<<") || named(b">>") {
        i + word
    } else if gap >= 4 && continuation_shape(&content[i..]).is_some() {
        // A trace's continuation lines: the counter, then the reply under the one above.
        i
    } else {
        0
    }
}

/// If `body` goes on a raw reply (any text may follow `-` here), its separator (`b' '` for
/// the end). The code should be the reply's own; a different one is kept and reported as
/// mixed codes.
pub(super) fn continuation_shape(body: &[u8]) -> Option<u8> {
    if body.len() < 3
        || !is_class_digit(body[0])
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
pub(super) fn raw_reply_shape(body: &[u8]) -> Option<u8> {
    let sep = continuation_shape(body)?;
    let rest = body.get(4..).unwrap_or(&[]);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let phone_like = sep == b'-' && digits == 3 && rest.get(digits) == Some(&b'-');
    (!phone_like).then_some(sep)
}
