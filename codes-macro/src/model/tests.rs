//! The model stage on small inputs: what it reads, and every problem it reports.

use super::*;

const HEADER: &str = "[catalogue]\nlanguage = \"en\"\nlanguage_name = \"English\"\n";

fn messages(source: &str) -> Vec<String> {
    parse(0, &format!("{HEADER}{source}"))
        .expect_err("expected problems")
        .iter()
        .map(|d| d.render(&["catalogue.toml".to_owned()]))
        .collect()
}

const GOOD_CODE: &str = r#"
[[code]]
code = 250
variant = "Ok"
title = "OK"
reply_text = "Requested mail action okay, completed"
status = "standard"
description = """
The request
worked."""
when_seen = "After MAIL."
fix = "Nothing."
use_when = "Always."
keywords = ["ok"]
references = ["RFC 5321 §4.2.2"]
"#;

#[test]
fn a_good_entry_becomes_the_model_with_prose_reflowed() {
    let catalogue = parse(0, &format!("{HEADER}{GOOD_CODE}")).expect("parses");
    assert_eq!(catalogue.codes.len(), 1);
    let code = &catalogue.codes[0];
    assert_eq!(code.code.value, 250);
    assert_eq!((code.code.pos.line, code.code.pos.column), (6, 8));
    assert_eq!(
        (code.common.base.pos.line, code.common.base.pos.column),
        (5, 1)
    );
    assert_eq!(
        code.common.base.texts.0[1],
        (
            "description",
            Located::new(
                "The request worked.".to_owned(),
                code.common.base.texts.0[1].1.pos
            )
        )
    );
    assert_eq!(code.common.status.value.variant, "Standard");
    assert_eq!(code.connection, None);
}

#[test]
fn syntax_errors_name_line_and_column() {
    let found = messages("[[code]]\ncode = 250\ntitle = \"unterminated\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("catalogue.toml:6:"), "{found:?}");
    assert!(found[0].contains("TOML syntax error"), "{found:?}");
}

#[test]
fn several_syntax_errors_are_all_reported() {
    let found = messages("a = \nb = \"x\nc = 1\n");
    assert!(found.len() >= 2, "{found:?}");
}

#[test]
fn unknown_and_missing_fields_are_all_reported() {
    let source = GOOD_CODE.replace("title = \"OK\"\n", "").replace(
        "status = \"standard\"",
        "status = \"standard\"\ncolour = \"red\"",
    );
    let found = messages(&source);
    assert_eq!(
        found,
        [
            "catalogue.toml:5:1: missing field `title` in [[code]]",
            "catalogue.toml:10:1: unknown field `colour` in [[code]]; expected one of: code, \
             variant, status, title, description, when_seen, fix, use_when, keywords, \
             references, reply_text, connection",
        ]
    );
}

#[test]
fn a_class_written_in_a_code_is_explained() {
    let source = GOOD_CODE.replace("title = \"OK\"", "title = \"OK\"\nclass = 2");
    let found = messages(&source);
    assert_eq!(
        found,
        [
            "catalogue.toml:9:1: unknown field `class` in [[code]]: a code's class is its first \
          digit; it is not written in [[code]]"
        ]
    );
}

#[test]
fn wrong_types_and_values_are_reported() {
    let source = GOOD_CODE
        .replace("code = 250", "code = \"250\"")
        .replace("\"standard\"", "\"official\"")
        .replace("[\"ok\"]", "[1]");
    let found = messages(&source);
    assert_eq!(
        found,
        [
            "catalogue.toml:6:8: field `code` in [[code]] must be an integer, found string",
            "catalogue.toml:10:10: unknown status `official`; expected one of: standard, \
             extension, draft, obsolete, deprecated, non-standard",
            "catalogue.toml:17:13: field `keywords` in [[code]] must be a string, found integer",
        ]
    );
}

#[test]
fn missing_references_are_reported() {
    let source = GOOD_CODE.replace("references = [\"RFC 5321 §4.2.2\"]\n", "");
    let found = messages(&source);
    assert_eq!(
        found,
        ["catalogue.toml:5:1: missing field `references` in [[code]]"]
    );
}

#[test]
fn unknown_top_level_tables_are_reported() {
    let found = messages("[[codes]]\ncode = 1\n");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("catalogue.toml:4:3: unknown table `codes`"),
        "{found:?}"
    );
}
