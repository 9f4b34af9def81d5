//! The IANA "SMTP Enhanced Status Codes" registry and the command–reply matrix of
//! RFC 5321 §4.3.2, written out here from the documents and compared with what the catalogue
//! generates.

use std::collections::BTreeSet;

use codes_core::{
    AnyEnhancedCode, AnyReplyCode, Command, EnhancedCode, PairCheck, ReplyCode, Role, Status,
};

/// Every enumerated code of the registry with its associated basic status codes.
const REGISTRY: &[(&str, &[u16])] = &[
    ("X.0.0", &[]),
    ("X.1.0", &[]),
    ("X.1.1", &[451, 550]),
    ("X.1.2", &[]),
    ("X.1.3", &[501]),
    ("X.1.4", &[]),
    ("X.1.5", &[250]),
    ("X.1.6", &[]),
    ("X.1.7", &[]),
    ("X.1.8", &[451, 501]),
    ("X.1.9", &[]),
    ("X.1.10", &[556]),
    ("X.2.0", &[]),
    ("X.2.1", &[]),
    ("X.2.2", &[552]),
    ("X.2.3", &[552]),
    ("X.2.4", &[450, 452]),
    ("X.3.0", &[221, 250, 421, 451, 550, 554]),
    ("X.3.1", &[452]),
    ("X.3.2", &[453, 521]),
    ("X.3.3", &[]),
    ("X.3.4", &[552, 554]),
    ("X.3.5", &[]),
    ("X.3.6", &[250, 251]),
    ("X.4.0", &[]),
    ("X.4.1", &[451]),
    ("X.4.2", &[421]),
    ("X.4.3", &[451, 550]),
    ("X.4.4", &[]),
    ("X.4.5", &[451]),
    ("X.4.6", &[]),
    ("X.4.7", &[]),
    (
        "X.5.0",
        &[
            220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554,
        ],
    ),
    ("X.5.1", &[430, 500, 501, 503, 530, 550, 554, 555]),
    ("X.5.2", &[500, 501, 502, 550, 555]),
    ("X.5.3", &[451]),
    ("X.5.4", &[451, 501, 502, 503, 504, 550, 555]),
    ("X.5.5", &[]),
    ("X.5.6", &[500]),
    ("X.6.0", &[]),
    ("X.6.1", &[]),
    ("X.6.2", &[]),
    ("X.6.3", &[554]),
    ("X.6.4", &[250]),
    ("X.6.5", &[]),
    ("X.6.6", &[554]),
    ("X.6.7", &[550, 553]),
    ("X.6.8", &[252, 550, 553]),
    ("X.6.9", &[550]),
    ("X.6.10", &[]),
    (
        "X.7.0",
        &[220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550],
    ),
    ("X.7.1", &[451, 454, 502, 503, 533, 550, 551]),
    ("X.7.2", &[550]),
    ("X.7.3", &[]),
    ("X.7.4", &[504]),
    ("X.7.5", &[]),
    ("X.7.6", &[]),
    ("X.7.7", &[]),
    ("X.7.8", &[535, 554]),
    ("X.7.9", &[534]),
    ("X.7.10", &[523]),
    ("X.7.11", &[524, 538]),
    ("X.7.12", &[422, 432]),
    ("X.7.13", &[525]),
    ("X.7.14", &[535, 554]),
    ("X.7.15", &[450, 550]),
    ("X.7.16", &[552]),
    ("X.7.17", &[]),
    ("X.7.18", &[]),
    ("X.7.19", &[]),
    ("X.7.20", &[550]),
    ("X.7.21", &[550]),
    ("X.7.22", &[550]),
    ("X.7.23", &[550]),
    ("X.7.24", &[451, 550]),
    ("X.7.25", &[550]),
    ("X.7.26", &[550]),
    ("X.7.27", &[550]),
    ("X.7.28", &[]),
    ("X.7.29", &[550]),
    ("X.7.30", &[550]),
];

