//! Where a line may hold a code, found 64 bytes at a time, so that the extractor reads closely
//! only the places that matter: most lines of a mail log (queue bookkeeping, connects) hold
//! none.
//!
//! Every finding needs a reply code or an enhanced code, and the extractor only ever reads a
//! reply code at the start of a run of exactly three digits, the first 2 to 5 (a code is never
//! part of a longer number), and an enhanced code where its class digit (2, 4 or 5) makes a run
//! of its own and a `.` and a digit follow; neither right after a letter (a code is never the
//! end of a word). A line with neither cannot give a finding, whatever
//! the rules around them say; the rules themselves run only where the digits allow them.
//!
//! Each 64-byte block of a line becomes a bit mask of its digits (bit `i` for byte `i`), eight
//! bytes at a time with word arithmetic; the runs of one and of three digits are found with
//! shifts (the next block's low bits complete the shifted mask), and only the few bytes where
//! such runs start are looked at one by one.

/// Bit `i` set where byte `i` of `block` (up to 64 bytes) is an ASCII digit, eight bytes at a
/// time with word arithmetic.
fn digit_mask(block: &[u8]) -> u64 {
    let mut mask = 0;
    let mut words = block.chunks_exact(8);
    let mut index = 0;
    for bytes in &mut words {
        let word: [u8; 8] = bytes.try_into().unwrap_or([0; 8]);
        mask |= pack(digits(u64::from_le_bytes(word))) << (8 * index);
        index += 1;
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        for (slot, byte) in word.iter_mut().zip(rest) {
            *slot = *byte;
        }
        mask |= pack(digits(u64::from_le_bytes(word))) << (8 * index);
    }
    mask
}

/// The high bit of each byte of `x` set where the byte is an ASCII digit.
#[inline]
fn digits(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    let ascii = !x & HIGH;
    // Adding 0x80 - c to a byte's low seven bits sets its high bit when `byte >= c`; no carry
    // crosses into the next byte. Bytes of 0x80 and above are no digits.
    let at_least = |c: u8| (low + ONES * u64::from(0x80 - c)) & ascii;
    at_least(b'0') & !at_least(b':')
}

