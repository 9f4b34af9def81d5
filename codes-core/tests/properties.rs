//! Property tests of the open code types: anything well formed parses back to itself, and no
//! input makes parsing panic.

use codes_core::{AnyEnhancedCode, AnyReplyCode, EnhancedCode, ReplyCode};
use proptest::prelude::*;

proptest! {
    #[test]
    fn enhanced_status_codes_round_trip(class in prop::sample::select(vec![2u16, 4, 5]), subject in 0u16..1000, detail in 0u16..1000) {
        let status = AnyEnhancedCode::new(class, subject, detail).expect("in range");
        let text = status.to_string();
        prop_assert_eq!(text.parse::<AnyEnhancedCode>(), Ok(status));
        prop_assert_eq!(text, format!("{class}.{subject}.{detail}"));
    }

    #[test]
    fn basic_codes_round_trip(number in 200u16..600) {
        let code = AnyReplyCode::try_from(number).expect("first digit 2 to 5");
        prop_assert_eq!(code.to_string().parse::<AnyReplyCode>(), Ok(code));
        prop_assert_eq!(code.class().digit(), number / 100);
        prop_assert_eq!(code.catalogued().map(ReplyCode::as_u16), ReplyCode::from_u16(number).map(ReplyCode::as_u16));
    }

    #[test]
    fn parsing_any_text_never_panics(text in ".{0,12}") {
        let _ = text.parse::<AnyReplyCode>();
        let _ = text.parse::<ReplyCode>();
        let _ = text.parse::<AnyEnhancedCode>();
        let _ = text.parse::<EnhancedCode>();
    }

    #[test]
    fn numbers_outside_the_classes_are_refused(number in prop_oneof![0u16..200, 600u16..=u16::MAX]) {
        prop_assert!(AnyReplyCode::try_from(number).is_err());
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
    let status: AnyEnhancedCode = "5.7.606".parse().expect("status");
    assert_eq!(serde_json::to_string(&status).expect("json"), "\"5.7.606\"");
    assert_eq!(
        serde_json::from_str::<AnyEnhancedCode>("\"5.7.606\"").expect("back"),
        status
    );
    let entry: EnhancedCode = "X.1.1".parse().expect("entry");
    assert_eq!(serde_json::to_string(&entry).expect("json"), "\"X.1.1\"");
}

mod replies {
    use codes_core::extract;
    use codes_core::reply::Limits;
    use codes_core::{Reply, ReplyStream};
    use proptest::prelude::*;

    /// Text a server could put after a code: printable ASCII, no line breaks. It does not
    /// start with a digit: `250-555-0100` at the start of a line reads as a phone number.
    fn text() -> impl Strategy<Value = String> {
        "([ -/:-~][ -~]{0,39})?"
    }

    proptest! {
        #[test]
        fn any_bytes_never_panic_and_stay_bounded(input in proptest::collection::vec(any::<u8>(), 0..600)) {
            let limits = Limits { max_line_len: 128, max_lines: 4 };
            if let Ok(reply) = Reply::parse_with(&input, &limits) {
                prop_assert!(reply.as_bytes().len() <= input.len());
                prop_assert!(reply.line_count() as usize <= limits.max_lines);
                prop_assert_eq!(reply.lines().count(), reply.line_count() as usize);
            }
            let _ = Reply::parse_first(&input, &limits);
            let _ = extract::all(&input);
            let mut stream = ReplyStream::with_limits(limits);
            for chunk in input.chunks(7) {
                stream.feed(chunk);
                while let Some(result) = stream.next_reply() {
                    if let Ok(reply) = result {
                        prop_assert!(reply.line_count() as usize <= limits.max_lines);
                    }
                }
                prop_assert!(stream.pending().len() <= input.len());
            }
        }

        #[test]
        fn a_formatted_reply_parses_back(
            code in 200u16..600,
            enhanced in proptest::option::of((0u16..1000, 0u16..1000)),
            lines in proptest::collection::vec(text(), 1..6),
        ) {
            let class = code / 100;
            let status = enhanced.filter(|_| class != 3).map(|(s, d)| format!("{class}.{s}.{d}"));
            let mut wire = String::new();
            for (i, line) in lines.iter().enumerate() {
                let sep = if i + 1 == lines.len() { ' ' } else { '-' };
                match &status {
                    Some(s) => wire.push_str(&format!("{code}{sep}{s} {line}\r\n")),
                    None => wire.push_str(&format!("{code}{sep}{line}\r\n")),
                }
            }
            let reply = Reply::parse(wire.as_bytes()).expect("a formatted reply parses");
            prop_assert_eq!(reply.code().as_u16(), code);
            prop_assert_eq!(reply.line_count() as usize, lines.len());
            prop_assert_eq!(reply.enhanced().map(|e| e.to_string()), status.clone());
            let texts: Vec<String> = reply.lines().map(|l| String::from_utf8_lossy(l.text()).into_owned()).collect();
            let expected: Vec<String> = lines
                .iter()
                .map(|l| status.as_ref().map_or_else(|| l.clone(), |s| format!("{s} {l}")))
                .collect();
            prop_assert_eq!(texts, expected);

            // Fed to the stream parser in pieces of any size, it is the same reply.
            for size in [1usize, 3, 17] {
                let mut stream = ReplyStream::new();
                let mut codes = Vec::new();
                for chunk in wire.as_bytes().chunks(size) {
                    stream.feed(chunk);
                    while let Some(result) = stream.next_reply() {
                        codes.push(result.expect("parses").code().as_u16());
                    }
                }
                prop_assert_eq!(codes, vec![code]);
            }
            // And the extractor finds it as one reply.
            let found = extract::all(wire.as_bytes());
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(found[0].code.map(codes_core::AnyReplyCode::as_u16), Some(code));
            prop_assert_eq!(found[0].line, 1);
            prop_assert_eq!(found[0].text.lines().count(), lines.len());
            prop_assert_eq!(found[0].enhanced.map(|e| e.to_string()), status);
        }
    }
}
