//! Inputs shared by the benchmarks: a corpus of replies in the shapes clients meet, and a
//! Postfix-style log generator. Not published; `cargo bench` runs the benchmarks.

use std::fmt::Write as _;

/// A group of replies of one shape.
pub struct Category {
    /// Short name used in the benchmark ids.
    pub name: &'static str,
    /// Each reply as it arrives on the wire.
    pub replies: Vec<Vec<u8>>,
}

impl Category {
    /// Total size in bytes.
    pub fn bytes(&self) -> usize {
        self.replies.iter().map(Vec::len).sum()
    }
}

const SINGLE: [&str; 24] = [
    "220 mx.example.org ESMTP Postfix",
    "221 2.0.0 Bye",
    "235 2.7.0 Authentication successful",
    "250 2.0.0 Ok: queued as 4Kx9Tz2m1cz3Q",
    "250 2.1.0 Ok",
    "250 2.1.5 Ok",
    "251 2.1.5 User not local; will forward to <ann@example.net>",
    "334 VXNlcm5hbWU6",
    "354 End data with <CR><LF>.<CR><LF>",
    "421 4.7.0 mx.example.org Error: too many connections from 192.0.2.10",
    "450 4.2.0 <ann@example.org>: Recipient address rejected: Greylisted",
    "451 4.7.1 Please try again later",
    "452 4.5.3 Error: too many recipients",
    "454 4.7.0 TLS not available due to local problem",
    "500 5.5.2 Error: command not recognized",
    "501 5.5.4 Syntax: MAIL FROM:<address>",
    "503 5.5.1 Error: need RCPT command",
    "530 5.7.0 Must issue a STARTTLS command first",
    "535 5.7.8 Error: authentication failed: authentication failure",
    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "550 5.7.606 Access denied, banned sending IP [203.0.113.9]",
    "552 5.3.4 Message size exceeds fixed limit",
    "553 5.7.1 <eve@example.net>: Sender address rejected: not owned by user carol@example.org",
    "554 5.7.1 <relay@example.net>: Relay access denied",
];

const EHLO_12: [&str; 12] = [
    "mx.example.org Hello client.example.net [198.51.100.4]",
    "PIPELINING",
    "SIZE 52428800",
    "ETRN",
    "STARTTLS",
    "AUTH PLAIN LOGIN",
    "ENHANCEDSTATUSCODES",
    "8BITMIME",
    "DSN",
    "SMTPUTF8",
    "CHUNKING",
    "HELP",
];

const GMAIL: [&str; 5] = [
    "5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
    "5.7.26 DMARC policy. Please contact the administrator of example.com domain if",
    "5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go",
    "5.7.26 to",
    "5.7.26 https://support.example.com/mail/?p=DmarcRejection a1si1234567pfb.12 - gsmtp",
];

/// Lines joined as one reply with CRLF line ends, `-` on all but the last.
fn multiline(code: &str, lines: &[&str]) -> Vec<u8> {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let sep = if i + 1 == lines.len() { ' ' } else { '-' };
        let _ = write!(out, "{code}{sep}{line}\r\n");
    }
    out.into_bytes()
}

/// The corpus: single lines, 4- and 12-line EHLO replies, Gmail-style multi-line errors with
/// enhanced codes, a long line, and the quirks real servers send (a bare code, LF-only line
/// ends).
pub fn corpus() -> Vec<Category> {
    let single = SINGLE
        .iter()
        .map(|l| format!("{l}\r\n").into_bytes())
        .collect();
    let ehlo4 = (0..8).map(|_| multiline("250", &EHLO_12[..4])).collect();
    let ehlo12 = (0..8).map(|_| multiline("250", &EHLO_12)).collect();
    let gmail = (0..8).map(|_| multiline("550", &GMAIL)).collect();
    let long_text = "x".repeat(2000);
    let long = (0..4)
        .map(|_| format!("554 5.7.1 {long_text}\r\n").into_bytes())
        .collect();
    let quirks = vec![
        b"334\r\n".to_vec(),
        b"250-mx.example.org\n250-PIPELINING\n250 8BITMIME\n".to_vec(),
        b"250 OK\n".to_vec(),
        b"550 5.7.1 Message rejected\n".to_vec(),
        b"220 mx.example.org ESMTP ready".to_vec(),
    ];
    vec![
        Category {
            name: "single",
            replies: single,
        },
        Category {
            name: "ehlo-4",
            replies: ehlo4,
        },
        Category {
            name: "ehlo-12",
            replies: ehlo12,
        },
        Category {
            name: "gmail-multiline",
            replies: gmail,
        },
        Category {
            name: "long-line",
            replies: long,
        },
        Category {
            name: "quirks",
            replies: quirks,
        },
    ]
}

