//! The extractor against the project's own corpus of realistic lines (tests/data/extract.tsv)
//! and the properties every input must keep.

use codes_core::extract;

fn findings_as_text(input: &str) -> String {
    extract::all(input.as_bytes())
        .iter()
        .map(|f| {
            let basic = f.code.map_or("-".to_owned(), |c| c.to_string());
            let enhanced = f.enhanced.map_or("-".to_owned(), |e| e.to_string());
            format!("{basic}/{enhanced}")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The corpus's escapes: `\n` a line break, `\t` a tab, `\\` a backslash (so a literal
/// backslash-n, as Python prints bytes, is written `\\n`).
fn unescape(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                out.push('\n');
                chars.next();
            }
            ('\\', Some('t')) => {
                out.push('\t');
                chars.next();
            }
            ('\\', Some('\\')) => {
                out.push('\\');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn the_corpus_gives_the_expected_findings() {
    let corpus = include_str!("data/extract.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in corpus.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut columns = line.split('\t');
        let (input, expected, note) = (
            columns.next().unwrap_or(""),
            columns.next().unwrap_or(""),
            columns.next().unwrap_or(""),
        );
        let input = unescape(input);
        let expected = if expected == "-" { "" } else { expected };
        rows += 1;
        let got = findings_as_text(&input);
        if got != expected {
            failures.push(format!(
                "{note}: expected {expected:?}, got {got:?}\n    {input:?}"
            ));
        }
    }
    assert!(rows > 80, "the corpus has {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn findings_report_their_line_and_text() {
    let input =
        "Subject: Undelivered Mail\n\nThe response was:\n550 5.1.1 No such user\nStatus: 5.1.1\n";
    let found = extract::all(input.as_bytes());
    assert_eq!(found.len(), 2);
    assert_eq!(
        (found[0].line, found[0].text.as_str()),
        (4, "550 5.1.1 No such user")
    );
    assert_eq!((found[1].line, found[1].text.as_str()), (5, "5.1.1"));
}
