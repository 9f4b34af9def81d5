//! The reply parser on each quirk, on what is no reply, and on its limits.

use super::*;
use crate::Deviation;

fn names(input: &[u8]) -> Vec<&'static str> {
    Reply::parse(input)
        .expect("parses")
        .deviations()
        .iter()
        .map(Deviation::name)
        .collect()
}

#[test]
fn a_clean_reply_has_no_deviation() {
    let reply = Reply::parse(b"250 2.0.0 Ok: queued as 4F3A\r\n").expect("parses");
    assert_eq!(reply.code().as_u16(), 250);
    assert_eq!(
        reply.enhanced().map(|e| (e.subject_number(), e.detail())),
        Some((0, 0))
    );
    assert!(reply.deviations().is_empty());
    assert_eq!(reply.line_count(), 1);
}

#[test]
fn each_quirk_is_reported() {
    assert_eq!(names(b"334\r\n"), ["bare-code"]);
    assert_eq!(names(b"250 OK\n"), ["lf-line-end"]);
    assert_eq!(names(b"250 OK"), ["missing-line-end"]);
    assert_eq!(names(b"250-a\r\n251 b\r\n"), ["mixed-codes"]);
    assert_eq!(names(b"250-a\r\n250-b\r\n"), ["unfinished-multiline"]);
    assert_eq!(names(b"550 4.4.7 expired\r\n"), ["enhanced-class-mismatch"]);
    assert_eq!(
        names(b"550-5.1.1 a\r\n550 b\r\n"),
        ["enhanced-missing-on-some-lines"]
    );
    assert_eq!(
        names(b"550-5.1.1 a\r\n550 5.1.2 b\r\n"),
        ["enhanced-codes-differ"]
    );
    assert_eq!(
        names(b"451 timeout (#4.4.2)\r\n"),
        ["enhanced-not-at-start"]
    );
    assert_eq!(names(b"599 x\r\n"), ["second-digit-out-of-range"]);
    assert_eq!(names(b"250 caf\xe9\r\n"), ["not-utf8"]);
    let long = [b"250 ".as_slice(), &[b'a'; 600], b"\r\n"].concat();
    assert_eq!(names(&long), ["line-too-long"]);
}

#[test]
fn what_is_not_a_reply_is_an_error() {
    for bad in [
        &b""[..],
        b"hello\r\n",
        b"25\r\n",
        b"650 no\r\n",
        b"250_x\r\n",
        b"250 a\r\nxyz\r\n",
    ] {
        assert!(
            Reply::parse(bad).is_err(),
            "{:?}",
            core::str::from_utf8(bad)
        );
    }
    assert!(
        Reply::parse(b"250 a\r\n250 b\r\n").is_err(),
        "two replies are not one"
    );
    assert!(
        Reply::parse(b"250 a\r\n\r\n").is_ok(),
        "trailing blank lines are ignored"
    );
}

#[test]
fn limits_bound_the_work() {
    let limits = Limits {
        max_line_len: 16,
        max_lines: 2,
    };
    assert!(
        Reply::parse_with(b"250 aaaaaaaaaaaaaaaaaaaaaaa\r\n", &limits)
            .unwrap_err()
            .is_limit()
    );
    assert!(
        Reply::parse_with(b"250-a\r\n250-b\r\n250 c\r\n", &limits)
            .unwrap_err()
            .is_limit()
    );
}

#[test]
fn the_first_reply_of_a_stream_is_taken_and_the_rest_waits() {
    let input = b"250-a\r\n250 b\r\n354 go";
    let (reply, used) = Reply::parse_first(input, &Limits::DEFAULT).expect("first");
    assert_eq!(reply.line_count(), 2);
    assert_eq!(&input[used..], b"354 go");
    assert!(
        Reply::parse_first(&input[used..], &Limits::DEFAULT)
            .unwrap_err()
            .is_incomplete()
    );
    assert!(
        Reply::parse_first(b"250-a\r\n", &Limits::DEFAULT)
            .unwrap_err()
            .is_incomplete()
    );
}

#[test]
fn enhanced_codes_of_full_width_are_read_from_every_line() {
    let reply = Reply::parse(b"550 5.7.606 Access denied\r\n").expect("parses");
    assert_eq!(
        reply.enhanced().map(crate::AnyEnhancedCode::detail),
        Some(606)
    );
    let reply = Reply::parse(b"421-4.123.999 a\r\n421 4.123.999 b\r\n").expect("parses");
    assert_eq!(
        reply.enhanced().map(crate::AnyEnhancedCode::subject_number),
        Some(123)
    );
    let lines: Vec<_> = reply.lines().map(|l| l.enhanced()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(Option::is_some));
    // A four-digit subject is not an enhanced code.
    assert_eq!(
        Reply::parse(b"499 4.1234.343 x\r\n")
            .expect("parses")
            .enhanced(),
        None
    );
}

#[test]
fn misplaced_enhanced_codes_are_found_and_flagged() {
    let reply = Reply::parse(b"550 #5.1.0 Address rejected.\r\n").expect("parses");
    assert_eq!(
        reply.enhanced().map(|e| e.to_string()).as_deref(),
        Some("5.1.0")
    );
    assert!(reply.deviations().contains(Deviation::EnhancedNotAtStart));
    let yahoo = Reply::parse(b"451 Resources unavailable [#4.16.1].\r\n").expect("parses");
    assert_eq!(
        yahoo.enhanced(),
        None,
        "provider ids are not enhanced codes"
    );
    let internal = Reply::parse(b"450 4.2.1 later. (#id-5.9.4)\r\n").expect("parses");
    assert_eq!(
        internal.enhanced().map(|e| e.to_string()).as_deref(),
        Some("4.2.1")
    );
}
