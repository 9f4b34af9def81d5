//! Bounce messages read into one result per recipient: who, what happened (the DSN action,
//! the reply code and enhanced code, the remote MTA, the server's words), why (a
//! [`Reason`], chosen by the catalogue's evidence) and whether it is a hard bounce.
//!
//! The message is decoded by `mail-parser` (MIME, quoted-printable, base64, charsets,
//! nested messages). An RFC 3464 delivery-status part is read first, one record per
//! recipient; where a field is missing (many MTAs leave `Diagnostic-Code` out) the
//! human-readable part supplies the server's words for that address. A bounce without a
//! delivery-status part (qmail, Exim, many providers) is read from its text alone, through
//! the same extractor as `explain`; an Amazon SES notification (JSON from an SNS topic) is read
//! like a delivery-status part. Auto-replies (RFC 3834) and feedback reports (RFC 5965)
//! are recognised and are not bounces.
//!
//! ```
//! use codes_core::bounce::{self, Action, Kind};
//!
//! let message = b"From: MAILER-DAEMON@mx.example.org\r\n\
//! To: alice@example.com\r\n\
//! Subject: Undelivered Mail Returned to Sender\r\n\
//! Content-Type: text/plain\r\n\
//! \r\n\
//! <bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1\r\n\
//!     <bob@example.net>: Recipient address rejected: User unknown\r\n";
//! let report = bounce::read(message).expect("a mail message");
//! assert_eq!(report.kind, Kind::Bounce);
//! let bob = &report.recipients[0];
//! assert_eq!(bob.address, "bob@example.net");
//! assert_eq!(bob.action, Action::Failed);
//! assert_eq!(bob.enhanced.map(|e| e.to_string()).as_deref(), Some("5.1.1"));
//! ```

mod classify;
mod dsn;
mod ses;
mod text;

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use mail_parser::{Address, Message, MessageParser, MimeHeaders, PartType};

use crate::extract::{Extractor, Finding};
use crate::scan::leading_enhanced;
use crate::{AnyEnhancedCode, AnyReplyCode, Reason};
use classify::{Evidence, classify};

/// What a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A delivery status notification or a non-delivery report: it has recipients.
    Bounce,
    /// An automatic reply (RFC 3834): out of office, vacation.
    AutoReply,
    /// A feedback report (RFC 5965, ARF): a complaint about a message.
    FeedbackReport,
    /// None of these.
    Other,
}

impl Kind {
    /// A short, stable name: `"bounce"`, `"auto-reply"`, `"feedback-report"`, `"other"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Bounce => "bounce",
            Kind::AutoReply => "auto-reply",
            Kind::FeedbackReport => "feedback-report",
            Kind::Other => "other",
        }
    }
}

/// What happened to a recipient (RFC 3464 §2.3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Delivery failed for good.
    Failed,
    /// Delivery has not succeeded yet; the reporting MTA goes on trying.
    Delayed,
    /// Delivered (a success notification).
    Delivered,
    /// Passed on to a system that sends no notifications.
    Relayed,
    /// Delivered and passed on to the members of a list or alias.
    Expanded,
}

impl Action {
    /// The DSN's word: `"failed"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delayed => "delayed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
            Action::Expanded => "expanded",
        }
    }

    fn parse(text: &str) -> Option<Action> {
        let word = text.split(|c: char| !c.is_ascii_alphabetic()).next()?;
        [
            Action::Failed,
            Action::Delayed,
            Action::Delivered,
            Action::Relayed,
            Action::Expanded,
        ]
        .into_iter()
        .find(|a| a.as_str().eq_ignore_ascii_case(word))
    }
}

/// One recipient of a bounce.
#[derive(Clone, Debug)]
pub struct Recipient {
    /// The address that failed (or was delayed).
    pub address: String,
    /// What happened: failed, or delayed, for a bounce.
    pub action: Action,
    /// The basic reply code the remote server gave, if the bounce says.
    pub code: Option<AnyReplyCode>,
    /// The enhanced status code: the server's own, else the DSN's `Status`.
    pub enhanced: Option<AnyEnhancedCode>,
    /// Why, as bounce processors record it; `None` only if the catalogue has no reasons.
    pub reason: Option<Reason>,
    /// Whether the address itself is bad or gone: a permanent failure whose reason is hard.
    pub hard_bounce: bool,
    /// The server that answered (`Remote-MTA`, or the reporting MTA).
    pub remote_mta: Option<String>,
    /// The server's own words: the DSN's `Diagnostic-Code`, or the reply found in the text.
    pub diagnostic: Option<String>,
    /// The replies found for this recipient, as `explain` finds them.
    pub findings: Vec<Finding>,
}