/// The replies of the generated log: (basic, enhanced, text, the command it answers).
const SAID: [(&str, &str, &str, &str); 6] = [
    (
        "550",
        "5.1.1",
        "Recipient address rejected: User unknown",
        "RCPT TO",
    ),
    (
        "450",
        "4.2.0",
        "Recipient address rejected: Greylisted",
        "RCPT TO",
    ),
    ("552", "5.2.2", "Mailbox full", "RCPT TO"),
    ("554", "5.7.1", "Message rejected as spam", "end of DATA"),
    ("451", "4.3.0", "Temporary local problem", "end of DATA"),
    (
        "421",
        "4.7.0",
        "Too many connections, try again later",
        "MAIL FROM",
    ),
];

/// A Postfix-style mail log of about `target` bytes, from a fixed seed: two lines in three
/// are queue-manager lines without a reply, the third a delivery that failed or was deferred
/// with the remote server's reply after `said:` (so that a `grep 'said: ...'` pipeline and
/// `explain --count` count the same replies).
pub fn postfix_log(target: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(target + 512);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut line = String::new();
    while out.len() < target {
        let r = next();
        let (h, m, s) = ((r >> 8) % 24, (r >> 16) % 60, (r >> 24) % 60);
        let queue = (r >> 20) & 0x00FF_FFFF_FFFF;
        let pid = 1000 + (r >> 40) % 60000;
        let ip = format!("198.51.100.{}", (r >> 4) % 250 + 1);
        line.clear();
        let _ = write!(line, "Nov 28 {h:02}:{m:02}:{s:02} mx1 ");
        if r % 3 < 2 {
            let _ = write!(
                line,
                "postfix/qmgr[{pid}]: {queue:010X}: from=<sender{}@example.net>, size={}, nrcpt={} (queue active)",
                r % 997,
                r % 100_000,
                (r >> 12) % 9 + 1
            );
        } else {
            let (basic, enhanced, text, command) = SAID[((r >> 32) % 6) as usize];
            let status = if basic.starts_with('5') {
                "bounced"
            } else {
                "deferred"
            };
            let user = r % 9973;
            let _ = write!(
                line,
                "postfix/smtp[{pid}]: {queue:010X}: to=<user{user}@example.org>, relay=mx.example.org[{ip}]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn={enhanced}, status={status} (host mx.example.org[{ip}] said: {basic} {enhanced} <user{user}@example.org>: {text} (in reply to {command} command))"
            );
        }
        line.push('\n');
        out.extend_from_slice(line.as_bytes());
    }
    out
}

/// The target directory of a bench, from its `CARGO_TARGET_TMPDIR` (`<target>/tmp`).
pub fn target_dir(target_tmpdir: &str) -> std::path::PathBuf {
    std::path::Path::new(target_tmpdir).parent().map_or_else(
        || std::path::PathBuf::from("target"),
        std::path::Path::to_path_buf,
    )
}

/// Builds the release `smtp-codes` and gives its path (cargo bench does not build other
/// packages' binaries).
///
/// # Panics
///
/// When cargo cannot build it: the bench has nothing to measure.
pub fn release_smtp_codes(target_tmpdir: &str) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = std::process::Command::new(cargo)
        .args(["build", "--release", "--quiet", "-p", "codes-cli"])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building smtp-codes failed");
    let path = target_dir(target_tmpdir).join("release").join("smtp-codes");
    path.to_string_lossy().into_owned()
}

