//! `smtp-codes bounce` as users run it, on the bounce corpus of codes-core: one result per
//! recipient, what is not a bounce said to be what it is, Maildir and mbox, tallies.

mod common;

use std::path::PathBuf;

use common::{json_of, smtp_codes, stdout_of};
use serde_json::Value;

fn corpus(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../codes-core/tests/data/bounces")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The file name of a result, whatever folder the corpus is in.
fn short(file: &Value) -> String {
    let file = file.as_str().expect("file");
    file.rsplit_once("bounces/")
        .map_or(file, |(_, f)| f)
        .to_owned()
}

#[test]
fn one_message_gives_its_recipient_with_reason_and_advice() {
    let text = stdout_of(&["bounce", &corpus("postfix-userunknown.eml")]);
    let text = text.replacen(&corpus(""), "", 1);
    insta::assert_snapshot!("bounce_postfix_userunknown", text);
}

#[test]
fn two_failed_recipients_give_two_results() {
    let results = json_of(&["bounce", "--json", &corpus("rfc3464-two-recipients.eml")]);
    let results = results.as_array().expect("array");
    assert_eq!(results.len(), 2);
    for result in results {
        for field in [
            "file",
            "recipient",
            "action",
            "basic",
            "enhanced",
            "reason",
            "hard_bounce",
            "remote_mta",
            "diagnostic",
            "findings",
        ] {
            assert!(result.get(field).is_some(), "{field} missing: {result}");
        }
        assert_eq!(result["action"], "failed");
    }
}

#[test]
fn a_delay_is_no_hard_bounce_and_an_auto_reply_no_bounce() {
    let delayed = json_of(&["bounce", "--json", &corpus("rfc3464-delayed.eml")]);
    assert_eq!(delayed[0]["action"], "delayed");
    assert_eq!(delayed[0]["hard_bounce"], false);

    let output = smtp_codes()
        .args(["bounce", &corpus("auto-reply-out-of-office.eml")])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "no bounce: exit status 1");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("automatic reply (RFC 3834), not a bounce"),
        "{stdout}"
    );
    let output = smtp_codes()
        .args(["bounce", "--json", &corpus("arf-feedback-report.eml")])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "[]");
    assert!(String::from_utf8_lossy(&output.stderr).contains("feedback report"));
}

#[test]
fn a_maildir_and_an_mbox_are_read_in_order() {
    let maildir = json_of(&["bounce", "--json", &corpus("maildir")]);
    let files: Vec<String> = maildir
        .as_array()
        .expect("array")
        .iter()
        .map(|r| short(&r["file"]))
        .collect();
    assert_eq!(
        files,
        [
            "maildir/cur/1764583200.M1P100.mx1,S=2890:2,S",
            "maildir/cur/1764583202.M3P100.mx1,S=2105:2,RS",
            "maildir/cur/1764583202.M3P100.mx1,S=2105:2,RS",
            "maildir/new/1764583201.M2P100.mx1",
        ]
    );
    let tally = json_of(&["bounce", "--count", "--json", &corpus("mixed.mbox")]);
    let rows = tally.as_array().expect("rows");
    let reasons: Vec<&str> = rows.iter().filter_map(|r| r["reason"].as_str()).collect();
    assert!(
        reasons.contains(&"userunknown") && reasons.contains(&"hostunknown"),
        "{tally}"
    );
    assert_eq!(
        rows.iter().filter_map(|r| r["count"].as_u64()).sum::<u64>(),
        2,
        "the auto-reply in the mbox is no bounce"
    );
}

#[test]
fn standard_input_and_bad_paths() {
    let message = std::fs::read(corpus("qmail-nomailbox.eml")).expect("message");
    let output = smtp_codes()
        .args(["bounce", "--json"])
        .write_stdin(message)
        .output()
        .expect("runs");
    let results: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(results[0]["file"], "-");
    assert_eq!(results[0]["reason"], "userunknown");
    let output = smtp_codes()
        .args(["bounce", "/nonexistent/Maildir"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr).lines().count(), 1);
}

#[test]
fn bounces_read_in_vietnamese() {
    let text = stdout_of(&["bounce", "--lang", "vi", &corpus("postfix-mailboxfull.eml")]);
    assert!(text.contains("Lý do"), "{text}");
    assert!(text.contains("mailboxfull"), "{text}");
    assert!(text.contains("Việc cần làm"), "{text}");
}
