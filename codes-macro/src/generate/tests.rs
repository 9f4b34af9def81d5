//! The generator on the fallback and on the test fixture.

use super::*;

#[test]
fn the_fallback_still_generates_every_item() {
    // Emitted next to compile errors: it must define every type so users see the
    // catalogue's errors rather than follow-on ones.
    let text = generate(&Resolved::fallback(), &[]).to_string();
    for item in [
        "enum Lang",
        "enum ReplyCode",
        "enum EnhancedCode",
        "enum Class",
        "enum Subject",
        "enum EnhancedClass",
        "enum EnhancedSubject",
        "enum Command",
        "enum Message",
        "enum Reason",
        "DEVIATIONS",
        "macro_rules ! reply_code",
        "macro_rules ! enhanced_code",
    ] {
        assert!(text.contains(item), "missing {item}");
    }
}

#[test]
fn output_is_deterministic_and_sorted_by_code() {
    let catalogue = crate::load(&crate::tests::fixture()).expect("fixture is sound");
    let first = generate(&catalogue, &["/x/catalogue.toml".to_owned()]).to_string();
    let second = generate(&catalogue, &["/x/catalogue.toml".to_owned()]).to_string();
    assert_eq!(first, second);
    let ready = first.find("ServiceReady ,").expect("220 generated");
    let ok = first.find("Ok ,").expect("250 generated");
    assert!(ready < ok, "220 must come before 250");
    assert!(first.contains("include_bytes ! (\"/x/catalogue.toml\")"));
    assert!(
        first.contains("(X . 1.1) =>"),
        "enhanced_code! matches X.1.1 as written"
    );
}