/// The bounce templates of the generated Maildir, one in five messages each. Each is written here from the layout the MTA documents; `{to}`, `{id}` and `{ip}` vary.
const BOUNCES: [&str; 5] = [
    // Postfix, RFC 3464 report, user unknown.
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)\r\n\
     Subject: Undelivered Mail Returned to Sender\r\nTo: sender@example.org\r\n\
     Message-Id: <{id}@mx1.example.org>\r\nMIME-Version: 1.0\r\n\
     Content-Type: multipart/report; report-type=delivery-status; boundary=\"B{id}\"\r\n\r\n\
     --B{id}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n\
     This is the mail system at host mx1.example.org.\r\n\r\n\
     <{to}>: host mx.example.net[{ip}] said: 550 5.1.1 <{to}>: Recipient\r\n\
     \x20   address rejected: User unknown in virtual mailbox table (in reply to RCPT\r\n\
     \x20   TO command)\r\n\r\n--B{id}\r\nContent-Type: message/delivery-status\r\n\r\n\
     Reporting-MTA: dns; mx1.example.org\r\n\r\nFinal-Recipient: rfc822; {to}\r\n\
     Action: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.example.net\r\n\
     Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown\r\n\
     \r\n--B{id}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: sender@example.org\r\n\
     To: {to}\r\nSubject: news\r\n\r\n--B{id}--\r\n",
    // Postfix, mailbox full.
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)\r\n\
     Subject: Undelivered Mail Returned to Sender\r\nTo: sender@example.org\r\n\
     MIME-Version: 1.0\r\n\
     Content-Type: multipart/report; report-type=delivery-status; boundary=\"B{id}\"\r\n\r\n\
     --B{id}\r\nContent-Type: text/plain\r\n\r\n<{to}>: host mx.example.com[{ip}] said:\r\n\
     \x20   552 5.2.2 <{to}>: Mailbox full (in reply to RCPT TO command)\r\n\r\n\
     --B{id}\r\nContent-Type: message/delivery-status\r\n\r\n\
     Reporting-MTA: dns; mx1.example.org\r\n\r\nFinal-Recipient: rfc822; {to}\r\n\
     Action: failed\r\nStatus: 5.2.2\r\n\
     Diagnostic-Code: smtp; 552 5.2.2 <{to}>: Mailbox full\r\n\r\n--B{id}--\r\n",
    // Exim, plain text.
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\r\nTo: sender@example.org\r\n\
     Subject: Mail delivery failed: returning message to sender\r\n\
     Auto-Submitted: auto-replied\r\n\r\n\
     This message was created automatically by mail delivery software.\r\n\r\n\
     A message that you sent could not be delivered to one or more of its\r\n\
     recipients. This is a permanent error. The following address(es) failed:\r\n\r\n\
     \x20 {to}\r\n    host mx.example.com [{ip}]\r\n\
     \x20   SMTP error from remote mail server after RCPT TO:<{to}>:\r\n\
     \x20   550 5.7.1 Message rejected as spam by Content Filtering.\r\n",
    // A provider's non-delivery report with a delivery-status part.
    "From: Mail Delivery Subsystem <mailer-daemon@mail.example.com>\r\nTo: sender@example.org\r\n\
     Subject: Delivery Status Notification (Failure)\r\nMIME-Version: 1.0\r\n\
     Content-Type: multipart/report; report-type=delivery-status; boundary=\"B{id}\"\r\n\r\n\
     --B{id}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n\
     Your message wasn't delivered to {to} because the domain example.invalid couldn't be found.\r\n\r\n\
     --B{id}\r\nContent-Type: message/delivery-status\r\n\r\n\
     Reporting-MTA: dns; mail.example.com\r\n\r\nFinal-Recipient: rfc822; {to}\r\n\
     Action: failed\r\nStatus: 5.1.2\r\n\
     Diagnostic-Code: smtp; DNS Error: Domain name not found\r\n\r\n--B{id}--\r\n",
    // qmail, plain text.
    "From: MAILER-DAEMON@mail.example.org\r\nTo: sender@example.org\r\n\
     Subject: failure notice\r\n\r\n\
     Hi. This is the qmail-send program at mail.example.org.\r\n\
     I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\
     This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n\
     <{to}>:\r\n{ip} does not like recipient.\r\n\
     Remote host said: 550 5.7.1 <{to}>: Relay access denied\r\nGiving up on {ip}.\r\n",
];

/// A Maildir of `count` generated bounces under `dir` (all in `new/`, as delivered), from a
/// fixed seed; the same every time.
///
/// # Errors
///
/// When the folder or a file cannot be written.
pub fn bounce_maildir(dir: &std::path::Path, count: usize) -> std::io::Result<()> {
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(dir.join(sub))?;
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..count {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let template = BOUNCES[usize::try_from(state % BOUNCES.len() as u64).unwrap_or(0)];
        let message = template
            .replace("{to}", &format!("user{}@example.net", state % 100_000))
            .replace("{id}", &format!("{state:016X}"))
            .replace("{ip}", &format!("192.0.2.{}", state % 250 + 1));
        std::fs::write(
            dir.join("new").join(format!("1764583200.M{i}P1.mx1")),
            message,
        )?;
    }
    Ok(())
}

/// The mean time in nanoseconds criterion recorded for `group/id` under `target`.
pub fn mean_ns(target: &std::path::Path, group: &str, id: &str) -> Option<f64> {
    let path = target
        .join("criterion")
        .join(group)
        .join(id)
        .join("new/estimates.json");
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    value["mean"]["point_estimate"].as_f64()
}