/// A message read: what it is, and its recipients when it is a bounce.
#[derive(Clone, Debug)]
pub struct Report {
    /// Whether the message is a bounce, and if not what it is.
    pub kind: Kind,
    /// One result per recipient of a bounce, in the message's order; empty otherwise.
    pub recipients: Vec<Recipient>,
}

/// Reads one message. `None` when the bytes are no mail message at all (no header).
pub fn read(raw: &[u8]) -> Option<Report> {
    let message = MessageParser::default().parse(raw)?;
    if message.headers().is_empty() {
        return None;
    }
    if has_report(&message, "feedback-report") {
        return Some(Report {
            kind: Kind::FeedbackReport,
            recipients: Vec::new(),
        });
    }
    let bounce = bounce_message(&message);
    let text = human_text(bounce);
    let addressees = addressees(bounce);
    let failures = text::failures(&text, &addressees);
    let mut records: Vec<dsn::Record> = delivery_status(bounce)
        .iter()
        .flat_map(|part| dsn::records(part))
        .collect();
    if records.is_empty() {
        match ses::read(&text) {
            Some(ses::Notification::Recipients(found)) => records = found,
            Some(ses::Notification::Complaint) => {
                return Some(Report {
                    kind: Kind::FeedbackReport,
                    recipients: Vec::new(),
                });
            }
            None => {}
        }
    }
    if !records.is_empty() {
        let recipients = records
            .iter()
            .filter_map(|r| from_record(r, &failures, &text))
            .collect();
        return Some(Report {
            kind: Kind::Bounce,
            recipients,
        });
    }
    if looks_like_bounce(bounce, &failures, &text) {
        return Some(Report {
            kind: Kind::Bounce,
            recipients: from_text(bounce, failures, &text, &addressees),
        });
    }
    let kind = if is_auto_reply(&message) {
        Kind::AutoReply
    } else {
        Kind::Other
    };
    Some(Report {
        kind,
        recipients: Vec::new(),
    })
}

/// Whether a `multipart/report` of this `report-type` is in the message, at any depth.
fn has_report(message: &Message<'_>, report_type: &str) -> bool {
    message.parts.iter().any(|part| {
        let is_report = part.content_type().is_some_and(|ct| {
            ct.ctype().eq_ignore_ascii_case("multipart")
                && ct
                    .subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("report"))
                && ct
                    .attribute("report-type")
                    .is_some_and(|t| t.eq_ignore_ascii_case(report_type))
        });
        is_report
            || matches!(&part.body, PartType::Message(inner) if has_report(inner, report_type))
    })
}

/// Whether a part is a delivery-status part (RFC 3464, or RFC 6533's global one).
fn is_delivery_status(part: &mail_parser::MessagePart<'_>) -> bool {
    part.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("message")
            && ct.subtype().is_some_and(|s| {
                s.eq_ignore_ascii_case("delivery-status")
                    || s.eq_ignore_ascii_case("global-delivery-status")
            })
    })
}

/// The message that is the bounce: this one, or, for a bounce forwarded as an attachment,
/// the first nested message that is one.
fn bounce_message<'a>(message: &'a Message<'a>) -> &'a Message<'a> {
    if message.parts.iter().any(is_delivery_status) || sender_says_bounce(message) {
        return message;
    }
    for part in &message.parts {
        if let PartType::Message(inner) = &part.body {
            let found = bounce_message(inner);
            if found.parts.iter().any(is_delivery_status) || sender_says_bounce(found) {
                return found;
            }
        }
    }
    message
}

/// The delivery-status parts of the message itself (not of the message it returns).
fn delivery_status(message: &Message<'_>) -> Vec<String> {
    message
        .parts
        .iter()
        .filter(|part| is_delivery_status(part))
        .map(|part| String::from_utf8_lossy(part.contents()).into_owned())
        .collect()
}

