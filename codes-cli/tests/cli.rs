//! The command line as users run it: output snapshots, exit statuses, JSON shape, colour.

mod common;

use std::process::{Command as Process, Stdio};

use common::{assert_fits_80_columns, json_of, smtp_codes, stderr_of, stdout_of};
use predicates::prelude::*;
use serde_json::Value;

/// The strings of a JSON array.
fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

#[test]
fn compare_220_250_shows_both_cards_and_both_comparison_sections() {
    let text = stdout_of(&["compare", "220", "250"]);
    for section in [
        "220 Service ready",
        "250 Requested mail action okay, completed",
        "Description",
        "When you see this code",
        "How to fix",
        "References",
        "Key differences",
        "When to use which",
    ] {
        assert!(text.contains(section), "missing {section:?}");
    }
    insta::assert_snapshot!("compare_220_250", text);
}

#[test]
fn a_card_has_its_sections_in_the_contract_order() {
    let text = stdout_of(&["show", "550"]);
    let order = [
        "550 ",
        "Class",
        "Subject",
        "Description",
        "When you see this code",
        "How to fix",
        "References",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|s| text.find(s).unwrap_or_else(|| panic!("{s}")))
        .collect();
    let mut sorted = positions.clone();
    sorted.sort_unstable();
    assert_eq!(positions, sorted, "sections out of order");
}

#[test]
fn show_250_json() {
    let text = stdout_of(&["show", "250", "--json"]);
    let value: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value[0]["code"], "250");
    assert_eq!(value[0]["kind"], "basic");
    assert_eq!(value[0]["known"], true);
    assert_eq!(value[0]["class"]["digit"], 2);
    assert_eq!(value[0]["subject"]["digit"], 5);
    insta::assert_snapshot!("show_250_json", text);
}

#[test]
fn bare_codes_are_shown() {
    assert_eq!(stdout_of(&["250"]), stdout_of(&["show", "250"]));
}

#[test]
fn exit_0_when_everything_is_found() {
    smtp_codes().arg("250").assert().code(0).stderr("");
    smtp_codes()
        .args(["show", "220", "X.1.1", "5.7.1"])
        .assert()
        .code(0)
        .stderr("");
    smtp_codes()
        .args(["list", "4xx"])
        .assert()
        .code(0)
        .stderr("");
}

#[test]
fn exit_1_for_a_well_formed_unknown_code_which_is_still_explained() {
    let assert = smtp_codes().arg("263").assert().code(1);
    let output = assert.get_output();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("263 (not in the catalogue)"), "{stdout}");
    assert!(stdout.contains("2xx Positive Completion"), "{stdout}");
    assert!(stdout.contains("x6x has no meaning"), "{stdout}");
    insta::assert_snapshot!("unknown_263", stdout);
    smtp_codes()
        .args(["list", "26x"])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn exit_2_for_bad_input_with_one_clear_line() {
    for (arg, message) in [
        ("abc", "error: `abc` is not a code"),
        (
            "2500",
            "error: `2500` is not a code: a reply code is three digits, such as 250",
        ),
        (
            "650",
            "error: `650` is not a code: a reply code starts with 2, 3, 4 or 5",
        ),
    ] {
        smtp_codes()
            .arg(arg)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with(message));
    }
    smtp_codes()
        .arg("--no-such-flag")
        .assert()
        .code(2)
        .stdout("");
    smtp_codes().args(["compare", "4xx"]).assert().code(2);
    smtp_codes()
        .args(["list", "--after", "FETCH"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("FETCH"));
    smtp_codes()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no code given"));
}

#[test]
fn help_explains_and_succeeds() {
    smtp_codes()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Examples:").and(predicate::str::contains("compare")));
}

#[test]
fn every_required_code_is_listed_with_its_text() {
    let list = json_of(&["list", "--json"]);
    let codes: Vec<&Value> = list.as_array().expect("array").iter().collect();
    for number in [
        211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504,
        550, 551, 552, 553, 554, 555, 521, 556, 235, 334, 432, 454, 530, 534, 535, 538, 253, 458,
        459,
    ] {
        let code = codes
            .iter()
            .find(|c| c["code"].as_str() == Some(number.to_string().as_str()))
            .unwrap_or_else(|| panic!("{number} missing from list --json"));
        for field in ["description", "when_seen", "fix"] {
            assert!(
                !code[field].as_str().unwrap_or("").is_empty(),
                "{number} {field}"
            );
        }
        assert!(
            !code["references"]
                .as_array()
                .expect("references")
                .is_empty(),
            "{number}"
        );
    }
}

