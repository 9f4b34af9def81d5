//! The human-readable part of a bounce: the replies in it (through the extractor) and the
//! recipient each belongs to. MTAs write the address just before the server's answer
//! (Postfix `<bob@example.net>: host mx said: 550 ...`, Exim's address line then `SMTP error
//! ...`, Exchange's address then `Remote Server returned '550 ...'`), or inside it (`550
//! 5.1.1 <bob@example.net>: Recipient address rejected`), so a reply takes the address in
//! its own text, else the nearest one before it, else the nearest one after it.

use alloc::string::String;
use alloc::vec::Vec;

use crate::extract::{Extractor, Finding};

/// How many lines before or after a reply its recipient's address may be.
const NEAR: usize = 12;

/// A failure reply found in the text, with the recipient it belongs to.
#[derive(Clone, Debug)]
pub(super) struct Located {
    pub(super) address: Option<String>,
    pub(super) finding: Finding,
}

/// The e-mail addresses of one line, in order: `local@domain.tld`, angle brackets and
/// quotes around them dropped.
pub(super) fn addresses(line: &str) -> Vec<String> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || "._%+-=!#$&'*/?^`{|}~".contains(c);
    let is_domain = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let mut out = Vec::new();
    let bytes: Vec<char> = line.chars().collect();
    for (at, _) in bytes.iter().enumerate().filter(|(_, c)| **c == '@') {
        let start = bytes[..at]
            .iter()
            .rposition(|c| !is_local(*c))
            .map_or(0, |i| i + 1);
        let end = bytes[at + 1..]
            .iter()
            .position(|c| !is_domain(*c))
            .map_or(bytes.len(), |i| at + 1 + i);
        let local: String = bytes[start..at].iter().collect();
        let domain: String = bytes[at + 1..end].iter().collect();
        let domain = domain.trim_end_matches(['.', '-']);
        let local = local.trim_start_matches(['.', '\'', '`']);
        let dotted = domain
            .rsplit_once('.')
            .is_some_and(|(host, tld)| !host.is_empty() && tld.len() >= 2);
        if !local.is_empty() && dotted {
            let address = alloc::format!("{local}@{domain}");
            if !out.contains(&address) {
                out.push(address);
            }
        }
    }
    out
}

/// Words that end a line when an NDR puts the server's answer on the next one (`... returned`
/// / `'550 DMARC ...'`).
const ANNOUNCING: [&str; 8] = [
    "returned",
    "said:",
    "replied:",
    "responded:",
    "answered:",
    "response:",
    "response was:",
    "error:",
];

/// Whether `line` (trimmed) starts with a reply code, after an optional quote.
fn starts_with_code(line: &str) -> bool {
    let line = line
        .trim_start()
        .trim_start_matches(['\'', '"', '‘', '“', '`'])
        .as_bytes();
    line.len() >= 4
        && matches!(line[0], b'2'..=b'5')
        && line[1].is_ascii_digit()
        && line[2].is_ascii_digit()
        && matches!(line[3], b' ' | b'-')
}

/// The text's lines, a line that ends with a word announcing the server's answer joined with
/// the next when that starts with the reply.
fn joined_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut announced = false;
    for line in text.lines() {
        if announced && starts_with_code(line) {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
                announced = false;
                continue;
            }
        }
        let lower = line.trim_end().to_ascii_lowercase();
        announced = ANNOUNCING.iter().any(|w| lower.ends_with(w));
        out.push(line.to_owned());
    }
    out
}

/// The addresses that stand alone on a line (`  k.smith@example.com`, `<f.nowak@example.com>`,
/// `<u.kim@example.org>:`): how MTAs list the recipients that failed, each with its line.
pub(super) fn listed(text: &str) -> Vec<(String, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let bare = line
                .trim()
                .trim_end_matches([':', ','])
                .trim_start_matches('<')
                .trim_end_matches('>');
            let found = addresses(bare);
            (found.len() == 1 && found[0].len() == bare.len()).then(|| (found[0].clone(), i))
        })
        .collect()
}

