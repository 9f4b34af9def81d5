//! Properties every catalogued code must have, checked over all of them.

use std::collections::HashSet;

use codes_core::{
    AnyEnhancedCode, AnyReplyCode, Class, Command, EnhancedClass, EnhancedCode, ReplyCode, Role,
    Subject, enhanced_code, reply_code,
};

#[test]
fn every_code_round_trips_through_u16_and_text() {
    for code in ReplyCode::ALL {
        let number = code.as_u16();
        assert_eq!(ReplyCode::from_u16(number), Some(code));
        assert_eq!(ReplyCode::try_from(number), Ok(code));
        assert_eq!(u16::from(code), number);
        assert_eq!(code.to_string(), number.to_string());
        assert_eq!(code.to_string().parse::<ReplyCode>(), Ok(code));
        assert_eq!(format!("{code:#}"), format!("{number} {}", code.title()));
        assert_eq!(AnyReplyCode::from(code).catalogued(), Some(code));
        assert!(code == number);
    }
}

#[test]
fn all_is_sorted_and_complete() {
    let numbers: Vec<u16> = ReplyCode::ALL.iter().map(|c| c.as_u16()).collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(numbers, sorted, "ALL is in code order without repeats");
    let found = (100..1000)
        .filter(|n| ReplyCode::from_u16(*n).is_some())
        .count();
    assert_eq!(
        found,
        ReplyCode::ALL.len(),
        "from_u16 knows exactly the codes in ALL"
    );
}

#[test]
fn class_and_subject_agree_with_the_digits() {
    for code in ReplyCode::ALL {
        let n = code.as_u16();
        assert_eq!(code.class().digit(), n / 100, "{n}");
        assert_eq!(code.subject().digit(), n / 10 % 10, "{n}");
        let basic = AnyReplyCode::from(code);
        assert_eq!(basic.class(), code.class());
        assert_eq!(basic.subject(), Some(code.subject()));
    }
}

#[test]
fn no_catalogue_text_is_empty() {
    for code in ReplyCode::ALL {
        for (field, text) in [
            ("title", code.title()),
            ("reply_text", code.reply_text()),
            ("description", code.description()),
            ("when_seen", code.when_seen()),
            ("fix", code.fix()),
            ("use_when", code.use_when()),
        ] {
            assert!(!text.trim().is_empty(), "{code} has an empty {field}");
        }
        assert!(!code.references().is_empty(), "{code} has no references");
        for reference in code.references() {
            assert!(reference.url.starts_with("https://"), "{code}: {reference}");
        }
    }
    for code in EnhancedCode::ALL {
        for text in [
            code.title(),
            code.description(),
            code.when_seen(),
            code.fix(),
            code.use_when(),
        ] {
            assert!(!text.trim().is_empty(), "{code} has an empty text");
        }
        assert!(!code.references().is_empty(), "{code} has no references");
    }
    for class in Class::ALL {
        assert!(
            !class.action().is_empty()
                && !class.retry().is_empty()
                && !class.description().is_empty()
        );
    }
}

#[test]
fn every_code_the_issue_names_is_catalogued() {
    let required = [
        211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504,
        550, 551, 552, 553, 554, 555, // RFC 5321
        521, 556, // RFC 7504
        235, 334, 432, 454, 530, 534, 535, 538, // RFC 4954
        253, 458, 459, // RFC 1985
    ];
    for number in required {
        assert!(ReplyCode::from_u16(number).is_some(), "{number} is missing");
    }
}

#[test]
fn classes_cover_every_first_digit_and_subjects_every_second() {
    assert_eq!(Class::ALL.map(Class::digit), [2, 3, 4, 5]);
    assert_eq!(Subject::ALL.map(Subject::digit), [0, 1, 2, 3, 4, 5]);
    assert_eq!(EnhancedClass::ALL.map(EnhancedClass::digit), [2, 4, 5]);
}

#[test]
fn basic_codes_outside_the_catalogue_keep_their_digits() {
    let odd: AnyReplyCode = "263".parse().expect("well formed");
    assert_eq!(odd.as_u16(), 263);
    assert_eq!(odd.class(), Class::from_digit(2).expect("class 2"));
    assert_eq!(odd.subject(), None);
    assert_eq!(odd.catalogued(), None);
    assert_eq!(
        "263".parse::<ReplyCode>().unwrap_err().to_string(),
        "reply code 263 is not in the catalogue"
    );
    assert!("263".parse::<ReplyCode>().unwrap_err().is_not_catalogued());
    for bad in ["", "25", "2500", "abc", "650", "150", "2 5"] {
        assert!(bad.parse::<AnyReplyCode>().is_err(), "{bad}");
    }
    assert_eq!(
        "650".parse::<AnyReplyCode>().unwrap_err().to_string(),
        "a reply code starts with 2, 3, 4 or 5 (RFC 5321 §4.2.1), not 6"
    );
    assert!(AnyReplyCode::try_from(199).is_err());
    assert_eq!(AnyReplyCode::try_from(599).map(u16::from), Ok(599));
}

