//! Facts of the catalogue that were once wrong, checked against their sources, and kept right
//! here: each test names the source that settles it.

use codes_core::{Command, ReplyCode, Status, enhanced_code, reply_code};

fn cites(references: &[codes_core::Reference], text: &str) -> bool {
    references.iter().any(|r| r.text.contains(text))
}

/// Postfix smtpd: postscreen sends `521 5.7.0` for a non-SMTP command; smtpd itself answers
/// HTTP- and header-like commands with 221 2.7.0.
#[test]
fn only_postscreen_answers_forbidden_commands_with_521() {
    let seen = reply_code!(521).when_seen();
    assert!(seen.contains("postscreen"), "{seen}");
    assert!(seen.contains("221 2.7.0"), "{seen}");
    assert!(
        reply_code!(221)
            .when_seen()
            .contains("I can break rules, too")
    );
}

/// Postfix HISTORY (Postfix 3.7): an unknown command gets 500 5.5.2, earlier versions 502.
#[test]
fn postfix_unknown_command_replies_name_their_versions() {
    for text in [
        reply_code!(500).when_seen(),
        enhanced_code!(X.5.2).when_seen(),
    ] {
        assert!(text.contains("Postfix 3.7"), "{text}");
        assert!(text.contains("bad syntax"), "{text}");
    }
    assert!(reply_code!(502).when_seen().contains("3.6"));
}

/// RFC 3207 §4: "Must issue a STARTTLS command first" SHOULD carry 5.7.0.
#[test]
fn starttls_first_cites_rfc_3207_for_5_7_0() {
    assert!(reply_code!(530).description().contains("SHOULD"));
    assert!(cites(enhanced_code!(X.7.0).references(), "RFC 3207 §4"));
}

/// RFC 7505: §4.1 holds both rules (556 with 5.1.10 for a recipient, 550 with 5.7.27 for a
/// sender), §6 registers the codes.
#[test]
fn null_mx_cites_rfc_7505_section_4_1() {
    for code in [enhanced_code!(X.1.10), enhanced_code!(X.7.27)] {
        assert!(cites(code.references(), "RFC 7505 §4.1"), "{code}");
        assert!(cites(code.references(), "RFC 7505 §6"), "{code}");
    }
    for code in ReplyCode::ALL {
        assert!(!cites(code.references(), "RFC 7505 §4.2") || code == reply_code!(556));
    }
}

/// The registry takes X.7.28 from draft-levine-mailbomb-header, which never became an RFC.
#[test]
fn x_7_28_is_a_draft_and_cites_it() {
    let code = enhanced_code!(X.7.28);
    assert_eq!(code.status(), Status::Draft);
    assert!(cites(code.references(), "draft-levine-mailbomb-header"));
}

/// cPanel's Exim configuration, not Sendmail, sends `525 5.7.13 Disabled recipient address`;
/// 523 and 525 are non-standard codes with the software that sends them.
#[test]
fn non_standard_codes_name_the_software() {
    let seen = enhanced_code!(X.7.13).when_seen();
    assert!(
        seen.contains("cPanel") && !seen.contains("Sendmail"),
        "{seen}"
    );
    for (code, software) in [(reply_code!(523), "Dovecot"), (reply_code!(525), "cPanel")] {
        assert_eq!(code.status(), Status::NonStandard, "{code}");
        assert!(cites(code.references(), software), "{code}");
    }
    assert!(
        enhanced_code!(X.7.10)
            .associated_basic()
            .contains(&reply_code!(523))
    );
    assert!(
        enhanced_code!(X.7.13)
            .associated_basic()
            .contains(&reply_code!(525))
    );
}

/// rblsmtpd answers a listed client with 451 (553 under -b); nothing supports qmail's 421.
#[test]
fn blocklist_front_ends_are_attributed_to_their_codes() {
    assert!(!reply_code!(421).when_seen().contains("qmail"));
    assert!(reply_code!(451).when_seen().contains("rblsmtpd"));
}

/// RFC 7504 §3 defines the 521 greeting.
#[test]
fn the_521_greeting_cites_rfc_7504_section_3() {
    assert!(cites(reply_code!(521).references(), "RFC 7504 §3"));
    let connect = Command::from_name("CONNECT").expect("CONNECT");
    assert!(
        connect
            .allowed_replies()
            .iter()
            .any(|a| a.code.as_u16() == 521 && a.reference.text == "RFC 7504 §3")
    );
}

/// Postgrey defers with `450 4.2.0 … Greylisted`; X.2.0 says so.
#[test]
fn x_2_0_knows_greylisting() {
    let code = enhanced_code!(X.2.0);
    assert!(code.when_seen().contains("Greylisted"));
    assert!(code.keywords().contains(&"greylisting"));
}

/// 552 and X.2.2 give server authors one recommendation for a full mailbox: 452 with 4.2.2
/// (RFC 3463 §3.3's persistent transient failure).
#[test]
fn a_full_mailbox_has_one_recommendation() {
    for text in [
        reply_code!(552).use_when(),
        enhanced_code!(X.2.2).use_when(),
    ] {
        assert!(text.contains("452 with 4.2.2"), "{text}");
        assert!(text.contains("RFC 3463 §3.3"), "{text}");
    }
}

/// RFC 5321 §4.2.1, §5.1: only a refused session moves on to the next MX; a 554 to RCPT or to
/// the message bounces it.
#[test]
fn a_554_to_a_request_is_not_retried_elsewhere() {
    let description = reply_code!(554).description();
    assert!(!description.contains("as it would after any failed delivery attempt"));
    assert!(description.contains("rather than offered to another MX"));
}

/// RFC 4468: BURL is a command with its replies; conditions say when a reply applies.
#[test]
fn the_matrix_has_burl_and_conditions() {
    let burl = Command::from_name("BURL").expect("BURL is catalogued");
    assert!(
        burl.allowed_replies()
            .iter()
            .any(|a| a.code.as_u16() == 554)
    );
    let helo = Command::from_name("HELO").expect("HELO");
    assert!(
        !helo
            .allowed_replies()
            .iter()
            .any(|a| a.code.as_u16() == 502)
    );
    let auth_required = Command::from_name("MAIL")
        .expect("MAIL")
        .allowed_replies()
        .iter()
        .find(|a| a.code.as_u16() == 530 && a.reference.text == "RFC 4954 §6")
        .expect("530 after MAIL");
    assert!(auth_required.condition.is_some());
}

/// RFC 7372 cites the subsection of each code; RFC 1870's replies to DATA are in §6.2 and §6.3.
#[test]
#[allow(deprecated)] // X.6.10 is deprecated, and its entry says so.
fn sections_are_precise() {
    for (code, section) in [
        (enhanced_code!(X.7.20), "RFC 7372 §3.1"),
        (enhanced_code!(X.7.23), "RFC 7372 §3.2"),
        (enhanced_code!(X.7.25), "RFC 7372 §3.3"),
        (enhanced_code!(X.7.26), "RFC 7372 §3.4"),
    ] {
        assert!(cites(code.references(), section), "{code}: {section}");
    }
    let data = Command::from_name("DATA").expect("DATA");
    assert!(
        data.allowed_replies()
            .iter()
            .all(|a| a.reference.text != "RFC 1870 §6")
    );
    assert!(!reply_code!(550).when_seen().contains("5.1.351"));
    assert!(
        enhanced_code!(X.6.10)
            .description()
            .contains("catalogue's own")
    );
}