/// The message's own text, all text parts in order (HTML made text), without the message it
/// returns.
fn human_text(message: &Message<'_>) -> String {
    let mut text = String::new();
    for index in 0..message.text_body.len().max(message.html_body.len()) {
        if let Some(body) = message.body_text(index) {
            text.push_str(&body);
            text.push('\n');
        }
    }
    text
}

/// The addresses of the bounce itself (its sender and addressees): whoever sent the returned
/// message, and the mail system reporting, are never a failed recipient.
fn addressees(message: &Message<'_>) -> Vec<String> {
    addresses_of([message.from(), message.to(), message.cc()])
}

/// The addresses of some address headers, in order.
fn addresses_of<'a>(headers: impl IntoIterator<Item = Option<&'a Address<'a>>>) -> Vec<String> {
    headers
        .into_iter()
        .flatten()
        .flat_map(|list| list.iter())
        .filter_map(|a| a.address().map(str::to_owned))
        .collect()
}

/// The lower-cased `From` address and subject.
fn sender_and_subject(message: &Message<'_>) -> (String, String) {
    let from = message
        .from()
        .and_then(|a| a.first())
        .map(|a| {
            let mut who = a.address().unwrap_or_default().to_ascii_lowercase();
            who.push(' ');
            who.push_str(&a.name().unwrap_or_default().to_ascii_lowercase());
            who
        })
        .unwrap_or_default();
    let subject = message.subject().unwrap_or_default().to_lowercase();
    (from, subject)
}

/// Whether the sender is a mail system: `MAILER-DAEMON`, `postmaster`, "Mail Delivery
/// System" (every MTA sends bounces under one of these names).
fn sender_says_bounce(message: &Message<'_>) -> bool {
    let (from, _) = sender_and_subject(message);
    [
        "mailer-daemon",
        "postmaster",
        "mail delivery",
        "maildaemon",
        "mail-daemon",
    ]
    .iter()
    .any(|w| from.contains(w))
}

/// Subjects under which MTAs and providers return mail.
const BOUNCE_SUBJECTS: [&str; 17] = [
    "undeliver",
    "not delivered",
    "undelivered",
    "delivery status notification",
    "delivery failure",
    "delivery failed",
    "failure notice",
    "returned mail",
    "returned to sender",
    "could not be delivered",
    "couldn't be delivered",
    "non-delivery",
    "nondelivery",
    "delivery has failed",
    "delivery delayed",
    "delayed mail",
    "address not found",
];

/// Whether a message without a delivery-status part is a bounce: sent by a mail system or
/// under a bounce subject, and reporting a failure reply.
fn looks_like_bounce(message: &Message<'_>, failures: &[text::Located], text: &str) -> bool {
    let (_, subject) = sender_and_subject(message);
    // "Re: Undelivered mail" is a person answering about a bounce, not a bounce.
    let is_reply = ["re:", "aw:", "sv:", "vs:"]
        .iter()
        .any(|p| subject.trim_start().starts_with(p));
    let by_subject = !is_reply && BOUNCE_SUBJECTS.iter().any(|s| subject.contains(s));
    (sender_says_bounce(message) || by_subject) && (!failures.is_empty() || !text.trim().is_empty())
}

/// Whether a message says it was sent automatically in reply (RFC 3834 `Auto-Submitted`,
/// and the headers vacation programs use).
fn is_auto_reply(message: &Message<'_>) -> bool {
    let header = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().to_ascii_lowercase())
    };
    header("Auto-Submitted").is_some_and(|v| v.starts_with("auto-replied"))
        || header("X-Autoreply").is_some()
        || header("X-Autorespond").is_some()
        || header("Precedence").is_some_and(|v| v == "auto_reply")
}

/// Whether the message says delivery is still being tried (a delay warning).
fn is_delay_warning(message: &Message<'_>, text: &str) -> bool {
    let (_, subject) = sender_and_subject(message);
    let text = text.to_lowercase();
    [
        "delay",
        "warning",
        "still being retried",
        "will be retried",
        "will keep trying",
    ]
    .iter()
    .any(|w| subject.contains(w) || text.contains(w))
}