#[test]
fn list_4xx_holds_only_and_all_4xx_codes() {
    let four = json_of(&["list", "4xx", "--json"]);
    let all = json_of(&["list", "--json"]);
    let listed: Vec<&str> = four
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["code"].as_str().expect("code"))
        .collect();
    let expected: Vec<&str> = all
        .as_array()
        .expect("array")
        .iter()
        .filter(|c| c["kind"] == "basic")
        .map(|c| c["code"].as_str().expect("code"))
        .filter(|c| c.starts_with('4'))
        .collect();
    assert!(!listed.is_empty());
    assert_eq!(listed, expected);
}

/// The fields the README promises in every code object.
const CODE_FIELDS: [&str; 10] = [
    "kind",
    "code",
    "known",
    "title",
    "class",
    "subject",
    "description",
    "when_seen",
    "fix",
    "references",
];

#[test]
fn code_objects_carry_the_contract_fields() {
    let fields = CODE_FIELDS;
    for args in [
        &["show", "250", "263", "5.7.1", "X.1.1", "5.7.606", "--json"][..],
        &["list", "--json"][..],
    ] {
        for object in json_of(args).as_array().expect("array") {
            for field in fields {
                assert!(object.get(field).is_some(), "{field} missing in {object}");
            }
            match object["kind"].as_str() {
                Some("basic") => {
                    assert!(
                        object.get("after").is_some() && object.get("enhanced").is_some(),
                        "{object}"
                    );
                }
                Some("enhanced") => assert!(object.get("associated_basic").is_some(), "{object}"),
                other => panic!("kind {other:?}"),
            }
        }
    }
    let unknown = &json_of(&["show", "263", "--json"])[0];
    assert_eq!(unknown["known"], false);
    assert_eq!(unknown["title"], Value::Null);
    assert_eq!(unknown["after"], Value::Null);
    assert_eq!(unknown["class"]["digit"], 2);
    let compare = json_of(&["compare", "220", "250", "--json"]);
    assert_eq!(compare["a"]["code"], "220");
    assert_eq!(compare["b"]["code"], "250");
    assert!(
        !compare["differences"]
            .as_array()
            .expect("differences")
            .is_empty()
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let escape = predicate::str::contains("\u{1b}[");
    smtp_codes()
        .args(["250", "--color", "always"])
        .assert()
        .stdout(escape.clone());
    smtp_codes()
        .args(["250", "--color", "never"])
        .assert()
        .stdout(escape.clone().not());
    // Not a terminal: auto means no colour.
    smtp_codes()
        .args(["250", "--color", "auto"])
        .assert()
        .stdout(escape.clone().not());
    smtp_codes()
        .env("NO_COLOR", "1")
        .args(["250", "--color", "auto"])
        .assert()
        .stdout(escape.not());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let binary = assert_cmd::cargo::cargo_bin("smtp-codes");
    let mut child = Process::new(binary)
        .arg("list")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take()); // the reader goes away before anything is written
    let output = child.wait_with_output().expect("finishes");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_basic_card_shows_its_matrix_and_enhanced_codes() {
    let text = stdout_of(&["550"]);
    assert!(text.contains("Sent after"), "{text}");
    assert!(text.contains("Enhanced codes (IANA registry)"), "{text}");
    insta::assert_snapshot!("show_550", text);
}

#[test]
fn an_enhanced_card_shows_its_class_and_associated_basic_codes() {
    let text = stdout_of(&["5.7.1"]);
    assert!(
        text.starts_with("5.7.1 Delivery not authorized, message refused"),
        "{text}"
    );
    assert!(text.contains("5 Permanent Failure"), "{text}");
    assert!(
        text.contains("Associated basic codes (IANA registry)"),
        "{text}"
    );
    assert_eq!(
        text.replace("5.7.1", "X.7.1").lines().next(),
        stdout_of(&["X.7.1"]).lines().next()
    );
    insta::assert_snapshot!("show_5_7_1", text);
}

#[test]
fn json_550_lists_rcpt_errors_and_x_1_1() {
    let value = &json_of(&["550", "--json"])[0];
    let errors: Vec<&str> = strings(&value["after"]["error"]);
    assert!(errors.contains(&"RCPT"), "{errors:?}");
    let enhanced: Vec<&str> = strings(&value["enhanced"]);
    assert!(enhanced.contains(&"X.1.1"), "{enhanced:?}");
    let x11 = &json_of(&["X.1.1", "--json"])[0];
    let basic: Vec<&str> = strings(&x11["associated_basic"]);
    assert!(basic.contains(&"550"), "{basic:?}");
}

#[test]
fn list_x7_returns_x_7_0_through_x_7_30_with_fixes() {
    let list = json_of(&["list", "X.7.x", "--json"]);
    let codes: Vec<&str> = list
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["code"].as_str())
        .collect();
    let expected: Vec<String> = (0..=30).map(|d| format!("X.7.{d}")).collect();
    assert_eq!(codes, expected);
    for code in list.as_array().expect("array") {
        assert!(!code["fix"].as_str().unwrap_or("").is_empty(), "{code}");
        assert!(code["associated_basic"].is_array(), "{code}");
    }
    let five: Vec<String> = json_of(&["list", "5.7.x", "--json"])
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["code"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        five,
        (0..=30).map(|d| format!("5.7.{d}")).collect::<Vec<_>>()
    );
}

