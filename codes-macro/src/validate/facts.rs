//! The facts of a text that a translation must keep as written: a cheap guard against a
//! mistranslated code or reference. They are the reply codes and other three-digit numbers
//! from 200 to 599 (ports and limits such as 587 and 512 too), enhanced codes (`5.1.1`,
//! `X.7.1`), RFC references (`RFC 5321 §4.2.1`), strings in straight double quotes (what a
//! server sends), and a message's `{placeholders}`.

use std::collections::BTreeSet;

/// The facts of one text, each kind a set: a translation may say a fact more or fewer times,
/// but not leave one out or add one.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub references: BTreeSet<String>,
    pub enhanced: BTreeSet<String>,
    pub numbers: BTreeSet<String>,
    pub quotes: BTreeSet<String>,
    pub placeholders: BTreeSet<String>,
}

impl Facts {
    pub fn of(text: &str) -> Self {
        let mut facts = Facts::default();
        let bytes = text.as_bytes();
        // References first, so that their section numbers are not read as codes.
        let mut covered = vec![false; bytes.len()];
        let mut i = 0;
        while i < bytes.len() {
            if let Some(end) = reference_at(bytes, i) {
                facts.references.insert(text[i..end].to_owned());
                covered[i..end].fill(true);
                i = end;
            } else {
                i += 1;
            }
        }
        let mut i = 0;
        while i < bytes.len() {
            if covered[i] || (i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.')) {
                i += 1;
                continue;
            }
            if let Some(end) = enhanced_at(bytes, i) {
                facts.enhanced.insert(text[i..end].to_owned());
                i = end;
            } else if let Some(end) = number_at(bytes, i) {
                facts.numbers.insert(text[i..end].to_owned());
                i = end;
            } else {
                i += 1;
            }
        }
        let mut quoted = text.split('"');
        quoted.next();
        while let Some(inside) = quoted.next() {
            if quoted.next().is_none() {
                break; // an unpaired quote
            }
            facts.quotes.insert(inside.to_owned());
        }
        for part in text.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}') {
                if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                {
                    facts.placeholders.insert(name.to_owned());
                }
            }
        }
        facts
    }

    /// What `translation` lacks and adds, kind by kind, as one phrase each
    /// (`enhanced codes: missing 5.1.1; added 5.1.2`); `translated` quotes may be missing.
    pub fn differences(&self, translation: &Facts, translated: &[String]) -> Vec<String> {
        let mut quotes = self.quotes.clone();
        for quote in translated {
            quotes.remove(quote);
        }
        let kinds = [
            ("RFC references", &self.references, &translation.references),
            ("enhanced codes", &self.enhanced, &translation.enhanced),
            ("numbers 200-599", &self.numbers, &translation.numbers),
            ("quoted strings", &quotes, &translation.quotes),
            (
                "placeholders",
                &self.placeholders,
                &translation.placeholders,
            ),
        ];
        kinds
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(kind, a, b)| {
                let list = |set: BTreeSet<&String>| {
                    set.iter()
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let missing = list(a.difference(b).collect());
                let added = list(b.difference(a).collect());
                match (missing.is_empty(), added.is_empty()) {
                    (false, true) => format!("{kind}: missing {missing}"),
                    (true, false) => format!("{kind}: added {added}"),
                    _ => format!("{kind}: missing {missing}; added {added}"),
                }
            })
            .collect()
    }
}

/// `RFC 5321` or `RFC 5321 §4.2.1` at `i`: where it ends.
fn reference_at(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = bytes.get(i..)?;
    if !rest.starts_with(b"RFC ") || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let mut end = i + 4 + digits(&bytes[i + 4..]);
    if end == i + 4 {
        return None;
    }
    let section = "§".as_bytes();
    if bytes[end..].starts_with(b" ") && bytes[end + 1..].starts_with(section) {
        let start = end + 1 + section.len();
        let mut at = start + digits(&bytes[start..]);
        while at > start && bytes.get(at) == Some(&b'.') && digits(&bytes[at + 1..]) > 0 {
            at += 1 + digits(&bytes[at + 1..]);
        }
        if at > start {
            end = at;
        }
    }
    Some(end)
}

fn digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// `5.1.1` or `X.7.10` at `i` (class 2, 4, 5 or X), not part of a longer dotted number.
fn enhanced_at(bytes: &[u8], i: usize) -> Option<usize> {
    if !matches!(bytes[i], b'2' | b'4' | b'5' | b'X') || bytes.get(i + 1) != Some(&b'.') {
        return None;
    }
    let subject = digits(&bytes[i + 2..]);
    let at = i + 2 + subject;
    if !(1..=3).contains(&subject) || bytes.get(at) != Some(&b'.') {
        return None;
    }
    let detail = digits(&bytes[at + 1..]);
    let end = at + 1 + detail;
    let longer =
        bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    ((1..=3).contains(&detail) && !longer).then_some(end)
}

/// A number of exactly three digits from 200 to 599 at `i`.
fn number_at(bytes: &[u8], i: usize) -> Option<usize> {
    let len = digits(&bytes[i..]);
    (len == 3 && matches!(bytes[i], b'2'..=b'5')).then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn facts_are_codes_references_quotes_and_placeholders() {
        let facts = Facts::of(
            "Send 550 with 5.1.1 (RFC 3463 §3.2, RFC 5321 §4.5.3.1.10) as \"550 5.1.1 User \
             unknown\" on port 587, not 4.7.1.2 or 1.2.3; {code} and 2024 and 10.0.0.1.",
        );
        assert_eq!(
            facts.references,
            set(&["RFC 3463 §3.2", "RFC 5321 §4.5.3.1.10"])
        );
        assert_eq!(facts.enhanced, set(&["5.1.1"]));
        assert_eq!(facts.numbers, set(&["550", "587"]));
        assert_eq!(facts.quotes, set(&["550 5.1.1 User unknown"]));
        assert_eq!(facts.placeholders, set(&["code"]));
    }

    #[test]
    fn differences_name_what_is_missing_and_added() {
        let english = Facts::of("Use 552 with X.2.2 (RFC 1870 §6.4), \"Mailbox full\".");
        let good = Facts::of("Dùng 552 với X.2.2 (RFC 1870 §6.4), \"Mailbox full\".");
        assert!(english.differences(&good, &[]).is_empty());
        let bad = Facts::of("Dùng 452 với X.2.2 (RFC 1870 §6.2), “Hộp thư đầy”.");
        assert_eq!(
            english.differences(&bad, &[]),
            [
                "RFC references: missing `RFC 1870 §6.4`; added `RFC 1870 §6.2`",
                "numbers 200-599: missing `552`; added `452`",
                "quoted strings: missing `Mailbox full`",
            ]
        );
        let allowed = english.differences(&bad, &["Mailbox full".to_owned()]);
        assert_eq!(allowed.len(), 2, "{allowed:?}");
    }
}
