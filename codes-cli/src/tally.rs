//! `explain --count`: the tally of logs of any size, read in blocks cut at line ends and
//! counted on every core, in bounded memory, with the same result whatever the number of
//! threads.
//!
//! Each block is counted by its own extractor, in parallel. A reply can span lines, so a block
//! is only counted on its own when the block before it ended with no reply collecting. When
//! one was (the block before ended on a line a reply may go on from, as every Postfix `said:`
//! line may), the lines of the block up to its first *idle* point (where its own extractor had
//! no reply open) are counted again with the extractor of the block before, as one sequential
//! pass would; if that extractor is idle there too, both are in the same state and the rest of
//! the block's own count stands, otherwise the rest is counted again as well. So the tally is
//! exactly that of one pass over the whole input, at the cost of a line or two per block.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::sync::{Mutex, mpsc};

use codes_core::extract::{Extractor, Finding};
use codes_core::{AnyEnhancedCode, AnyReplyCode};

use crate::input::MAX_LINE;

/// A (basic, enhanced) pair and how often it occurred.
pub type Tally = HashMap<(Option<AnyReplyCode>, Option<AnyEnhancedCode>), u64>;

/// How the work is cut.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// Threads counting at once.
    pub threads: usize,
    /// Bytes read for one block (more when its last line goes on).
    pub block: usize,
}

impl Plan {
    /// `threads` threads, or one per core; blocks of 4 MiB.
    pub fn new(threads: Option<usize>) -> Self {
        Plan {
            threads: threads.unwrap_or_else(|| {
                std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
            }),
            block: 4 << 20,
        }
    }
}

/// Adds the replies of one input to `tally`.
pub fn count(input: impl Read + Send, tally: &mut Tally, plan: Plan) -> std::io::Result<()> {
    count_blocks(Blocks::new(input, plan.block), tally, plan.threads.max(1))
}

/// A block read, by its place in the input.
struct Numbered {
    index: usize,
    block: Vec<u8>,
}

/// A block counted on its own.
struct Counted {
    index: usize,
    block: Vec<u8>,
    /// The count of the lines before the first idle point, and of the lines after it.
    head: Tally,
    tail: Tally,
    /// The end of the first line after which no reply was open, if there was one.
    idle: Option<usize>,
    extractor: Extractor,
}

/// Reads blocks on one thread, counts them on `threads` others, and merges the counts in
/// input order on this one, carrying a reply that a block boundary cut into the next block.
/// At most about `2 * threads` blocks are in memory at once; their buffers are reused.
fn count_blocks(
    mut blocks: Blocks<impl Read + Send>,
    tally: &mut Tally,
    threads: usize,
) -> std::io::Result<()> {
    let (block_tx, block_rx) = mpsc::sync_channel::<Numbered>(threads);
    let block_rx = Mutex::new(block_rx);
    let (counted_tx, counted_rx) = mpsc::channel::<Counted>();
    let (spare_tx, spare_rx) = mpsc::channel::<Vec<u8>>();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut index = 0;
            while let Some(block) = blocks.next_block(spare_rx.try_recv().ok())? {
                if block_tx.send(Numbered { index, block }).is_err() {
                    break;
                }
                index += 1;
            }
            Ok(())
        });
        for _ in 0..threads {
            let (block_rx, counted_tx) = (&block_rx, counted_tx.clone());
            scope.spawn(move || {
                loop {
                    // Take the next block; the lock is held only while waiting for it.
                    let next = block_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok(Numbered { index, block })) = next else {
                        break;
                    };
                    let mut extractor = Extractor::codes_only();
                    let (head, idle, tail) = count_block(&block, &mut extractor);
                    let counted = Counted {
                        index,
                        block,
                        head,
                        tail,
                        idle,
                        extractor,
                    };
                    if counted_tx.send(counted).is_err() {
                        break;
                    }
                }
            });
        }
        drop(counted_tx);
        merge_in_order(counted_rx, tally, &spare_tx);
        reader.join().unwrap_or_else(|_| {
            Err(std::io::Error::other(
                "the thread reading the input stopped",
            ))
        })
    })
}