/// The codes a diagnostic text holds, as the extractor reads it.
fn diagnostic_findings(diagnostic: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut extractor = Extractor::new();
    extractor.push_line(diagnostic.as_bytes(), &mut |f| found.push(f));
    extractor.finish(&mut |f| found.push(f));
    if found.is_empty() {
        // A diagnostic is a reply even without a reply code: `5.1.1 ...`.
        let mut reply = Extractor::new();
        let line = alloc::format!("{diagnostic}\n");
        reply.push_line(line.as_bytes(), &mut |f| found.push(f));
        reply.finish(&mut |f| found.push(f));
    }
    found
}

/// The result for one recipient of a delivery-status part.
fn from_record(record: &dsn::Record, failures: &[text::Located], text: &str) -> Option<Recipient> {
    let address = record.address()?;
    let action = record
        .action
        .as_deref()
        .and_then(Action::parse)
        .unwrap_or(Action::Failed);
    let status = record
        .status
        .as_deref()
        .and_then(|s| leading_enhanced(s.trim().as_bytes()).map(|(code, _)| code));
    let mut diagnostic = record
        .diagnostic
        .as_deref()
        .map(|d| dsn::typed_value(d).to_owned())
        .filter(|d| !d.is_empty());
    let mut findings = diagnostic
        .as_deref()
        .map(diagnostic_findings)
        .unwrap_or_default();
    // No server words in the DSN: the reply the text gives for this address.
    if findings.is_empty() {
        let own = failures.iter().filter(|f| {
            f.address
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(&address))
        });
        findings = own.map(|f| f.finding.clone()).collect();
        if diagnostic.is_none() {
            diagnostic = findings.last().map(|f| f.text.clone());
        }
    }
    let best = best_finding(&findings);
    let code = best.and_then(|f| f.code);
    let enhanced = best.and_then(|f| f.enhanced).or(status);
    let remote_mta = record
        .remote_mta
        .as_deref()
        .map(dsn::typed_value)
        .filter(|m| !m.is_empty())
        .map(ToString::to_string)
        .or_else(|| record.reporting_mta.clone());
    let words = diagnostic.clone().unwrap_or_else(|| text.to_owned());
    Some(recipient(
        address,
        action,
        (code, enhanced),
        remote_mta,
        diagnostic,
        &words,
        findings,
    ))
}

/// The recipients of the message a bounce returns (its `To` and `Cc`), from the returned
/// message or its headers (`message/rfc822`, `text/rfc822-headers`).
fn returned_recipients(message: &Message<'_>) -> Vec<String> {
    let addresses = |returned: &Message<'_>| addresses_of([returned.to(), returned.cc()]);
    for part in &message.parts {
        match &part.body {
            PartType::Message(inner) => return addresses(inner),
            _ if part.content_type().is_some_and(|ct| {
                ct.subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("rfc822-headers"))
            }) =>
            {
                if let Some(headers) = MessageParser::default().parse_headers(part.contents()) {
                    return addresses(&headers);
                }
            }
            _ => {}
        }
    }
    Vec::new()
}