#[test]
fn the_checked_macros_are_constants() {
    const OK: ReplyCode = reply_code!(250);
    const READY: ReplyCode = reply_code!(220);
    const UNKNOWN_USER: EnhancedCode = enhanced_code!(X.1.1);
    const ALSO: EnhancedCode = enhanced_code!("X.1.1");
    assert_eq!(OK.as_u16(), 250);
    assert_eq!(READY, ReplyCode::ServiceReady);
    assert_eq!(OK, ReplyCode::Ok);
    assert_eq!(UNKNOWN_USER, ALSO);
    assert_eq!(UNKNOWN_USER.as_str(), "X.1.1");
}

#[test]
fn enhanced_codes_round_trip_and_link_back() {
    for code in EnhancedCode::ALL {
        assert_eq!(code.as_str().parse::<EnhancedCode>(), Ok(code));
        assert_eq!(code.to_string(), code.as_str());
        assert_eq!(
            EnhancedCode::from_parts(code.subject_number(), code.detail()),
            Some(code)
        );
        assert_eq!(code.subject().digit(), code.subject_number());
        for basic in code.associated_basic() {
            assert!(
                basic.associated_enhanced().contains(&code),
                "{code} lists {basic} but not back"
            );
        }
        for class in EnhancedClass::ALL {
            let status = AnyEnhancedCode::with_class(code, class);
            assert_eq!(status.to_string().parse::<AnyEnhancedCode>(), Ok(status));
            assert_eq!(status.catalogued(), Some(code));
        }
    }
}

#[test]
fn wide_enhanced_codes_parse() {
    let status: AnyEnhancedCode = "5.7.606".parse().expect("three-digit detail");
    assert_eq!(
        (
            status.class().digit(),
            status.subject_number(),
            status.detail()
        ),
        (5, 7, 606)
    );
    assert_eq!(status.to_string(), "5.7.606");
    assert!(status.catalogued().is_none());
    let wide: AnyEnhancedCode = "4.123.999".parse().expect("three-digit subject");
    assert_eq!(wide.subject_number(), 123);
    assert!(
        wide.subject().is_none(),
        "123 is no subject of the registry"
    );
    for bad in [
        "3.1.1", "5.1", "5.1.1.1", "5..1", "5.01.1", "5.1.1000", "X.1.1", "5.a.1", "",
    ] {
        assert!(bad.parse::<AnyEnhancedCode>().is_err(), "{bad}");
    }
}

#[test]
fn the_matrix_is_consistent_both_ways() {
    let mut seen = HashSet::new();
    for command in Command::ALL {
        assert_eq!(Command::from_name(command.name()), Some(command));
        assert_eq!(
            Command::from_name(&command.name().to_lowercase()),
            Some(command)
        );
        for allowed in command.allowed_replies() {
            assert_eq!(allowed.command, command);
            assert!(
                allowed.code.allowed_after().contains(allowed),
                "{command} {}",
                allowed.code
            );
            seen.insert((allowed.command, allowed.code, allowed.role));
        }
    }
    for code in ReplyCode::ALL {
        for allowed in code.allowed_after() {
            assert!(seen.contains(&(allowed.command, allowed.code, allowed.role)));
        }
    }
    let connect = Command::from_name("CONNECT").expect("the greeting is a command");
    assert!(
        connect
            .allowed_replies()
            .iter()
            .any(|a| a.code == ReplyCode::ServiceReady && a.role == Role::Success)
    );
}

#[test]
fn every_entry_has_every_text_in_every_language() {
    use codes_core::{Deviation, Lang, Message};
    for lang in Lang::ALL {
        for code in ReplyCode::ALL {
            for (field, text) in [
                ("title", code.title_in(lang)),
                ("description", code.description_in(lang)),
                ("when_seen", code.when_seen_in(lang)),
                ("fix", code.fix_in(lang)),
                ("use_when", code.use_when_in(lang)),
            ] {
                assert!(!text.trim().is_empty(), "{code} {field} in {lang:?}");
            }
            assert!(
                !code.keywords_in(lang).is_empty(),
                "{code} keywords in {lang:?}"
            );
        }
        for code in EnhancedCode::ALL {
            for text in [
                code.title_in(lang),
                code.description_in(lang),
                code.when_seen_in(lang),
                code.fix_in(lang),
                code.use_when_in(lang),
            ] {
                assert!(!text.trim().is_empty(), "{code} in {lang:?}");
            }
            assert!(
                !code.keywords_in(lang).is_empty(),
                "{code} keywords in {lang:?}"
            );
        }
        for command in Command::ALL {
            assert!(!command.description_in(lang).is_empty());
        }
        for deviation in Deviation::ALL {
            assert!(!deviation.description_in(lang).is_empty());
        }
        for message in Message::ALL {
            assert!(!message.text_in(lang).is_empty());
        }
    }
    // The translation is a translation: the texts differ from the catalogue's own.
    let vi = Lang::from_tag("vi").expect("the catalogue has a Vietnamese translation");
    for code in ReplyCode::ALL {
        assert_ne!(code.description_in(vi), code.description(), "{code}");
        assert_ne!(code.fix_in(vi), code.fix(), "{code}");
    }
    assert_eq!(Message::Description.text_in(vi), "Mô tả");
}