/// The high bits of a word's eight bytes as eight bits, byte 0 first.
#[inline]
fn pack(flags: u64) -> u64 {
    (flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Where, in one block of `line` starting at `at`, runs of exactly three digits start (the
/// places a reply code may stand) and runs of one digit start (an enhanced code's class);
/// the masks of the neighbouring blocks complete the runs at the edges.
fn runs(digit: u64, prev_digit: bool, next_digit: u64) -> (u64, u64) {
    let shifted = |by: u32| (digit >> by) | (next_digit << (64 - by));
    let run_start = digit & !((digit << 1) | u64::from(prev_digit));
    let three = run_start & shifted(1) & shifted(2) & !shifted(3);
    let one = run_start & !shifted(1);
    (three, one)
}

/// Calls `each(offset, codes, enhanced)` for every 64-byte block of `line` from `from` on, with
/// bit masks of
/// where a reply code may start (a run of three digits, the first 2 to 5) and where an
/// enhanced code may (a class digit 2, 4 or 5 alone, then `.` and a digit); stops when `each`
/// returns false.
fn blocks(line: &[u8], from: usize, mut each: impl FnMut(usize, u64, u64) -> bool) {
    let block = |at: usize| digit_mask(&line[at.min(line.len())..line.len().min(at + 64)]);
    let mut at = from;
    let mut digit = block(at);
    let mut prev_digit = at > 0 && line[at - 1].is_ascii_digit();
    while at < line.len() {
        let next = block(at + 64);
        let (three, one) = runs(digit, prev_digit, next);
        let byte = |bit: u32| line[at + bit as usize];
        let mut codes = 0;
        let mut bits = three;
        while bits != 0 {
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            let i = at + bit as usize;
            // No rule reads a code glued to a word (`sender448`, a queue ID's `A234B`).
            if matches!(byte(bit), b'2'..=b'5') && (i == 0 || !line[i - 1].is_ascii_alphabetic()) {
                codes |= 1 << bit;
            }
        }
        let mut enhanced = 0;
        let mut bits = one;
        while bits != 0 {
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            let i = at + bit as usize;
            if matches!(line[i], b'2' | b'4' | b'5')
                && (i == 0 || !line[i - 1].is_ascii_alphabetic())
                && line.get(i + 1) == Some(&b'.')
                && line.get(i + 2).is_some_and(u8::is_ascii_digit)
            {
                enhanced |= 1 << bit;
            }
        }
        if !each(at, codes, enhanced) {
            return;
        }
        prev_digit = digit >> 63 & 1 == 1;
        digit = next;
        at += 64;
    }
}

/// What a line may hold, as far as its digits tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Possible {
    /// The first run of exactly three digits, the first 2 to 5: a reply code may stand there
    /// (or at a later such run).
    pub(super) code: Option<usize>,
    /// A class digit 2, 4 or 5 making a run of its own, then `.` and a digit: an enhanced
    /// code may.
    pub(super) enhanced: bool,
}

impl Possible {
    /// Whether the line may hold anything at all.
    pub(super) fn any(self) -> bool {
        self.code.is_some() || self.enhanced
    }
}

/// What `line` may hold. A line for which `any()` is false gives no finding under any rule
/// of the extractor.
pub(super) fn possible(line: &[u8]) -> Possible {
    let mut found = Possible::default();
    blocks(line, 0, |at, codes, enhanced| {
        if found.code.is_none() && codes != 0 {
            found.code = Some(at + codes.trailing_zeros() as usize);
        }
        found.enhanced |= enhanced != 0;
        !(found.code.is_some() && found.enhanced)
    });
    found
}

/// The first place at or after `from` where a reply code may start (a run of exactly three
/// digits, the first 2 to 5) and `accept` agrees.
pub(super) fn first_code(
    line: &[u8],
    from: usize,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut found = None;
    blocks(line, from, |start, codes, _| {
        let mut bits = codes;
        while bits != 0 {
            let at = start + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if at >= from && accept(at) {
                found = Some(at);
                return false;
            }
        }
        true
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_without_a_possible_code_are_skipped() {
        let qmgr = b"Nov 28 03:20:00 mx1 postfix/qmgr[12345]: 0A1B8C9D4E: from=<a@example.net>, \
                     size=12345, nrcpt=1 (queue active)";
        assert!(!possible(qmgr).any());
        assert!(!possible(b"no digits at all").any());
        assert!(!possible(b"version 1.0.9, size 1234").any());
        // Digits glued to a word: a sender's name, a queue ID.
        let glued = b"postfix/qmgr[123]: 0A234BEF: from=<sender448@example.net>, size=554321";
        assert!(!possible(glued).any());
    }

    #[test]
    fn lines_with_a_possible_code_are_kept() {
        let both = |at| Possible {
            code: Some(at),
            enhanced: true,
        };
        let code = |at| Possible {
            code: Some(at),
            enhanced: false,
        };
        let enhanced = Possible {
            code: None,
            enhanced: true,
        };
        for (line, expected) in [
            (&b"said: 550 5.1.1 unknown"[..], both(6)),
            (b"250-PIPELINING", code(0)),
            (b"x 421", code(2)),
            (b"Status: 5.1.1", enhanced),
            (b"dsn=4.4.1", enhanced),
            (b"(#5.7.1)", enhanced),
        ] {
            assert_eq!(
                possible(line),
                expected,
                "{}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn runs_are_found_across_block_boundaries() {
        for offset in 55..70 {
            let mut line = vec![b'x'; offset];
            line.extend_from_slice(b" 550 x");
            let at = first_code(&line, 0, |_| true);
            assert_eq!(at, Some(offset + 1), "offset {offset}");
            let mut long = vec![b'x'; offset];
            long.extend_from_slice(b" 5500 x");
            assert_eq!(first_code(&long, 0, |_| true), None, "offset {offset}");
            let mut digits_before = vec![b'x'; offset];
            digits_before.extend_from_slice(b"1550 x");
            assert_eq!(
                first_code(&digits_before, 0, |_| true),
                None,
                "offset {offset}"
            );
            let mut enhanced = vec![b'x'; offset];
            enhanced.extend_from_slice(b" 4.7.1");
            assert!(possible(&enhanced).enhanced, "offset {offset}");
        }
    }

    #[test]
    fn the_digit_test_agrees_with_is_ascii_digit() {
        for b in 0..=255u8 {
            let mask = digit_mask(&[b'x', b, b'x']);
            assert_eq!(mask, u64::from(b.is_ascii_digit()) << 1, "{b}");
        }
        let mask = digit_mask(b"a1b22c333d4444e55555f666666g7777777h88888888i999999999j");
        let plain = b"a1b22c333d4444e55555f666666g7777777h88888888i999999999j"
            .iter()
            .enumerate()
            .fold(0u64, |m, (i, b)| m | (u64::from(b.is_ascii_digit()) << i));
        assert_eq!(mask, plain);
    }

    #[test]
    fn the_masks_agree_with_a_plain_scan() {
        // Every three-digit run starting 2 to 5, by a byte-by-byte scan, against the masks.
        let text = b"a 250 b 1250 c 25 d 399 e 451 f 6789 g 555x h(421) 2.5.1 i 4.7.500";
        let mut plain = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if text[i].is_ascii_digit() {
                let start = i;
                while i < text.len() && text[i].is_ascii_digit() {
                    i += 1;
                }
                if i - start == 3 && (b'2'..=b'5').contains(&text[start]) {
                    plain.push(start);
                }
            } else {
                i += 1;
            }
        }
        let mut masked = Vec::new();
        let mut from = 0;
        while let Some(at) = first_code(text, from, |_| true) {
            masked.push(at);
            from = at + 1;
        }
        assert_eq!(masked, plain);
    }
}