/// The results of a bounce read from its text: one per recipient that a failure reply
/// belongs to. A reply that names no address near it belongs to the one recipient of the
/// returned message; a text that names a failure without a reply, to that recipient or the
/// first address of the text.
fn from_text(
    message: &Message<'_>,
    failures: Vec<text::Located>,
    text: &str,
    addressees: &[String],
) -> Vec<Recipient> {
    let action = if is_delay_warning(message, text) {
        Action::Delayed
    } else {
        Action::Failed
    };
    let returned = returned_recipients(message);
    let only_returned = match returned.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    let mut by_address: Vec<(String, Vec<Finding>)> = Vec::new();
    for located in failures {
        let Some(address) = located.address.or_else(|| only_returned.clone()) else {
            continue;
        };
        match by_address
            .iter_mut()
            .find(|(a, _)| a.eq_ignore_ascii_case(&address))
        {
            Some((_, list)) => list.push(located.finding),
            None => by_address.push((address, alloc::vec![located.finding])),
        }
    }
    let is_addressee = |a: &str| addressees.iter().any(|e| e.eq_ignore_ascii_case(a));
    let mut results: Vec<Recipient> = by_address
        .into_iter()
        .map(|(address, findings)| {
            let best = best_finding(&findings);
            let codes = (best.and_then(|f| f.code), best.and_then(|f| f.enhanced));
            let diagnostic = best.map(|f| f.text.clone());
            let words = diagnostic.clone().unwrap_or_default();
            recipient(address, action, codes, None, diagnostic, &words, findings)
        })
        .collect();
    // Addresses listed alone on a line are the recipients that failed, in MTAs that write
    // the reason in words rather than a reply (`    k.smith@example.com` / `    Unrouteable
    // address`); their words are the lines that follow.
    let lines: Vec<&str> = text.lines().collect();
    for (address, line) in text::listed(text) {
        let known = results
            .iter()
            .any(|r| r.address.eq_ignore_ascii_case(&address));
        if known || is_addressee(&address) {
            continue;
        }
        let words =
            address_led(&lines, &address, line).unwrap_or_else(|| explanation_after(&lines, line));
        let diagnostic = (!words.is_empty()).then(|| words.clone());
        results.push(recipient(
            address,
            action,
            (None, None),
            None,
            diagnostic,
            &words,
            Vec::new(),
        ));
    }
    // In the message's order: where each address first appears.
    let lower = text.to_ascii_lowercase();
    results.sort_by_cached_key(|r| {
        lower
            .find(&r.address.to_ascii_lowercase())
            .unwrap_or(usize::MAX)
    });
    if results.is_empty() {
        let address = only_returned.or_else(|| {
            text.lines()
                .flat_map(text::addresses)
                .find(|a| !is_addressee(a))
        });
        if let Some(address) = address {
            results.push(recipient(
                address,
                action,
                (None, None),
                None,
                None,
                text,
                Vec::new(),
            ));
        }
    }
    results
}

/// The words on another line that starts with the address (Sendmail's `<f.nowak@example.com>...
/// Deferred: Connection timed out`), when there is one.
fn address_led(lines: &[&str], address: &str, listed_at: usize) -> Option<String> {
    lines.iter().enumerate().find_map(|(i, line)| {
        let rest = line.trim_start().trim_start_matches('<');
        let head = rest.get(..address.len())?;
        let words = rest[address.len()..]
            .trim_start_matches(['>', ':', '.', ','])
            .trim();
        (i != listed_at && head.eq_ignore_ascii_case(address) && !words.is_empty())
            .then(|| words.to_owned())
    })
}

/// The words an MTA writes under a recipient it lists: the non-blank lines that follow, up
/// to a blank line that does not follow a colon (`because:`), or a listed address (at most
/// six lines).
fn explanation_after(lines: &[&str], line: usize) -> String {
    let mut words = String::new();
    for next in lines.iter().skip(line + 1).take(6) {
        let next = next.trim();
        if next.is_empty() && !words.is_empty() && !words.ends_with(':') {
            break;
        }
        if !text::listed(next).is_empty() {
            break;
        }
        if !next.is_empty() {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(next);
        }
    }
    words
}

/// The finding that says most: one with both codes, else one with an enhanced code; among
/// equals the one with most words (an NDR's `Status code: 550 5.4.1` says less than its
/// `Reported error: 550 5.4.1 Recipient address rejected ...`), else the last (the server's
/// final answer).
fn best_finding(findings: &[Finding]) -> Option<&Finding> {
    findings.iter().rev().max_by_key(|f| {
        (
            f.code.is_some() && f.enhanced.is_some(),
            f.enhanced.is_some(),
            f.text.len(),
        )
    })
}

fn recipient(
    address: String,
    action: Action,
    (code, enhanced): (Option<AnyReplyCode>, Option<AnyEnhancedCode>),
    remote_mta: Option<String>,
    diagnostic: Option<String>,
    words: &str,
    findings: Vec<Finding>,
) -> Recipient {
    let reason = classify(&Evidence {
        action: Some(action.as_str()),
        text: words,
        basic: code,
        enhanced,
    });
    let temporary = code.is_some_and(|c| c.class().digit() == 4)
        || enhanced.is_some_and(|e| e.class().digit() == 4);
    Recipient {
        address,
        action,
        code,
        enhanced,
        reason,
        hard_bounce: action == Action::Failed && !temporary && reason.is_some_and(Reason::is_hard),
        remote_mta,
        diagnostic,
        findings,
    }
}