#[test]
fn list_after_rcpt_gives_the_rfc_codes_with_their_references() {
    let list = json_of(&["list", "--after", "RCPT", "--json"]);
    let codes: Vec<&str> = list
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["code"].as_str())
        .collect();
    for code in [
        "250", "251", "550", "551", "552", "553", "450", "451", "452", "503", "455", "555",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    for object in list.as_array().expect("array") {
        let cells = object["allowed_after"].as_array().expect("allowed_after");
        assert!(
            cells.iter().any(|c| c["command"] == "RCPT"
                && c["reference"]
                    .as_str()
                    .is_some_and(|r| r.starts_with("RFC "))),
            "{object}"
        );
    }
    assert!(!codes.contains(&"354"), "354 answers DATA, not RCPT");
}

/// The difference of a `compare --json` output with this aspect.
fn difference<'a>(value: &'a Value, aspect: &str) -> &'a Value {
    value["differences"]
        .as_array()
        .expect("differences")
        .iter()
        .find(|d| d["aspect"] == aspect)
        .unwrap_or_else(|| panic!("no {aspect} in {value}"))
}

#[test]
fn compare_works_across_kinds() {
    let value = json_of(&["compare", "550", "5.1.1", "--json"]);
    let agree = difference(&value, "classes_agree");
    assert_eq!(agree["same"], true);
    assert!(
        agree["text"]
            .as_str()
            .is_some_and(|s| s.contains("agree in class"))
    );
    let registry = difference(&value, "registry");
    assert_eq!(
        (&registry["a"], &registry["b"]),
        (&Value::from("550"), &Value::from("5.1.1"))
    );
    assert!(
        registry["text"]
            .as_str()
            .is_some_and(|s| s.contains("associates 5.1.1 with 550"))
    );
    let clash = json_of(&["compare", "550", "4.1.1", "--json"]);
    let agree = difference(&clash, "classes_agree");
    assert_eq!(agree["same"], false);
    assert!(
        agree["text"]
            .as_str()
            .is_some_and(|s| s.contains("disagree"))
    );
}

#[test]
fn compare_json_gives_each_difference_as_an_object() {
    let value = json_of(&["compare", "220", "250", "--json"]);
    for d in value["differences"].as_array().expect("differences") {
        for field in ["aspect", "a", "b", "same", "text"] {
            assert!(d.get(field).is_some(), "{field} missing in {d}");
        }
    }
    let class = difference(&value, "class");
    assert_eq!(class["same"], true);
    assert_eq!(class["a"], "2xx Positive Completion");
    assert_eq!(difference(&value, "subject")["same"], false);
}

fn explain_json(input: &str) -> Value {
    let output = smtp_codes()
        .args(["explain", "--json"])
        .write_stdin(input)
        .output()
        .expect("runs");
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

#[test]
fn explain_a_pasted_multiline_reply_with_lf_line_ends() {
    let findings = explain_json("250-mx.example.com\n250-PIPELINING\n250 8BITMIME\n");
    let findings = findings.as_array().expect("array");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["basic"]["code"], "250");
    assert_eq!(findings[0]["line"], 1);
    let deviations = findings[0]["deviations"].as_array().expect("deviations");
    assert_eq!(deviations.len(), 1);
    assert_eq!(deviations[0]["name"], "lf-line-end");
    assert!(
        deviations[0]["description"]
            .as_str()
            .is_some_and(|d| d.contains("CRLF"))
    );
}