/// Merges counted blocks into `tally` in input order. A block after one that ended inside a
/// reply is counted again after it, as one pass would count it.
fn merge_in_order(
    counted: mpsc::Receiver<Counted>,
    tally: &mut Tally,
    spare: &mpsc::Sender<Vec<u8>>,
) {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    let mut carried: Option<Extractor> = None;
    for block in counted {
        waiting.insert(block.index, block);
        while let Some(block) = waiting.remove(&next) {
            let Counted {
                block: bytes,
                mut head,
                tail,
                idle,
                extractor,
                ..
            } = block;
            let extractor = match (carried.take(), idle) {
                (None, _) => {
                    merge(tally, head);
                    merge(tally, tail);
                    extractor
                }
                (Some(mut before), Some(idle)) => {
                    head = count_lines(&bytes[..idle], &mut before);
                    merge(tally, head);
                    if before.is_collecting() {
                        merge(tally, count_lines(&bytes[idle..], &mut before));
                        before
                    } else {
                        merge(tally, tail);
                        extractor
                    }
                }
                (Some(mut before), None) => {
                    merge(tally, count_lines(&bytes, &mut before));
                    before
                }
            };
            carried = extractor.is_collecting().then_some(extractor);
            let _ = spare.send(bytes);
            next += 1;
        }
    }
    if let Some(mut extractor) = carried {
        let mut last = Tally::new();
        extractor.finish(&mut |f| add(&mut last, &f));
        merge(tally, last);
    }
}

/// Counts `block` with a fresh `extractor`: the count up to the first idle point (the end of
/// the first line after which no reply is open), that point, and the count after it.
fn count_block(block: &[u8], extractor: &mut Extractor) -> (Tally, Option<usize>, Tally) {
    let mut head = Tally::new();
    let mut rest = block;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        extractor.push_line(&rest[..end], &mut |f| add(&mut head, &f));
        rest = &rest[end..];
        if !extractor.is_collecting() {
            let idle = block.len() - rest.len();
            return (head, Some(idle), count_lines(rest, extractor));
        }
    }
    (head, None, Tally::new())
}

/// Feeds every line of `block` to `extractor` and tallies what it finds; a reply still
/// collecting at the end stays in the extractor.
fn count_lines(block: &[u8], extractor: &mut Extractor) -> Tally {
    let mut tally = Tally::new();
    let mut rest = block;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        extractor.push_line(&rest[..end], &mut |f| add(&mut tally, &f));
        rest = &rest[end..];
    }
    tally
}

fn add(tally: &mut Tally, finding: &Finding) {
    *tally.entry((finding.code, finding.enhanced)).or_insert(0) += 1;
}

fn merge(tally: &mut Tally, part: Tally) {
    for (key, n) in part {
        *tally.entry(key).or_insert(0) += n;
    }
}

/// Bytes asked of the input at a time.
const READ: u64 = 256 * 1024;

/// The blocks of an input: about `size` bytes each, cut after a line end, every line at most
/// [`MAX_LINE`] bytes (the rest of a longer line is skipped, as `input::for_each_line` does).
struct Blocks<R> {
    input: R,
    size: usize,
    /// Bytes read but not yet handed out: the start of a line.
    pending: Vec<u8>,
    /// The current line is over [`MAX_LINE`]: bytes up to its end are dropped.
    skipping: bool,
    /// Where skipped bytes are read.
    scratch: Vec<u8>,
    done: bool,
}

impl<R: Read> Blocks<R> {
    fn new(input: R, size: usize) -> Self {
        Blocks {
            input,
            size: size.max(1),
            pending: Vec::new(),
            skipping: false,
            scratch: Vec::new(),
            done: false,
        }
    }

    /// The next block, or `None` at the end of the input; `buffer` may be reused for it.
    fn next_block(&mut self, buffer: Option<Vec<u8>>) -> std::io::Result<Option<Vec<u8>>> {
        let mut block = buffer.unwrap_or_default();
        block.clear();
        block.append(&mut self.pending);
        // Read to the size, and on until the block holds a line end (a line is at most
        // MAX_LINE long, so a block is at most that much over the size).
        while !self.done && (block.len() < self.size || memchr::memrchr(b'\n', &block).is_none()) {
            if self.skipping {
                self.skip_rest_of_line(&mut block)?;
                continue;
            }
            let from = block.len();
            if (&mut self.input).take(READ).read_to_end(&mut block)? == 0 {
                self.done = true;
            } else {
                self.cut_long_lines(&mut block, from);
            }
        }
        if block.is_empty() {
            return Ok(None);
        }
        if !self.done {
            // Keep the unfinished last line for the next block.
            let cut = memchr::memrchr(b'\n', &block).map_or(0, |i| i + 1);
            self.pending.extend_from_slice(&block[cut..]);
            block.truncate(cut);
        }
        Ok(Some(block))
    }

