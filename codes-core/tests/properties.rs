//! Property tests of the open code types: anything well formed parses back to itself, and no
//! input makes parsing panic.

use codes_core::{BasicCode, EnhancedCode, EnhancedStatus, ReplyCode};
use proptest::prelude::*;

proptest! {
    #[test]
    fn enhanced_status_codes_round_trip(class in prop::sample::select(vec![2u16, 4, 5]), subject in 0u16..1000, detail in 0u16..1000) {
        let status = EnhancedStatus::new(class, subject, detail).expect("in range");
        let text = status.to_string();
        prop_assert_eq!(text.parse::<EnhancedStatus>(), Ok(status));
        prop_assert_eq!(text, format!("{class}.{subject}.{detail}"));
    }

    #[test]
    fn basic_codes_round_trip(number in 200u16..600) {
        let code = BasicCode::try_from(number).expect("first digit 2 to 5");
        prop_assert_eq!(code.to_string().parse::<BasicCode>(), Ok(code));
        prop_assert_eq!(code.class().digit(), number / 100);
        prop_assert_eq!(code.catalogued().map(ReplyCode::as_u16), ReplyCode::from_u16(number).map(ReplyCode::as_u16));
    }

    #[test]
    fn parsing_any_text_never_panics(text in ".{0,12}") {
        let _ = text.parse::<BasicCode>();
        let _ = text.parse::<ReplyCode>();
        let _ = text.parse::<EnhancedStatus>();
        let _ = text.parse::<EnhancedCode>();
    }

    #[test]
    fn numbers_outside_the_classes_are_refused(number in prop_oneof![0u16..200, 600u16..=u16::MAX]) {
        prop_assert!(BasicCode::try_from(number).is_err());
        prop_assert!(ReplyCode::try_from(number).is_err());
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_text_forms() {
    let code = ReplyCode::from_u16(250).expect("250");
    assert_eq!(serde_json::to_string(&code).expect("json"), "250");
    assert_eq!(
        serde_json::from_str::<ReplyCode>("250").expect("number"),
        code
    );
    assert_eq!(
        serde_json::from_str::<ReplyCode>("\"250\"").expect("string"),
        code
    );
    assert!(serde_json::from_str::<ReplyCode>("299").is_err());
    let status: EnhancedStatus = "5.7.606".parse().expect("status");
    assert_eq!(serde_json::to_string(&status).expect("json"), "\"5.7.606\"");
    assert_eq!(
        serde_json::from_str::<EnhancedStatus>("\"5.7.606\"").expect("back"),
        status
    );
    let entry: EnhancedCode = "X.1.1".parse().expect("entry");
    assert_eq!(serde_json::to_string(&entry).expect("json"), "\"X.1.1\"");
}