#[test]
fn explain_a_postfix_bounce_line() {
    let line = "Nov 28 03:11:09 mx1 postfix/smtp[23312]: 9A1B22C0F3: to=<bob@example.net>, relay=mx.example.net[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.net[203.0.113.5] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))";
    let findings = explain_json(line);
    assert_eq!(findings.as_array().expect("array").len(), 1);
    let finding = &findings[0];
    assert_eq!(finding["basic"]["code"], "550");
    assert_eq!(finding["enhanced"]["code"], "5.1.1");
    assert_eq!(
        finding["enhanced"]["title"],
        "Bad destination mailbox address"
    );
    assert_eq!(finding["check"]["classes_agree"], true);
    assert_eq!(finding["check"]["registered"], true);
    assert!(
        finding["deviations"]
            .as_array()
            .expect("deviations")
            .is_empty()
    );
    let text = smtp_codes()
        .arg("explain")
        .arg(line)
        .output()
        .expect("runs");
    insta::assert_snapshot!("explain_postfix", String::from_utf8_lossy(&text.stdout));
}

#[test]
fn explain_finds_nothing_in_a_line_of_ip_date_and_size() {
    smtp_codes()
        .args(["explain", "Nov 28 10:22:33 host postfix/qmgr[550]: 4F3A2B1C9D: from=<a@example.org>, size=2500, nrcpt=1 (queue active) client 192.0.2.55"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no SMTP reply code found"));
}

#[test]
fn explain_reports_class_disagreement() {
    let findings = explain_json("Diagnostic-Code: smtp; 554 4.4.7 Message expired");
    assert_eq!(findings[0]["check"]["classes_agree"], false);
    let deviations: Vec<&str> = findings[0]["deviations"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert!(
        deviations.contains(&"enhanced-class-mismatch"),
        "{deviations:?}"
    );
}

#[test]
fn explain_count_tallies_pairs_most_frequent_first() {
    let log = "said: 550 5.1.1 a\nsaid: 421 4.7.0 b\nsaid: 550 5.1.1 c\nStatus: 5.1.1\n";
    let output = smtp_codes()
        .args(["explain", "--count", "--json"])
        .write_stdin(log)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(
        rows[0],
        serde_json::json!({"basic": "550", "enhanced": "5.1.1", "count": 2})
    );
    assert_eq!(rows.as_array().expect("array").len(), 3);
    assert!(
        rows.as_array()
            .expect("array")
            .iter()
            .any(|r| r["basic"].is_null() && r["enhanced"] == "5.1.1")
    );
    let text = smtp_codes()
        .args(["explain", "--count"])
        .write_stdin(log)
        .output()
        .expect("runs");
    insta::assert_snapshot!("explain_count", String::from_utf8_lossy(&text.stdout));
}

#[test]
fn explain_count_is_the_same_on_any_number_of_threads() {
    // Over 10 MB, so that it is read in several blocks, with multi-line replies.
    let mut log = String::new();
    for i in 0..200_000 {
        log += match i % 4 {
            0 => "250-mx.example.org\n250-PIPELINING\n250 8BITMIME\n",
            1 => "host mx said: 554\n    5.6.0 blocked (in reply to end of DATA command)\n",
            2 => "postfix/qmgr[123]: 4F3A: from=<a@example.net>, size=2500, nrcpt=1\n",
            _ => "said: 451 4.7.1 try later\n",
        };
    }
    let tally = |threads: &str| {
        let output = smtp_codes()
            .args(["explain", "--count", "--json", "--threads", threads])
            .write_stdin(log.as_str())
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0));
        serde_json::from_slice::<Value>(&output.stdout).expect("valid JSON")
    };
    let one = tally("1");
    assert_eq!(one.as_array().expect("array").len(), 3, "{one}");
    assert_eq!(tally("2"), one);
    assert_eq!(tally("7"), one);
    let (code, stderr) = stderr_of(&["explain", "--count", "--threads", "0"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--threads"), "{stderr}");
}

#[test]
fn explain_count_of_an_unreadable_file_is_bad_input() {
    smtp_codes()
        .args(["explain", "--count", "/nonexistent/mail.log"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: cannot read /nonexistent/mail.log",
        ));
}

#[test]
fn search_ranks_operator_words() {
    let first = |args: &[&str]| -> Vec<String> {
        json_of(args)
            .as_array()
            .expect("array")
            .iter()
            .filter_map(|c| c["code"].as_str().map(str::to_owned))
            .collect()
    };
    let greylisting = first(&["search", "greylisting", "--json"]);
    assert!(greylisting[0].starts_with('4'), "{greylisting:?}");
    let full = first(&["search", "mailbox", "full", "--json"]);
    assert!(
        full[..3].iter().any(|c| c == "552" || c == "X.2.2"),
        "{full:?}"
    );
    let value = json_of(&["search", "starttls", "--json"]);
    assert!(value[0]["score"].as_u64().is_some_and(|s| s > 0));
    insta::assert_snapshot!("search_greylisting", stdout_of(&["search", "greylisting"]));
}

#[test]
fn misses_suggest_what_was_meant() {
    let (code, stderr) = stderr_of(&["search", "greylistng"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("did you mean greylisting"), "{stderr}");
    for (arg, near) in [("5.1.11", "5.1.1"), ("559", "556"), ("X.7.99", "X.7.")] {
        let (code, stderr) = stderr_of(&[arg]);
        assert_eq!(code, Some(1), "{arg}");
        assert!(
            stderr.contains("nearest catalogued codes") && stderr.contains(near),
            "{arg}: {stderr}"
        );
    }
    let (code, stderr) = stderr_of(&["lsit"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("did you mean `smtp-codes list`"),
        "{stderr}"
    );
}

#[test]
fn completions_are_valid_scripts() {
    let script = stdout_of(&["completions", "bash"]);
    assert!(script.contains("smtp-codes"));
    let path =
        std::env::temp_dir().join(format!("smtp-codes-completion-{}.bash", std::process::id()));
    std::fs::write(&path, &script).expect("write");
    let syntax = Process::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash runs");
    std::fs::remove_file(&path).ok();
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        smtp_codes()
            .args(["completions", shell])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("smtp-codes"));
    }
    smtp_codes().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_man_page_is_roff() {
    let page = stdout_of(&["man"]);
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{}",
        &page[..page.len().min(80)]
    );
    assert!(
        page.lines().any(|l| l.starts_with(".TH smtp-codes")),
        "no .TH line"
    );
    assert!(page.contains("explain"));
}

#[test]
fn list_text_snapshot() {
    insta::assert_snapshot!("list_4xx", stdout_of(&["list", "4xx"]));
}

#[test]
fn every_card_fits_in_80_columns() {
    let all = json_of(&["list", "--json"]);
    let codes: Vec<String> = all
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["code"].as_str().map(str::to_owned))
        .collect();
    let mut args = vec!["show".to_owned()];
    args.extend(codes);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_fits_80_columns(&stdout_of(&args));
}

#[test]
fn text_snapshots_fit_in_80_columns() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for entry in std::fs::read_dir(dir).expect("snapshots") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("snapshot");
        let name = path.to_string_lossy();
        if !name.ends_with(".snap") || name.ends_with("_json.snap") {
            continue;
        }
        for line in text.lines() {
            assert!(
                line.chars().count() <= 80,
                "{}: {} columns: {line}",
                path.display(),
                line.chars().count()
            );
        }
    }
}

