//! The extractor on the shapes that need more than one line or one rule.

use super::*;
use crate::Deviation;

fn one(input: &str) -> (Option<u16>, Option<String>) {
    let found = all(input.as_bytes());
    assert_eq!(found.len(), 1, "{input:?}: {found:?}");
    (
        found[0].code.map(AnyReplyCode::as_u16),
        found[0].enhanced.map(|e| alloc::format!("{e}")),
    )
}

#[test]
fn raw_replies_are_found_with_their_deviations() {
    let found = all(b"250-mx.example.com\n250-PIPELINING\n250 8BITMIME\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.map(AnyReplyCode::as_u16), Some(250));
    assert!(found[0].deviations.contains(Deviation::LfLineEnd));
    assert_eq!(
        found[0].text,
        "250-mx.example.com\n250-PIPELINING\n250 8BITMIME"
    );
}

#[test]
fn folded_and_flattened_multiline_replies_are_one_finding() {
    let gmail = "Diagnostic-Code: smtp; 550-5.7.26 This mail has been blocked because the sender\n    is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate\n    with either SPF or DKIM. 550 5.7.26\n    https://support.google.com/mail/answer/81126 - gsmtp\nAction: failed\n";
    let found = all(gmail.as_bytes());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].enhanced.map(|e| alloc::format!("{e}")).as_deref(),
        Some("5.7.26")
    );
    assert!(found[0].deviations.is_empty(), "{:?}", found[0].deviations);
    assert!(found[0].text.ends_with("gsmtp"), "{}", found[0].text);
    let postfix = "said: 550-5.7.1 [192.0.2.1] Our system has detected 550-5.7.1 an unusual rate 550 5.7.1 of mail (in reply to end of DATA command)";
    assert_eq!(one(postfix), (Some(550), Some("5.7.1".into())));
}

#[test]
fn nested_and_quoted_codes_stay_inside_their_reply() {
    assert_eq!(
        one("Diagnostic-Code: smtp; 554 4.4.7 Message expired.<421 4.4.2 Connection timed out>"),
        (Some(554), Some("4.4.7".into()))
    );
    assert_eq!(
        one(
            "503-All RCPT commands were rejected with this error:\n503-501 userx: no domain\n503 valid RCPT command must precede DATA"
        ),
        (Some(503), None)
    );
    assert_eq!(
        one("Diagnostic-Code: smtp; 220-laposte 421 4.2.1 Service refuse"),
        (Some(421), Some("4.2.1".into()))
    );
}

#[test]
fn utf8_is_judged_by_the_bytes_whether_or_not_text_is_kept() {
    let broken = b"said: 550 5.1.1 caf\xe9 unknown";
    let mut counted = Vec::new();
    let mut extractor = Extractor::codes_only();
    extractor.push_line(broken, &mut |f| counted.push(f));
    extractor.finish(&mut |f| counted.push(f));
    assert!(counted[0].deviations.contains(Deviation::NotUtf8));
    assert!(all(broken)[0].deviations.contains(Deviation::NotUtf8));
    let replacement = "said: 550 5.1.1 caf\u{FFFD} unknown";
    assert!(
        !all(replacement.as_bytes())[0]
            .deviations
            .contains(Deviation::NotUtf8)
    );
}

#[test]
fn an_overlong_line_keeps_what_its_start_says() {
    let mut line = b"550 5.1.1 ".to_vec();
    line.extend(core::iter::repeat_n(b'x', 3_000_000));
    let found = all(&line);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.map(AnyReplyCode::as_u16), Some(550));
    assert_eq!(
        found[0].enhanced.map(|e| alloc::format!("{e}")).as_deref(),
        Some("5.1.1")
    );
    assert!(found[0].text.len() <= 16 * 1024, "the kept text is bounded");
}

#[test]
fn typographic_quotes_and_no_break_spaces_around_a_reply() {
    assert_eq!(
        one("The server returned \u{2018}550\u{a0}5.7.26 Unauthenticated mail\u{2019}\n"),
        (Some(550), Some("5.7.26".into()))
    );
}

#[test]
fn a_reply_whose_text_is_arrows_is_no_debug_trace() {
    assert_eq!(one("200 <<\r\n"), (Some(200), None));
    assert_eq!(one("200  0<<\r\n"), (Some(200), None));
    assert_eq!(one("  308   SMTP<< 250 OK\n"), (Some(250), None));
}