#[test]
fn every_registry_entry_is_catalogued_with_its_associations() {
    assert_eq!(EnhancedCode::ALL.len(), REGISTRY.len());
    for (code, basic) in REGISTRY {
        let entry: EnhancedCode = code.parse().unwrap_or_else(|_| panic!("{code} missing"));
        let mut associated: Vec<u16> = entry
            .associated_basic()
            .iter()
            .map(|c| c.as_u16())
            .collect();
        associated.extend_from_slice(entry.associated_uncatalogued());
        associated.sort_unstable();
        assert_eq!(associated, *basic, "{code}");
        for number in entry.associated_uncatalogued() {
            assert!(
                ReplyCode::from_u16(*number).is_none(),
                "{code}: {number} is catalogued"
            );
        }
    }
}

#[test]
fn the_subject_7_codes_run_from_0_to_30_and_x_6_10_is_deprecated() {
    let details: Vec<u16> = EnhancedCode::ALL
        .iter()
        .filter(|c| c.subject_number() == 7)
        .map(|c| c.detail())
        .collect();
    assert_eq!(details, (0..=30).collect::<Vec<u16>>());
    let x610: EnhancedCode = "X.6.10".parse().expect("X.6.10");
    assert_eq!(x610.status(), Status::Deprecated);
}

/// RFC 5321 §4.3.2 as printed: (command, success, intermediate, error). DATA-END is the reply
/// after "-> data ->"; 421, 500 and 501 may follow any command, as the section says before
/// the table.
/// (command, success, intermediate, error)
type Row = (&'static str, &'static [u16], &'static [u16], &'static [u16]);

const RFC5321_MATRIX: &[Row] = &[
    ("CONNECT", &[220], &[], &[554]),
    // RFC 5321 prints one row, "EHLO or HELO", whose 502 is "permitted only with an
    // old-style server that does not support EHLO": it answers EHLO, under that condition.
    ("EHLO", &[250], &[], &[504, 550, 502]),
    ("HELO", &[250], &[], &[504, 550]),
    (
        "MAIL",
        &[250],
        &[],
        &[552, 451, 452, 550, 553, 503, 455, 555],
    ),
    (
        "RCPT",
        &[250, 251],
        &[],
        &[550, 551, 552, 553, 450, 451, 452, 503, 455, 555],
    ),
    ("DATA", &[], &[354], &[503, 554]),
    ("DATA-END", &[250], &[], &[552, 554, 451, 452, 450, 550]),
    ("RSET", &[250], &[], &[]),
    ("VRFY", &[250, 251, 252], &[], &[550, 551, 553, 502, 504]),
    ("EXPN", &[250, 252], &[], &[550, 500, 502, 504]),
    ("HELP", &[211, 214], &[], &[502, 504]),
    ("NOOP", &[250], &[], &[]),
    ("QUIT", &[221], &[], &[]),
];

fn set(codes: &[u16]) -> BTreeSet<u16> {
    codes.iter().copied().collect()
}

#[test]
fn the_matrix_is_the_one_rfc_5321_prints() {
    for (name, success, intermediate, error) in RFC5321_MATRIX {
        let command = Command::from_name(name).unwrap_or_else(|| panic!("{name} missing"));
        let from_rfc = |role: Role| -> BTreeSet<u16> {
            command
                .allowed_replies()
                .iter()
                .filter(|a| a.role == role && a.reference.text == "RFC 5321 §4.3.2")
                .map(|a| a.code.as_u16())
                .collect()
        };
        let mut any_command = set(&[421, 500, 501]);
        if *name == "CONNECT" {
            any_command.clear(); // a reply to a command, not to the connection itself
        }
        if *name == "DATA-END" {
            any_command = set(&[421]); // the message data is not a command line
        }
        assert_eq!(from_rfc(Role::Success), set(success), "{name} success");
        assert_eq!(
            from_rfc(Role::Intermediate),
            set(intermediate),
            "{name} intermediate"
        );
        let expected_error: BTreeSet<u16> = set(error).union(&any_command).copied().collect();
        assert_eq!(from_rfc(Role::Error), expected_error, "{name} error");
    }
}

