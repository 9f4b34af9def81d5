//! Reading what `explain` is given: text cut into bounded lines, the replies found in it, and
//! the tally of a log of any size in bounded memory.

use std::collections::HashMap;
use std::io::{BufRead, Read};

use codes_core::extract::{Extractor, Finding};
use codes_core::{AnyEnhancedCode, AnyReplyCode};

/// The longest line kept whole; the rest of a longer line is skipped, so one huge line costs
/// bounded memory.
const MAX_LINE: usize = 64 * 1024;

/// Reads lines from `reader`, each cut to [`MAX_LINE`], and passes them to `each`.
pub fn for_each_line(reader: impl Read, mut each: impl FnMut(&[u8])) -> std::io::Result<()> {
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, reader);
    let mut line = Vec::with_capacity(1024);
    loop {
        let available = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            if !line.is_empty() {
                each(&line);
            }
            return Ok(());
        }
        let used = match memchr::memchr(b'\n', available) {
            Some(i) if line.is_empty() && i < MAX_LINE => {
                // The common case: the whole line is in the buffer.
                each(&available[..=i]);
                i + 1
            }
            Some(i) => {
                let room = MAX_LINE.saturating_sub(line.len());
                line.extend_from_slice(&available[..(i + 1).min(room)]);
                each(&line);
                line.clear();
                i + 1
            }
            None => {
                let room = MAX_LINE.saturating_sub(line.len());
                line.extend_from_slice(&available[..available.len().min(room)]);
                available.len()
            }
        };
        reader.consume(used);
    }
}

/// Every reply in `input`, in order.
pub fn findings(input: impl Read) -> std::io::Result<Vec<Finding>> {
    let mut extractor = Extractor::new();
    let mut found = Vec::new();
    for_each_line(input, |line| {
        extractor.push_line(line, &mut |f| found.push(f));
    })?;
    extractor.finish(&mut |f| found.push(f));
    Ok(found)
}

/// A row of `--count`: a (basic, enhanced) pair and how often it occurred.
pub type Tally = HashMap<(Option<AnyReplyCode>, Option<AnyEnhancedCode>), u64>;

/// Adds the replies of one input to `tally`.
pub fn count(input: impl Read, tally: &mut Tally) -> std::io::Result<()> {
    let mut extractor = Extractor::codes_only();
    let mut add = |f: Finding| *tally.entry((f.code, f.enhanced)).or_insert(0) += 1;
    for_each_line(input, |line| extractor.push_line(line, &mut add))?;
    extractor.finish(&mut add);
    Ok(())
}

/// The tally as rows, most frequent first (ties by code).
pub fn sorted(tally: &Tally) -> Vec<crate::render::explain::CountRow> {
    let mut rows: Vec<_> = tally.iter().map(|((b, e), n)| (*b, *e, *n)).collect();
    rows.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_and_lines_are_all_seen() {
        let mut text = b"250 a\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_LINE * 3));
        text.extend_from_slice(b"\n550 b");
        let mut lines = Vec::new();
        for_each_line(&text[..], |l| lines.push(l.len())).expect("reads");
        assert_eq!(lines, [6, MAX_LINE, 5]);
    }

    #[test]
    fn counting_groups_pairs() {
        let log = "said: 550 5.1.1 a\nsaid: 550 5.1.1 b\nsaid: 421 4.7.0 c\nStatus: 5.1.1\n";
        let mut tally = Tally::new();
        count(log.as_bytes(), &mut tally).expect("counts");
        let rows = sorted(&tally);
        assert_eq!(rows[0].2, 2);
        assert_eq!(rows[0].0.map(AnyReplyCode::as_u16), Some(550));
        assert_eq!(rows.len(), 3);
    }
}