#[test]
fn every_json_output_parses_and_carries_the_contract_fields() {
    let code_fields = CODE_FIELDS;
    for args in [
        &["show", "250", "5.7.1", "--json"][..],
        &["list", "5xx", "--json"],
        &["search", "relay", "--json"],
    ] {
        for object in json_of(args).as_array().expect("array") {
            for field in code_fields {
                assert!(object.get(field).is_some(), "{args:?}: {field}");
            }
        }
    }
    let compare = json_of(&["compare", "550", "5.1.1", "--json"]);
    for field in ["a", "b", "differences"] {
        assert!(compare.get(field).is_some(), "compare: {field}");
    }
    for finding in explain_json("550 5.1.1 no such user\n")
        .as_array()
        .expect("array")
    {
        for field in ["line", "text", "basic", "enhanced", "deviations"] {
            assert!(finding.get(field).is_some(), "explain: {field}");
        }
    }
}

#[test]
fn compare_with_one_code_suggests_the_codes_people_confuse_with_it() {
    let text = stdout_of(&["compare", "250"]);
    assert!(text.starts_with("Codes often confused with 250"), "{text}");
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("220 ")),
        "{text}"
    );
    let json = json_of(&["compare", "550", "--json"]);
    let others: Vec<&str> = json["confused_with"]
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|c| c["code"].as_str())
        .collect();
    assert!(
        others.contains(&"5.1.1") && others.contains(&"553"),
        "{others:?}"
    );
    let card = json_of(&["550", "--json"]);
    assert_eq!(strings(&card[0]["confused_with"]), others);
    // A code no pair names: nothing on stdout, exit 1 and a note.
    let output = smtp_codes()
        .args(["compare", "211"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("211"));
}