/// Every failure reply of `text` (first digit 4 or 5, or an enhanced code of class 4 or
/// 5), each with its recipient; addresses in `exclude` (the bounce's own addressee, who sent
/// the message) are never a recipient.
pub(super) fn failures(text: &str, exclude: &[String]) -> Vec<Located> {
    let joined = joined_lines(text);
    let lines: Vec<&str> = joined.iter().map(String::as_str).collect();
    let mut found = Vec::new();
    let mut extractor = Extractor::new();
    for line in &lines {
        let mut bytes = line.as_bytes().to_vec();
        bytes.push(b'\n');
        extractor.push_line(&bytes, &mut |f| found.push(f));
    }
    extractor.finish(&mut |f| found.push(f));
    let keep = |a: &String| !exclude.iter().any(|e| e.eq_ignore_ascii_case(a));
    let per_line: Vec<Vec<String>> = lines
        .iter()
        .map(|l| addresses(l).into_iter().filter(keep).collect())
        .collect();
    found
        .into_iter()
        .filter(is_failure)
        .map(|finding| {
            let own = addresses(&finding.text).into_iter().find(keep);
            let index = finding.line.saturating_sub(1);
            let before = (index.saturating_sub(NEAR)..=index.min(lines.len().saturating_sub(1)))
                .rev()
                .find_map(|i| per_line.get(i).and_then(|a| a.last().cloned()));
            let after = (index + 1..(index + 1 + NEAR).min(lines.len()))
                .find_map(|i| per_line[i].first().cloned());
            Located {
                address: own.or(before).or(after),
                finding,
            }
        })
        .collect()
}

/// Whether a finding reports a failure, permanent or temporary.
fn is_failure(finding: &Finding) -> bool {
    let class = finding
        .code
        .map(|c| c.class().digit())
        .or_else(|| finding.enhanced.map(|e| e.class().digit()));
    matches!(class, Some(4 | 5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_without_their_brackets() {
        assert_eq!(
            addresses("<bob@example.net>: host mx.example.net said: to 'carol@example.org'"),
            ["bob@example.net", "carol@example.org"]
        );
        assert!(addresses("no address @ here, user@localhost").is_empty());
    }

    #[test]
    fn each_reply_takes_the_nearest_address() {
        let text = "This is the mail system.\n\n<bob@example.net>: host mx.example.net[192.0.2.1] \
                    said: 550\n    5.1.1 User unknown (in reply to RCPT TO command)\n\n\
                    <carol@example.net>: host mx said: 452 4.2.2 Mailbox full\n";
        let found = failures(text, &[]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].address.as_deref(), Some("bob@example.net"));
        assert_eq!(
            found[0].finding.code.map(crate::AnyReplyCode::as_u16),
            Some(550)
        );
        assert_eq!(found[1].address.as_deref(), Some("carol@example.net"));
    }

    #[test]
    fn the_bounce_addressee_is_never_the_recipient() {
        let text = "Your message to n.ito@example.net was rejected.\n\
                    Sender a.berg@example.org was refused by the server:\n\
                    553 5.1.8 <a.berg@example.org>: Sender address rejected: Domain not found\n";
        let found = failures(text, &["a.berg@example.org".into()]);
        assert_eq!(found[0].address.as_deref(), Some("n.ito@example.net"));
    }

    #[test]
    fn a_reply_announced_at_the_end_of_a_line_is_joined_to_it() {
        let text = "Remote server at mx.example.net returned\n  '550 DMARC policy violation'\n";
        assert_eq!(joined_lines(text).len(), 1);
        assert_eq!(
            listed("  k.smith@example.com\n<f.nowak@example.com>:\nto k.smith@example.com\n"),
            [
                ("k.smith@example.com".into(), 0),
                ("f.nowak@example.com".into(), 1)
            ]
        );
    }
}