#[test]
fn extension_commands_have_their_documents_replies() {
    let replies = |name: &str, role: Role| -> BTreeSet<u16> {
        Command::from_name(name)
            .expect(name)
            .allowed_replies()
            .iter()
            .filter(|a| a.role == role)
            .map(|a| a.code.as_u16())
            .collect()
    };
    assert!(replies("AUTH", Role::Success).contains(&235));
    assert!(replies("AUTH", Role::Intermediate).contains(&334));
    assert!(set(&[432, 454, 534, 535, 538]).is_subset(&replies("AUTH", Role::Error)));
    assert!(replies("STARTTLS", Role::Success).contains(&220));
    assert!(set(&[454, 501]).is_subset(&replies("STARTTLS", Role::Error)));
    assert_eq!(replies("ETRN", Role::Success), set(&[250, 251, 252, 253]));
    assert!(set(&[458, 459]).is_subset(&replies("ETRN", Role::Error)));
    assert!(replies("BDAT", Role::Success).contains(&250));
    // Every extension cell names its own document, not RFC 5321's table.
    for a in Command::from_name("AUTH").expect("AUTH").allowed_replies() {
        if a.code.as_u16() == 235 {
            assert!(a.reference.text.starts_with("RFC 4954"), "{}", a.reference);
        }
    }
}

#[test]
fn a_550_after_rcpt_is_an_error_and_carries_x_1_1() {
    let rcpt = Command::from_name("RCPT").expect("RCPT");
    let code = ReplyCode::from_u16(550).expect("550");
    assert!(
        code.allowed_after()
            .iter()
            .any(|a| a.command == rcpt && a.role == Role::Error)
    );
    assert!(
        code.associated_enhanced()
            .contains(&"X.1.1".parse().expect("X.1.1"))
    );
}

#[test]
fn pairs_are_checked_for_class_and_registration() {
    let basic = |n: &str| n.parse::<AnyReplyCode>().expect("basic");
    let status = |s: &str| s.parse::<AnyEnhancedCode>().expect("enhanced");
    let check = |b: &str, e: &str| PairCheck::new(basic(b), status(e));
    assert_eq!(
        check("550", "5.1.1"),
        PairCheck {
            classes_agree: true,
            registered: Some(true)
        }
    );
    assert_eq!(
        check("550", "4.1.1"),
        PairCheck {
            classes_agree: false,
            registered: Some(true)
        }
    );
    assert_eq!(
        check("250", "5.1.1"),
        PairCheck {
            classes_agree: false,
            registered: Some(false)
        }
    );
    assert!(
        !check("354", "2.0.0").classes_agree,
        "3xx has no enhanced class"
    );
    assert_eq!(
        check("550", "5.7.606"),
        PairCheck {
            classes_agree: true,
            registered: None
        }
    );
    assert_eq!(
        check("523", "5.7.10").registered,
        Some(true),
        "registry-only basic codes count"
    );
}

#[test]
fn conditional_cells_say_when_they_apply() {
    let ehlo = Command::from_name("EHLO").expect("EHLO");
    let conditional_502 = ehlo
        .allowed_replies()
        .iter()
        .find(|a| a.code.as_u16() == 502 && a.reference.text == "RFC 5321 §4.3.2")
        .expect("502 after EHLO");
    assert!(conditional_502.condition.is_some());
    let rset_503 = Command::from_name("RSET")
        .expect("RSET")
        .allowed_replies()
        .iter()
        .find(|a| a.code.as_u16() == 503)
        .expect("503 after RSET");
    assert!(
        rset_503
            .condition
            .is_some_and(|c| c.get(codes_core::Lang::SOURCE).contains("554")),
        "RFC 5321 §3.1's 503 applies only after a 554 greeting"
    );
}
