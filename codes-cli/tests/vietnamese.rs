//! The command line in Vietnamese: chosen by `--lang` or the locale, every word of the
//! output translated, JSON that says its language, and search with or without diacritics.

mod common;

use common::{assert_fits_80_columns, json_of, smtp_codes, stderr_of, stdout_of};
use serde_json::Value;

/// English words that no Vietnamese sentence needs: one of them, in lowercase, outside
/// quoted server text, references and addresses, means a sentence was left untranslated
/// (command and header names such as `MAIL FROM` and `From:` are capitalised).
const ENGLISH: [&str; 16] = [
    "the", "and", "is", "are", "of", "to", "with", "when", "not", "this", "that", "for", "from",
    "which", "only", "both",
];

/// The English words of `text`, outside straight-quoted strings (which may wrap over lines)
/// and the reference list.
fn english_words(text: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut in_references = false;
    for line in text.lines() {
        if !line.starts_with(' ') {
            in_references = line.starts_with("Tìm hiểu thêm");
        }
        if !in_references && !line.contains("https://") {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    let unquoted: String = kept.split('"').step_by(2).collect::<Vec<_>>().join(" ");
    unquoted
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| ENGLISH.contains(word))
        .map(str::to_owned)
        .collect()
}

#[test]
fn compare_220_250_in_vietnamese_has_the_six_sections_and_no_english_sentence() {
    let text = stdout_of(&["compare", "220", "250", "--lang", "vi"]);
    for heading in [
        "Mô tả",
        "Khi bạn thấy mã này",
        "Cách khắc phục",
        "Sự khác biệt chính",
        "Khi nào dùng cái nào",
        "Tìm hiểu thêm",
    ] {
        assert!(
            text.lines().any(|l| l == heading),
            "missing heading {heading}"
        );
    }
    let english = english_words(&text);
    assert!(english.is_empty(), "{english:#?}");
    assert_fits_80_columns(&text);
    insta::assert_snapshot!("vi_compare_220_250", text);
}

#[test]
fn a_card_explain_and_a_count_in_vietnamese() {
    let card = stdout_of(&["550", "--lang", "vi"]);
    assert!(
        english_words(&card).is_empty(),
        "{:#?}",
        english_words(&card)
    );
    assert_fits_80_columns(&card);
    insta::assert_snapshot!("vi_show_550", card);

    let line = "Nov 28 03:11:09 mx1 postfix/smtp[23312]: 9A1B22C0F3: to=<bob@example.net>, \
                relay=mx.example.net[203.0.113.5]:25, status=bounced (host \
                mx.example.net[203.0.113.5] said: 550 5.1.1 <bob@example.net>: Recipient \
                address rejected: User unknown (in reply to RCPT TO command))";
    let explained = stdout_of(&["explain", "--lang", "vi", line]);
    assert_fits_80_columns(&explained);
    insta::assert_snapshot!("vi_explain_postfix", explained);

    let log = "said: 550 5.1.1 a\nsaid: 421 4.7.0 b\nsaid: 550 5.1.1 c\nStatus: 5.1.1\n";
    let output = smtp_codes()
        .args(["explain", "--count", "--lang", "vi"])
        .write_stdin(log)
        .output()
        .expect("runs");
    insta::assert_snapshot!("vi_explain_count", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn the_locale_chooses_the_language() {
    let vietnamese = |var: &str, value: &str| {
        let output = smtp_codes()
            .env(var, value)
            .arg("421")
            .output()
            .expect("runs");
        String::from_utf8_lossy(&output.stdout).contains("\nMô tả\n")
    };
    assert!(vietnamese("LANG", "vi_VN.UTF-8"));
    assert!(vietnamese("LC_MESSAGES", "vi_VN.UTF-8"));
    assert!(vietnamese("LC_ALL", "vi_VN.UTF-8"));
    // A locale without a translation falls back to English, silently.
    let output = smtp_codes()
        .env("LANG", "fr_FR.UTF-8")
        .arg("421")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("\nDescription\n"));
    assert!(output.stderr.is_empty());
    // `--lang` wins over the locale.
    let output = smtp_codes()
        .env("LANG", "vi_VN.UTF-8")
        .args(["421", "--lang", "en"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("\nDescription\n"));
}

#[test]
fn an_unknown_language_is_bad_input() {
    let (code, stderr) = stderr_of(&["--lang", "xx", "250"]);
    assert_eq!(code, Some(2));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("`xx`") && stderr.contains("en, vi"),
        "{stderr}"
    );
}

#[test]
fn errors_and_hints_speak_vietnamese() {
    let (code, stderr) = stderr_of(&["--lang", "vi", "abc"]);
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("lỗi: "), "{stderr}");
    let (code, stderr) = stderr_of(&["--lang", "vi", "explain", "--count", "/nonexistent/log"]);
    assert_eq!(code, Some(2));
    assert!(!stderr.contains("No such file"), "{stderr}");
}

/// The keys of a JSON value, recursively, with array items merged.
fn shape(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let path = format!("{path}.{key}");
                out.push(path.clone());
                shape(item, &path, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                shape(item, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn json_says_its_language_and_keeps_its_shape() {
    for args in [
        &["250", "--json"][..],
        &["compare", "550", "5.1.1", "--json"],
        &["explain", "--json", "550 5.1.1 unknown"],
    ] {
        let english = json_of(args);
        let vietnamese = json_of(&[args, &["--lang", "vi"]].concat());
        let (mut a, mut b) = (Vec::new(), Vec::new());
        shape(&english, "", &mut a);
        shape(&vietnamese, "", &mut b);
        a.sort();
        b.sort();
        a.dedup();
        b.dedup();
        assert_eq!(a, b, "{args:?}");
        let text = vietnamese.to_string();
        assert!(text.contains(r#""lang":"vi""#), "{args:?}");
        assert!(!text.contains(r#""lang":"en""#), "{args:?}");
    }
    let card = json_of(&["--lang", "vi", "250", "--json"]);
    assert_eq!(card[0]["code"], "250");
    assert_eq!(card[0]["status"], "standard", "vocabulary words stay");
    assert_ne!(card[0]["title"], json_of(&["250", "--json"])[0]["title"]);
}

#[test]
fn search_finds_vietnamese_words_with_or_without_diacritics() {
    let top_two = |words: &[&str]| {
        let mut args = vec!["search", "--lang", "vi"];
        args.extend(words);
        let mut codes: Vec<String> = stdout_of(&args)
            .lines()
            .take(2)
            .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
            .collect();
        codes.sort();
        codes
    };
    let expected = ["552", "X.2.2"];
    assert_eq!(top_two(&["hộp", "thư", "đầy"]), expected);
    assert_eq!(top_two(&["hop", "thu", "day"]), expected);
    // English words still work under --lang vi.
    let english = stdout_of(&["search", "--lang", "vi", "mailbox", "full"]);
    assert!(
        english
            .lines()
            .take(3)
            .any(|l| l.starts_with("552") || l.starts_with("X.2.2"))
    );
}
