//! Bounce messages read into per-recipient results, against the corpus in
//! `tests/data/bounces/` and the results `tests/data/bounces.tsv` expects: one row per
//! recipient (`file kind recipient action basic enhanced reason hard_bounce`), or one row
//! for a message that is not a bounce. The messages were written for this project from RFC
//! 3464's examples and the formats MTAs document.
#![cfg(feature = "bounce")]

use std::collections::BTreeMap;
use std::path::Path;

use codes_core::bounce::{self, Report};

fn data() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"))
}

/// The bytes of a corpus file, or of the n-th message of an mbox (`mixed.mbox#2`).
fn message(file: &str) -> Vec<u8> {
    let dir = data().join("bounces");
    match file.split_once('#') {
        None => std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}")),
        Some((mbox, n)) => {
            let bytes = std::fs::read(dir.join(mbox)).expect("mbox");
            let n: usize = n.parse().expect("message number");
            mail_parser::mailbox::mbox::MessageIterator::new(&bytes[..])
                .nth(n - 1)
                .expect("so many messages")
                .expect("readable")
                .unwrap_contents()
        }
    }
}

/// The row a report gives for one recipient, or for a message without recipients.
fn rows(file: &str, report: &Report) -> Vec<String> {
    if report.recipients.is_empty() {
        return vec![format!(
            "{file}\t{}\t-\t-\t-\t-\t-\t-",
            report.kind.as_str()
        )];
    }
    report
        .recipients
        .iter()
        .map(|r| {
            let show = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
            format!(
                "{file}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                report.kind.as_str(),
                r.address.to_lowercase(),
                r.action.as_str(),
                show(r.code.map(|c| c.to_string())),
                show(r.enhanced.map(|e| e.to_string())),
                r.reason.map_or("-", codes_core::Reason::name),
                r.hard_bounce
            )
        })
        .collect()
}

#[test]
fn every_message_of_the_corpus_gives_its_expected_results() {
    let table = std::fs::read_to_string(data().join("bounces.tsv")).expect("table");
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let file = line.split('\t').next().expect("file").to_owned();
        let mut fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if let Some(recipient) = fields.get_mut(2) {
            *recipient = recipient.to_lowercase();
        }
        expected.entry(file).or_default().push(fields.join("\t"));
    }
    let mut wrong = Vec::new();
    let (mut total, mut codes_found, mut reasons_agree) = (0, 0, 0);
    for (file, want) in &expected {
        let report = bounce::read(&message(file)).unwrap_or_else(|| panic!("{file}: no message"));
        let mut got = rows(file, &report);
        let mut want = want.clone();
        got.sort();
        want.sort();
        for row in &want {
            let fields: Vec<&str> = row.split('\t').collect();
            if fields[1] != "bounce" {
                continue;
            }
            total += 1;
            let same = |i: usize| {
                got.iter().any(|g| {
                    let g: Vec<&str> = g.split('\t').collect();
                    g[2] == fields[2] && g[i] == fields[i]
                })
            };
            if same(4) && same(5) {
                codes_found += 1;
            }
            if same(6) {
                reasons_agree += 1;
            }
        }
        if got != want {
            wrong.push(format!("{file}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    println!("codes right for {codes_found} of {total} recipients, reasons for {reasons_agree}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_file_of_the_corpus_has_rows() {
    let table = std::fs::read_to_string(data().join("bounces.tsv")).expect("table");
    let listed: Vec<String> = table
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|f| f.split('#').next().unwrap_or(f).to_owned())
        .collect();
    let dir = data().join("bounces");
    for entry in std::fs::read_dir(&dir).expect("corpus") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        if path.extension().is_some_and(|e| e == "eml" || e == "mbox") {
            assert!(listed.contains(&name), "{name} has no expected result");
        }
    }
}
