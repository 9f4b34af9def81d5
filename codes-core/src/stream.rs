//! [`ReplyStream`]: replies from a stream of bytes fed in chunks of any size (feature `alloc`).

use alloc::vec::Vec;

use crate::ParseReplyError;
use crate::reply::{Limits, Reply};

/// Splits a stream of pipelined replies into [`Reply`]s, keeping a partial reply between
/// chunks. Memory stays bounded: at most one reply's worth of [`Limits`] is buffered, and a
/// line or reply over the limits is reported as an error and skipped.
///
/// ```
/// use codes_core::ReplyStream;
///
/// let mut stream = ReplyStream::new();
/// let mut codes = Vec::new();
/// for chunk in [&b"250-mx.exa"[..], b"mple.com\r\n250 PIPE", b"LINING\r\n354 Go ahead\r\n"] {
///     stream.feed(chunk);
///     while let Some(reply) = stream.next_reply() {
///         codes.push(reply?.code().as_u16());
///     }
/// }
/// assert_eq!(codes, [250, 354]);
/// # Ok::<(), codes_core::ParseReplyError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReplyStream {
    buffer: Vec<u8>,
    start: usize,
    limits: Limits,
}

impl ReplyStream {
    /// A stream with the default [`Limits`].
    pub fn new() -> Self {
        Self::with_limits(Limits::DEFAULT)
    }

    /// A stream with explicit limits.
    pub fn with_limits(limits: Limits) -> Self {
        ReplyStream {
            buffer: Vec::new(),
            start: 0,
            limits,
        }
    }

    /// Adds bytes read from the connection.
    pub fn feed(&mut self, chunk: &[u8]) {
        if self.start > 0 {
            self.buffer.drain(..self.start);
            self.start = 0;
        }
        self.buffer.extend_from_slice(chunk);
    }

    /// The next complete reply, if the bytes fed so far hold one. An error is returned once
    /// and the offending line is skipped, so the stream can go on.
    pub fn next_reply(&mut self) -> Option<Result<Reply<'_>, ParseReplyError>> {
        let pending = &self.buffer[self.start..];
        match Reply::parse_first(pending, &self.limits) {
            Ok((reply, used)) => {
                self.start += used;
                Some(Ok(reply))
            }
            Err(error) if error.is_incomplete() => None,
            Err(error) => {
                // Skip past the line that failed (or all of a line that is too long) so the
                // next call starts afresh.
                let skip = memchr::memchr(b'\n', pending).map_or(pending.len(), |i| i + 1);
                self.start += skip.max(1).min(pending.len());
                Some(Err(error))
            }
        }
    }

    /// Bytes fed but not yet returned as replies.
    pub fn pending(&self) -> &[u8] {
        &self.buffer[self.start..]
    }
}
