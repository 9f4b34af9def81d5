//! RFC 3464 delivery status: the `message/delivery-status` part of a bounce (or the
//! `message/global-delivery-status` of RFC 6533), read into one record per recipient. The
//! part is a header-like block for the message, then one block per recipient, separated by
//! blank lines; each field may be folded over lines.

/// One recipient's fields, as written (comments kept).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Record {
    pub(super) final_recipient: Option<String>,
    pub(super) original_recipient: Option<String>,
    pub(super) action: Option<String>,
    pub(super) status: Option<String>,
    pub(super) remote_mta: Option<String>,
    pub(super) diagnostic: Option<String>,
    /// The message's `Reporting-MTA`, for every recipient of the part.
    pub(super) reporting_mta: Option<String>,
}

impl Record {
    /// The recipient's address: `Final-Recipient`, else `Original-Recipient`, without its
    /// address type (`rfc822;`) and angle brackets.
    pub(super) fn address(&self) -> Option<String> {
        let field = self
            .final_recipient
            .as_deref()
            .filter(|f| !typed_value(f).is_empty())
            .or(self.original_recipient.as_deref())?;
        let value =
            typed_value(field).trim_matches(|c: char| c == '<' || c == '>' || c.is_whitespace());
        (!value.is_empty()).then(|| value.to_owned())
    }
}

/// The value of a typed field (`rfc822; bob@example.net`, `dns; mx.example.net`,
/// `smtp; 550 ...`): what follows the first `;`, or the whole value when there is none.
pub(super) fn typed_value(field: &str) -> &str {
    field
        .split_once(';')
        .map_or(field, |(_, value)| value)
        .trim()
}

/// The fields of one block: each unfolded, names in lowercase.
fn fields(block: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    out
}

/// The recipients of one delivery-status part.
pub(super) fn records(part: &str) -> Vec<Record> {
    let text = part.replace("\r\n", "\n");
    let mut blocks = text
        .split("\n\n")
        .map(str::trim_end)
        .filter(|b| !b.trim().is_empty());
    let reporting_mta = blocks.clone().next().and_then(|first| {
        fields(first)
            .into_iter()
            .find(|(name, _)| name == "reporting-mta")
            .map(|(_, value)| typed_value(&value).to_owned())
    });
    let mut out = Vec::new();
    let first = blocks.next();
    for block in first.into_iter().chain(blocks) {
        let mut record = Record {
            reporting_mta: reporting_mta.clone(),
            ..Record::default()
        };
        let mut is_recipient = false;
        for (name, value) in fields(block) {
            let slot = match name.as_str() {
                "final-recipient" => {
                    is_recipient = true;
                    &mut record.final_recipient
                }
                "original-recipient" => {
                    is_recipient = true;
                    &mut record.original_recipient
                }
                "action" => &mut record.action,
                "status" => &mut record.status,
                "remote-mta" => &mut record.remote_mta,
                "diagnostic-code" => &mut record.diagnostic,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        // The per-message block names no recipient; a block that does is a recipient's.
        if is_recipient {
            out.push(record);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_recipient_block_is_a_record() {
        let part = "Reporting-MTA: dns; mx.example.org\r\nArrival-Date: Tue, 1 Dec 2026\r\n\r\n\
                    Final-Recipient: rfc822; <bob@example.net>\r\nAction: failed\r\n\
                    Status: 5.1.1\r\nRemote-MTA: dns; mx.example.net\r\n\
                    Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient\r\n \
                    address rejected: User unknown\r\n\r\n\
                    Original-Recipient: rfc822;carol@example.net\r\n\
                    Final-Recipient: rfc822;carol@example.net\r\nAction: delayed\r\n\
                    Status: 4.4.1\r\n";
        let records = records(part);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].address().as_deref(), Some("bob@example.net"));
        assert_eq!(records[0].action.as_deref(), Some("failed"));
        assert_eq!(
            records[0].diagnostic.as_deref(),
            Some("smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown")
        );
        assert_eq!(records[0].reporting_mta.as_deref(), Some("mx.example.org"));
        assert_eq!(
            typed_value(records[0].remote_mta.as_deref().unwrap_or("")),
            "mx.example.net"
        );
        assert_eq!(records[1].address().as_deref(), Some("carol@example.net"));
        assert_eq!(records[1].status.as_deref(), Some("4.4.1"));
    }
}
