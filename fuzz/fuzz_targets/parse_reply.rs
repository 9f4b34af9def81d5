//! Any bytes, as a whole reply, as the start of a stream, and fed to the stream parser in
//! small pieces: no panic, and what parses stays within the input and the limits.
#![no_main]

use codes_core::reply::Limits;
use codes_core::{Reply, ReplyStream};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits { max_line_len: 512, max_lines: 8 };
    if let Ok(reply) = Reply::parse_with(data, &limits) {
        assert!(reply.as_bytes().len() <= data.len());
        assert_eq!(reply.lines().count(), reply.line_count() as usize);
        let _ = reply.pair_check();
    }
    if let Ok((reply, used)) = Reply::parse_first(data, &limits) {
        assert!(used <= data.len());
        assert!(reply.line_count() as usize <= limits.max_lines);
    }
    let mut stream = ReplyStream::with_limits(limits);
    let piece = usize::from(data.first().copied().unwrap_or(1)).max(1);
    for chunk in data.chunks(piece) {
        stream.feed(chunk);
        while let Some(result) = stream.next_reply() {
            let _ = result.map(|r| r.deviations());
        }
    }
});