    /// Cuts to [`MAX_LINE`] the lines of `block` that the bytes from `from` on make longer,
    /// dropping their rest. Runs of lines are checked a window at a time: within
    /// [`MAX_LINE`] bytes after a line's start, all up to the last line end is short enough.
    fn cut_long_lines(&mut self, block: &mut Vec<u8>, from: usize) {
        let mut start = memchr::memrchr(b'\n', &block[..from]).map_or(0, |i| i + 1);
        loop {
            let window_end = block.len().min(start + MAX_LINE + 1);
            if let Some(last) = memchr::memrchr(b'\n', &block[start..window_end]) {
                start += last + 1;
                continue;
            }
            if window_end < start + MAX_LINE + 1 {
                return; // the last line is still short enough
            }
            // A line over the limit: keep its start, drop the rest up to its end.
            let keep = start + MAX_LINE;
            match memchr::memchr(b'\n', &block[keep..]) {
                Some(i) => {
                    block.drain(keep..keep + i);
                    start = keep + 1;
                }
                None => {
                    block.truncate(keep);
                    self.skipping = true;
                    return;
                }
            }
        }
    }

    /// Reads and drops bytes up to the end of an over-long line; what follows it goes on
    /// the block.
    fn skip_rest_of_line(&mut self, block: &mut Vec<u8>) -> std::io::Result<()> {
        self.scratch.clear();
        if (&mut self.input)
            .take(READ)
            .read_to_end(&mut self.scratch)?
            == 0
        {
            self.done = true;
            return Ok(());
        }
        if let Some(i) = memchr::memchr(b'\n', &self.scratch) {
            self.skipping = false;
            let from = block.len();
            block.extend_from_slice(&self.scratch[i..]);
            self.cut_long_lines(block, from);
        }
        Ok(())
    }
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

    fn tally_of(text: &[u8], plan: Plan) -> Vec<crate::render::explain::CountRow> {
        let mut tally = Tally::new();
        count(text, &mut tally, plan).expect("counts");
        sorted(&tally)
    }

    #[test]
    fn counting_groups_pairs() {
        let log = "said: 550 5.1.1 a\nsaid: 550 5.1.1 b\nsaid: 421 4.7.0 c\nStatus: 5.1.1\n";
        let rows = tally_of(log.as_bytes(), Plan::new(None));
        assert_eq!(rows[0].2, 2);
        assert_eq!(rows[0].0.map(AnyReplyCode::as_u16), Some(550));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn the_tally_is_the_same_whatever_the_threads_and_blocks() {
        // Multi-line replies of every kind, repeated so that block boundaries fall inside them.
        let mut log = Vec::new();
        for i in 0..3000 {
            log.extend_from_slice(match i % 5 {
                0 => &b"250-mx.example.org\n250-PIPELINING\n250 8BITMIME\n"[..],
                1 => b"Diagnostic-Code: smtp; 550-5.7.26 blocked\n    is unauthenticated. 550 5.7.26 see\n",
                2 => b"<bob@example.org>: host mx said: 554\n    5.6.0 blocked (in reply to end of DATA command)\n",
                3 => b"Nov 28 03:20:00 mx1 postfix/qmgr[123]: 4F3A: from=<a@example.net>, size=2500\n",
                _ => b"said: 451 4.7.1 try later\n",
            });
        }
        let one = tally_of(
            &log,
            Plan {
                threads: 1,
                block: usize::MAX / 4,
            },
        );
        assert!(one.len() >= 4, "{one:?}");
        for threads in [1, 2, 3, 8] {
            for block in [1, 97, 1000, 1 << 16] {
                let mut tally = Tally::new();
                count(&log[..], &mut tally, Plan { threads, block }).expect("counts");
                assert_eq!(sorted(&tally), one, "threads {threads}, block {block}");
            }
        }
    }

    #[test]
    fn long_lines_are_cut_and_the_rest_skipped() {
        let mut text = b"550 5.1.1 ".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_LINE * 3));
        text.extend_from_slice(b"\nsaid: 421 4.7.0 later\n");
        let rows = tally_of(&text, Plan::new(None));
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(
            rows.iter()
                .any(|r| r.0.map(AnyReplyCode::as_u16) == Some(550)
                    && r.1.map(|e| e.to_string()).as_deref() == Some("5.1.1"))
        );
    }
}
