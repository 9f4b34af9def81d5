//! Reading what `explain` is given: text cut into bounded lines, and the replies found in it.
//! (`tally` counts logs of any size.)

use std::io::{BufRead, Read};

use codes_core::extract::{Extractor, Finding};

/// The longest line kept whole; the rest of a longer line is skipped, so one huge line costs
/// bounded memory.
pub const MAX_LINE: usize = 64 * 1024;

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
}
