//! Amazon SES notifications: the JSON that SES publishes to an SNS topic for each bounce,
//! complaint, delivery or delay, which an e-mail subscription to the topic delivers as a
//! message's plain text (or, from an HTTP subscription, wrapped in SNS's envelope as the
//! `Message` string). The top-level object names its type in `notificationType` (or
//! `eventType` for event publishing) and carries a `bounce`, `delivery` or `deliveryDelay`
//! object whose recipients read like RFC 3464 fields: `emailAddress`, `action`, `status`,
//! `diagnosticCode`, and the message's `reportingMTA` and `remoteMtaIp`. Source: the Amazon
//! SES Developer Guide, "Amazon SNS notification contents for Amazon SES".

use serde_json::Value;

use super::dsn::Record;

/// What an SES notification reports.
pub(super) enum Notification {
    /// Bounced, delayed or delivered recipients, as delivery-status records.
    Recipients(Vec<Record>),
    /// A complaint: a feedback report.
    Complaint,
}

/// The notification in `text`, when the text is one: a JSON object at its start (SNS adds an
/// unsubscribe footer after it).
pub(super) fn read(text: &str) -> Option<Notification> {
    let json = text.trim_start();
    if !json.starts_with('{') {
        return None;
    }
    let value: Value = serde_json::Deserializer::from_str(json)
        .into_iter()
        .next()?
        .ok()?;
    let value = match value.get("Message").and_then(Value::as_str) {
        Some(inner) => serde_json::from_str(inner).ok()?,
        None => value,
    };
    let kind = value
        .get("notificationType")
        .or_else(|| value.get("eventType"))?
        .as_str()?;
    let field =
        |object: &Value, name: &str| object.get(name).and_then(Value::as_str).map(str::to_owned);
    let (object, list, action) = match kind {
        "Complaint" => return Some(Notification::Complaint),
        "Bounce" => (value.get("bounce")?, "bouncedRecipients", "failed"),
        "DeliveryDelay" => (value.get("deliveryDelay")?, "delayedRecipients", "delayed"),
        "Delivery" => (value.get("delivery")?, "recipients", "delivered"),
        _ => return None,
    };
    let records = object
        .get(list)?
        .as_array()?
        .iter()
        .filter_map(|recipient| {
            // A delivery lists bare addresses; bounces and delays list objects.
            let address = recipient
                .as_str()
                .map(str::to_owned)
                .or_else(|| field(recipient, "emailAddress"))?;
            Some(Record {
                final_recipient: Some(address),
                original_recipient: None,
                action: field(recipient, "action").or_else(|| Some(action.to_owned())),
                status: field(recipient, "status"),
                remote_mta: field(object, "remoteMtaIp"),
                diagnostic: field(recipient, "diagnosticCode")
                    .or_else(|| field(object, "smtpResponse")),
                reporting_mta: field(object, "reportingMTA")
                    .map(|m| super::dsn::typed_value(&m).to_owned()),
            })
        })
        .collect();
    Some(Notification::Recipients(records))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounce_notification_gives_one_record_per_recipient() {
        let text = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent",
            "bouncedRecipients":[{"emailAddress":"a@example.net","action":"failed",
            "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},
            {"emailAddress":"b@example.net"}],"reportingMTA":"dns; out.example.com"},
            "mail":{"destination":["a@example.net","b@example.net"]}}

            --
            If you wish to stop receiving notifications from this topic..."#;
        let Some(Notification::Recipients(records)) = read(text) else {
            panic!("a bounce notification");
        };
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].address().as_deref(), Some("a@example.net"));
        assert_eq!(records[0].status.as_deref(), Some("5.1.1"));
        assert_eq!(records[0].reporting_mta.as_deref(), Some("out.example.com"));
        assert_eq!(records[1].action.as_deref(), Some("failed"));
    }

    #[test]
    fn the_sns_envelope_and_complaints_are_read() {
        let wrapped =
            r#"{"Type":"Notification","Message":"{\"eventType\":\"Complaint\",\"complaint\":{}}"}"#;
        assert!(matches!(read(wrapped), Some(Notification::Complaint)));
        assert!(read("Hello {\"notificationType\":\"Bounce\"}").is_none());
        assert!(read("{\"notificationType\":\"Received\"}").is_none());
    }
}
