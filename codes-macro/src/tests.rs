//! Tests of the whole pipeline on string fixtures: a small sound catalogue, and one broken
//! variant of it per validation rule, each checked for its message, line and column.

use crate::load;

fn digit_table(table: &str, entries: &[(u16, &str)], with_action: bool) -> String {
    let mut out = String::new();
    for (digit, variant) in entries {
        out.push_str(&format!(
            "[[{table}]]\ndigit = {digit}\nvariant = \"{variant}\"\nname = \"{variant}\"\n\
             description = \"About {variant}.\"\n{}references = [\"RFC 5321 §4.2.1\"]\n\n",
            if with_action {
                "action = \"Go on.\"\nretry = \"No.\"\n"
            } else {
                ""
            }
        ));
    }
    out
}

fn code(number: u16, variant: &str) -> String {
    format!(
        "[[code]]\ncode = {number}\nvariant = \"{variant}\"\ntitle = \"Title {number}\"\n\
         reply_text = \"Text {number}\"\nstatus = \"standard\"\ndescription = \"\"\"\nWhat {number}\n\
         means.\"\"\"\nwhen_seen = \"When.\"\nfix = \"Fix.\"\nuse_when = \"Use.\"\nkeywords = [\"word\"]\n\
         references = [\"RFC 5321 §4.2.2\"]\n\n"
    )
}

/// A small catalogue that passes every check.
pub fn fixture() -> String {
    let mut out = String::from(
        "# test catalogue\n\n[catalogue]\nlanguage = \"en\"\nlanguage_name = \"English\"\n\n",
    );
    out += &digit_table(
        "class",
        &[
            (2, "PositiveCompletion"),
            (3, "PositiveIntermediate"),
            (4, "TransientNegative"),
            (5, "PermanentNegative"),
        ],
        true,
    );
    out += &digit_table(
        "subject",
        &[
            (0, "Syntax"),
            (1, "Information"),
            (2, "Connections"),
            (3, "Unspecified3"),
            (4, "Unspecified4"),
            (5, "MailSystem"),
        ],
        false,
    );
    out += &digit_table(
        "enhanced_class",
        &[(2, "Success"), (4, "Transient"), (5, "Permanent")],
        false,
    );
    out += &digit_table(
        "enhanced_subject",
        &[(0, "Other"), (1, "Addressing")],
        false,
    );
    out += &code(250, "Ok");
    out += &code(220, "ServiceReady");
    out += &code(550, "MailboxUnavailable");
    out += "[[enhanced]]\ncode = \"X.1.1\"\nvariant = \"BadDestinationMailbox\"\n\
            title = \"Bad destination mailbox address\"\nbasic = [550]\nstatus = \"standard\"\n\
            description = \"D.\"\nwhen_seen = \"W.\"\nfix = \"F.\"\nuse_when = \"U.\"\n\
            references = [\"RFC 3463 §3.2\", \"IANA SMTP Enhanced Status Codes registry\"]\n\n";
    out += "[[command]]\nname = \"CONNECT\"\nvariant = \"Connect\"\nsyntax = \"(connect)\"\n\
            description = \"Opening.\"\nreferences = [\"RFC 5321 §3.1\"]\n\n\
            [[command.replies]]\nreference = \"RFC 5321 §4.3.2\"\nsuccess = [220]\n\n";
    out += "[[command]]\nname = \"RCPT\"\nvariant = \"Rcpt\"\nsyntax = \"RCPT TO:<forward-path>\"\n\
            description = \"Names a recipient.\"\nreferences = [\"RFC 5321 §4.1.1.3\"]\n\n\
            [[command.replies]]\nreference = \"RFC 5321 §4.3.2\"\nsuccess = [250]\nerror = [550]\n\n";
    out +=
        "[[any_command]]\nreference = \"RFC 5321 §4.3.2\"\nexcept = [\"CONNECT\"]\nerror = [550]\n";
    out
}

/// The rendered problems of a catalogue that must fail.
fn problems(source: &str) -> Vec<String> {
    load(source)
        .expect_err("the catalogue should be rejected")
        .iter()
        .map(|d| d.render(&["catalogue.toml".to_owned()]))
        .collect()
}

/// The 1-based line of the first line of `source` that contains `needle` (after `skip` others).
fn line_of(source: &str, needle: &str, skip: usize) -> usize {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(skip)
        .map(|(i, _)| i + 1)
        .expect("needle present")
}

#[test]
fn the_fixture_is_sound() {
    let catalogue = load(&fixture()).expect("fixture must pass");
    assert_eq!(catalogue.codes.len(), 3);
    assert_eq!(catalogue.enhanced.len(), 1);
    assert_eq!(catalogue.matrix.commands.len(), 2);
}

#[test]
fn duplicate_codes_are_reported_at_both_places() {
    let source = fixture() + &code(250, "OkAgain");
    let first = line_of(&source, "code = 250", 0);
    let second = line_of(&source, "code = 250", 1);
    assert_eq!(
        problems(&source),
        [
            format!("catalogue.toml:{first}:8: code 250 is defined again at {second}:8"),
            format!("catalogue.toml:{second}:8: duplicate code 250 (first defined at {first}:8)"),
        ]
    );
}

#[test]
fn codes_with_digits_out_of_range_are_rejected() {
    for (number, why) in [
        (650, "the first digit must be 2, 3, 4 or 5"),
        (170, "the first digit must be 2, 3, 4 or 5"),
        (263, "the second digit must be 0 to 5"),
        (2500, "is not three digits"),
        (25, "is not three digits"),
    ] {
        let source = fixture() + &code(number, "Extra");
        let needle = format!("code = {number}");
        let line = source
            .lines()
            .position(|l| l == needle)
            .expect("line present")
            + 1;
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(&format!("catalogue.toml:{line}:8: code {number} ")),
            "{found:?}"
        );
        assert!(found[0].contains(why), "{found:?}");
    }
}

#[test]
fn classes_and_subjects_must_match_the_digits_they_describe() {
    // A [[class]] for a digit no code can have, and a missing [[subject]] for digit 5.
    let source = fixture()
        .replacen(
            "digit = 5\nvariant = \"PermanentNegative\"",
            "digit = 6\nvariant = \"PermanentNegative\"",
            1,
        )
        .replacen("[[subject]]\ndigit = 5\n", "[[subject]]\ndigit = 4\n", 1);
    let class_line = line_of(&source, "digit = 6", 0);
    let found = problems(&source);
    assert!(
        found.contains(&format!(
            "catalogue.toml:{class_line}:9: first digit 6 is out of range: [[class]] takes 2, 3, 4 and 5"
        )),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.ends_with("[[class]] has no entry for first digit 5")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.ends_with("[[subject]] has no entry for second digit 5")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("duplicate second digit 4 in [[subject]]")),
        "{found:?}"
    );
}

#[test]
fn invalid_and_duplicate_variant_names_are_rejected() {
    let source = fixture() + &code(251, "user_not_local") + &code(252, "Ok");
    let bad = line_of(&source, "variant = \"user_not_local\"", 0);
    let dup = line_of(&source, "variant = \"Ok\"", 1);
    let found = problems(&source);
    assert!(
        found.contains(&format!(
            "catalogue.toml:{bad}:11: invalid variant name `user_not_local`: write it in UpperCamelCase \
             with ASCII letters and digits, e.g. `ServiceReady`"
        )),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with(&format!(
            "catalogue.toml:{dup}:11: duplicate variant name `Ok`"
        ))),
        "{found:?}"
    );
}

#[test]
fn empty_text_is_rejected() {
    let source = fixture() + &code(251, "UserNotLocal").replace("fix = \"Fix.\"", "fix = \"  \"");
    let line = line_of(&source, "fix = \"  \"", 0);
    assert_eq!(
        problems(&source),
        [format!("catalogue.toml:{line}:7: `fix` is empty")]
    );
}

#[test]
fn missing_and_malformed_references_are_rejected() {
    let empty = fixture() + &code(251, "UserNotLocal").replace("[\"RFC 5321 §4.2.2\"]", "[]");
    let line = line_of(&empty, "references = []", 0);
    let found = problems(&empty);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!("catalogue.toml:{line}:14: `references` is empty")),
        "{found:?}"
    );

    let malformed = fixture() + &code(251, "UserNotLocal").replace("RFC 5321 §4.2.2", "rfc5321");
    let line = line_of(&malformed, "\"rfc5321\"", 0);
    let found = problems(&malformed);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(&format!(
            "catalogue.toml:{line}:15: reference `rfc5321` is not of the form"
        )),
        "{found:?}"
    );
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let source = fixture() + &code(250, "Ok") + &code(777, "Odd").replace("\"When.\"", "\"\"");
    let found = problems(&source);
    // duplicate 250 (two places), duplicate variant Ok (two places), 777 out of range, empty when_seen
    assert_eq!(found.len(), 6, "{found:?}");
    let lines: Vec<usize> = found
        .iter()
        .map(|p| {
            p.split(':')
                .nth(1)
                .and_then(|l| l.parse().ok())
                .expect("line")
        })
        .collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted, "problems come in file order");
}

#[test]
fn enhanced_codes_must_be_well_formed_unique_and_linked_to_known_codes() {
    let entry = |code: &str, variant: &str, basic: &str| {
        format!(
            "[[enhanced]]\ncode = \"{code}\"\nvariant = \"{variant}\"\ntitle = \"T\"\nbasic = {basic}\n\
             status = \"standard\"\ndescription = \"D.\"\nwhen_seen = \"W.\"\nfix = \"F.\"\n\
             use_when = \"U.\"\nreferences = [\"RFC 3463 §3.2\"]\n\n"
        )
    };
    let source = fixture()
        + &entry("5.1.2", "Classful", "[550]")
        + &entry("X.1.1", "Again", "[550]")
        + &entry("X.1.3", "Unlinked", "[299, 550, 550]")
        + &entry("X.9.1", "NoSubject", "[]");
    let found = problems(&source);
    let expect = [
        (
            line_of(&source, "code = \"5.1.2\"", 0),
            8,
            "enhanced code `5.1.2` is not of the form X.S.D",
        ),
        (
            line_of(&source, "code = \"X.1.1\"", 1),
            8,
            "duplicate enhanced code X.1.1",
        ),
        (
            line_of(&source, "basic = [299", 0),
            10,
            "X.1.3 is associated with basic code 299, which is not a [[code]]",
        ),
        (
            line_of(&source, "basic = [299", 0),
            20,
            "duplicate basic code 550 in `basic`",
        ),
        (
            line_of(&source, "code = \"X.9.1\"", 0),
            8,
            "enhanced code X.9.1 has subject 9, which has no [[enhanced_subject]]",
        ),
    ];
    for (line, column, text) in expect {
        let prefix = format!("catalogue.toml:{line}:{column}: {text}");
        assert!(
            found.iter().any(|p| p.starts_with(&prefix)),
            "expected {prefix:?} in {found:?}"
        );
    }
}

#[test]
fn the_matrix_must_name_known_codes_and_commands() {
    let source = fixture()
        + "[[command]]\nname = \"DATA\"\nvariant = \"Data\"\nsyntax = \"DATA\"\ndescription = \"D.\"\n\
           references = [\"RFC 5321 §4.1.1.4\"]\n\n[[command.replies]]\nreference = \"RFC 5321 §4.3.2\"\n\
           intermediate = [354]\n\n[[any_command]]\nreference = \"RFC 5321 §4.3.2\"\nexcept = [\"HELO\"]\nerror = [550]\n";
    let found = problems(&source);
    let reply = line_of(&source, "intermediate = [354]", 0);
    let except = line_of(&source, "except = [\"HELO\"]", 0);
    assert_eq!(
        found,
        [
            format!(
                "catalogue.toml:{reply}:17: intermediate reply 354 is not a [[code]] in the catalogue"
            ),
            format!("catalogue.toml:{except}:11: `except` names HELO, which is not a [[command]]"),
        ]
    );
}

#[test]
fn a_syntax_error_stops_before_validation_and_names_the_place() {
    let source = fixture().replace("title = \"Title 220\"", "title = \"Title 220");
    let line = line_of(&source, "title = \"Title 220", 0);
    let found = problems(&source);
    assert!(!found.is_empty());
    assert!(
        found[0].starts_with(&format!("catalogue.toml:{line}:")),
        "{found:?}"
    );
    assert!(found[0].contains("TOML syntax error"), "{found:?}");
}

#[test]
fn expansion_errors_name_the_file_and_keep_the_fallback_types() {
    let dir = std::env::temp_dir().join(format!("codes-macro-expand-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("catalogue.toml"), fixture() + &code(250, "Ok")).expect("write");
    let literal = syn::LitStr::new("catalogue.toml", proc_macro2::Span::call_site());
    let output = crate::expand(&literal, Some(dir.as_os_str())).to_string();
    assert!(output.contains("compile_error"), "{output}");
    assert!(output.contains("catalogue.toml:"), "{output}");
    assert!(output.contains("duplicate code 250"), "{output}");
    assert!(
        output.contains("enum ReplyCode"),
        "fallback types are emitted"
    );

    std::fs::write(dir.join("catalogue.toml"), fixture()).expect("write");
    let output = crate::expand(&literal, Some(dir.as_os_str())).to_string();
    assert!(
        !output.contains("compile_error ! {"),
        "a sound catalogue expands without errors"
    );

    assert!(
        output.contains("include_bytes"),
        "the file is tracked for rebuilds"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn conditions_must_be_declared_and_well_named() {
    let group = "[[any_command]]\nreference = \"RFC 5321 §3.1\"\nerror = [550]\ncondition = \"after-greeting\"\n\n";
    let declared = "[[condition]]\nid = \"after-greeting\"\ntext = \"after a 554 greeting\"\n\n";
    let catalogue = load(&(fixture() + group + declared)).expect("a declared condition is sound");
    assert!(
        catalogue
            .matrix
            .cells
            .iter()
            .any(|c| c.condition == Some(0))
    );
    assert_eq!(
        catalogue.matrix.conditions[0].source(),
        "after a 554 greeting"
    );

    let undeclared = fixture() + group;
    let line = line_of(&undeclared, "condition = \"after-greeting\"", 0);
    assert_eq!(
        problems(&undeclared),
        [format!(
            "catalogue.toml:{line}:13: condition `after-greeting` is not a [[condition]]"
        )]
    );
    let badly_named = fixture() + &declared.replace("after-greeting", "After Greeting");
    let line = line_of(&badly_named, "id = \"After Greeting\"", 0);
    assert_eq!(
        problems(&badly_named),
        [format!(
            "catalogue.toml:{line}:6: condition id `After Greeting` must be lowercase words joined by `-`"
        )]
    );
}

#[test]
fn a_status_needs_the_source_it_claims() {
    let cases = [
        // A standard code that cites only the registry, not the RFC that defines it.
        (
            "status = \"standard\"",
            "[\"RFC 5321 §4.2.2\"]",
            "[\"IANA SMTP Enhanced Status Codes registry\"]",
            "status `standard`: a code with this status cites the RFC that defines it",
        ),
        // A draft code that names no Internet-Draft.
        (
            "status = \"draft\"",
            "[\"RFC 5321 §4.2.2\"]",
            "[\"RFC 5321 §4.2.2\"]",
            "status `draft`: a `draft` code cites its Internet-Draft",
        ),
        // A code no RFC defines that does not say which software sends it.
        (
            "status = \"non-standard\"",
            "[\"RFC 5321 §4.2.2\"]",
            "[\"RFC 5321 §4.2.2\"]",
            "status `non-standard`: a `non-standard` code cites the software that sends it",
        ),
    ];
    for (status, from, to, message) in cases {
        let entry = code(251, "UserNotLocal")
            .replace("status = \"standard\"", status)
            .replace(from, to);
        let source = fixture() + &entry;
        let line = line_of(&source, status, source.matches(status).count() - 1);
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(&format!("catalogue.toml:{line}:10: {message}")),
            "{found:?}"
        );
    }

    let draft = code(251, "UserNotLocal")
        .replace("status = \"standard\"", "status = \"draft\"")
        .replace(
            "[\"RFC 5321 §4.2.2\"]",
            "[{ text = \"draft-example-00\", url = \"https://datatracker.ietf.org/doc/draft-example/\" }]",
        );
    load(&(fixture() + &draft)).expect("a draft code citing its draft is sound");
}

#[test]
fn reply_text_carries_no_enhanced_code() {
    let source = fixture() + &code(251, "UserNotLocal").replace("Text 251", "2.1.5 Text 251");
    let line = line_of(&source, "2.1.5 Text", 0);
    assert_eq!(
        problems(&source),
        [format!(
            "catalogue.toml:{line}:14: `reply_text` starts with the enhanced code `2.1.5`: write \
             only the text, and list the code in the `basic` of that code's [[enhanced]] entry"
        )]
    );
}

/// The fixture listing a Vietnamese translation.
fn translated_fixture() -> String {
    fixture().replacen(
        "language_name = \"English\"\n",
        "language_name = \"English\"\ntranslations = [\"vi\"]\n",
        1,
    )
}

/// A translation of every text of the fixture.
fn vi_fixture() -> String {
    let mut out =
        String::from("[catalogue]\nlanguage = \"vi\"\nlanguage_name = \"Tiếng Việt\"\n\n");
    for (table, digits) in [
        ("class", &[2, 3, 4, 5][..]),
        ("subject", &[0, 1, 2, 3, 4, 5]),
        ("enhanced_class", &[2, 4, 5]),
        ("enhanced_subject", &[0, 1]),
    ] {
        for digit in digits {
            out += &format!("[{table}.{digit}]\nname = \"Tên\"\ndescription = \"Về.\"\n");
            if table == "class" {
                out += "action = \"Tiếp.\"\nretry = \"Không.\"\n";
            }
            out += "\n";
        }
    }
    for code in [250, 220, 550] {
        out += &format!(
            "[code.{code}]\ntitle = \"Tên {code}\"\ndescription = \"\"\"\nÝ nghĩa {code}.\"\"\"\n\
             when_seen = \"Khi.\"\nfix = \"Sửa.\"\nuse_when = \"Dùng.\"\nkeywords = [\"từ\"]\n\n"
        );
    }
    out += "[enhanced.\"X.1.1\"]\ntitle = \"Sai địa chỉ hộp thư\"\ndescription = \"D.\"\n\
            when_seen = \"W.\"\nfix = \"F.\"\nuse_when = \"U.\"\nkeywords = [\"hộp thư\"]\n\n";
    out += "[command.CONNECT]\ndescription = \"Mở.\"\n\n[command.RCPT]\ndescription = \"Người nhận.\"\n";
    out
}

fn load_vi(catalogue: &str, vi: &str) -> Result<crate::resolved::Resolved, Vec<String>> {
    let files = ["catalogue.toml".to_owned(), "catalogue.vi.toml".to_owned()];
    crate::load_with(catalogue, &[(files[1].clone(), vi.to_owned())])
        .map_err(|problems| problems.iter().map(|p| p.render(&files)).collect())
}

#[test]
fn a_complete_translation_gives_every_text_in_both_languages() {
    let resolved = load_vi(&translated_fixture(), &vi_fixture()).expect("sound translation");
    let tags: Vec<&str> = resolved.languages.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, ["en", "vi"]);
    let ok = resolved
        .codes
        .iter()
        .find(|c| c.number == 250)
        .expect("250");
    assert_eq!(ok.entry.title.0, ["Title 250", "Tên 250"]);
    assert_eq!(
        ok.entry.keywords,
        [vec!["word".to_owned()], vec!["từ".to_owned()]]
    );
}

#[test]
fn missing_extra_and_empty_translations_are_rejected() {
    let catalogue = translated_fixture();
    // A missing entry is reported at the catalogue's entry, naming the translation file.
    let vi = vi_fixture().replace("[code.550]", "[code.551]");
    let problems = load_vi(&catalogue, &vi).expect_err("incomplete");
    let line = line_of(&catalogue, "code = 550", 0) - 1;
    assert!(
        problems.contains(&format!(
            "catalogue.toml:{line}:1: catalogue.vi.toml has no translation of this entry: add \
             [code.550]"
        )),
        "{problems:?}"
    );
    // The entry that translates nothing is reported where it is.
    let at = line_of(&vi, "[code.551]", 0);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&format!("catalogue.vi.toml:{at}:"))
                && p.contains("[code.551] translates nothing")),
        "{problems:?}"
    );

    let vi = vi_fixture().replacen("fix = \"Sửa.\"", "fix = \" \"", 1);
    let at = line_of(&vi, "fix = \" \"", 0);
    assert_eq!(
        load_vi(&catalogue, &vi).expect_err("empty"),
        [format!("catalogue.vi.toml:{at}:7: `fix` is empty")]
    );

    let vi = vi_fixture().replacen(
        "use_when = \"U.\"\n",
        "use_when = \"U.\"\nsyntax = \"x\"\n",
        1,
    );
    let at = line_of(&vi, "syntax = ", 0);
    assert_eq!(
        load_vi(&catalogue, &vi).expect_err("extra field"),
        [format!(
            "catalogue.vi.toml:{at}:10: `syntax` in [enhanced.\"X.1.1\"] translates nothing: the \
             catalogue's entry has no such text"
        )]
    );

    let vi = vi_fixture().replacen("keywords = [\"từ\"]\n", "", 1);
    let problems = load_vi(&catalogue, &vi).expect_err("no keywords");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("missing `keywords` in [code.250]"),
        "{problems:?}"
    );
}

#[test]
fn a_translation_keeps_the_facts_of_its_text() {
    let catalogue = translated_fixture().replace(
        "fix = \"Fix.\"",
        "fix = \"Send 550 with 5.1.1 (RFC 5321 §4.2.2), \\\"User unknown\\\".\"",
    );
    let good = "fix = \"Gửi 550 với 5.1.1 (RFC 5321 §4.2.2), \\\"User unknown\\\".\"";
    let vi = vi_fixture().replace("fix = \"Sửa.\"", good);
    load_vi(&catalogue, &vi).expect("the same facts");

    let bad = "fix = \"Gửi 551 với 5.1.2 (RFC 5321 §4.2.3), “Không có người dùng”.\"";
    let vi = vi_fixture().replacen("fix = \"Sửa.\"", bad, 1);
    let at = line_of(&vi, "fix = \"Gửi 551", 0);
    let problems = load_vi(&catalogue, &vi).expect_err("other facts");
    assert!(
        problems[0].starts_with(&format!(
            "catalogue.vi.toml:{at}:7: `fix` of [code.250] does not keep the facts of the \
             catalogue's text (RFC references: missing `RFC 5321 §4.2.2`; added `RFC 5321 \
             §4.2.3`; enhanced codes: missing `5.1.1`; added `5.1.2`; numbers 200-599: \
             missing `550`; added `551`; quoted strings: missing `User unknown`)"
        )),
        "{problems:?}"
    );

    // A quote translated on purpose is listed; a listed quote must be one the text has.
    let translated = "fix = \"Gửi 550 với 5.1.1 (RFC 5321 §4.2.2), “Không có người dùng”.\"\n\
                      translated_quotes = [\"User unknown\"]";
    let vi = vi_fixture().replace("fix = \"Sửa.\"", translated);
    load_vi(&catalogue, &vi).expect("an allowed translated quote");
    let vi = vi_fixture().replacen(
        "fix = \"Sửa.\"",
        "fix = \"Sửa.\"\ntranslated_quotes = [\"Nothing\"]",
        1,
    );
    let problems = load_vi(&translated_fixture(), &vi).expect_err("a quote of nothing");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("`translated_quotes` names \"Nothing\""),
        "{problems:?}"
    );
}

#[test]
fn a_translation_says_its_language() {
    let vi = vi_fixture().replace("language = \"vi\"", "language = \"fr\"");
    let problems = load_vi(&translated_fixture(), &vi).expect_err("wrong language");
    assert_eq!(
        problems,
        ["catalogue.vi.toml:2:12: catalogue.vi.toml is listed as language `vi` but says `fr`"]
    );
    let problems = load_vi(
        &translated_fixture(),
        "[catalogue]\nlanguage = \"vi\"\n[code]\n",
    )
    .expect_err("bad");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("missing field `language_name`")),
        "{problems:?}"
    );
    let no_header = "[code.250]\ntitle = \"Tên\"\n";
    let problems = load_vi(&translated_fixture(), no_header).expect_err("no header");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("catalogue.vi.toml:1:1: missing table [catalogue]")),
        "{problems:?}"
    );
}

#[test]
fn pairs_name_two_catalogued_codes_lower_first_once() {
    let pair = |a: &str, b: &str| format!("[[pair]]\ncodes = [\"{a}\", \"{b}\"]\n\n");
    let sound = fixture() + &pair("220", "250") + &pair("550", "5.1.1") + &pair("X.1.1", "4.1.1");
    let resolved = load(&sound).expect("sound pairs");
    assert_eq!(resolved.pairs.len(), 3);

    let source = fixture() + &pair("250", "220") + &pair("220", "299") + &pair("5.1.1", "550");
    let found = problems(&source);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("write the pair lower code first: [\"220\", \"250\"]"));
    assert!(found[1].contains("`299` is not a catalogued code"));
    assert!(found[2].contains("write the pair lower code first: [\"550\", \"5.1.1\"]"));

    let twice = fixture() + &pair("220", "250") + &pair("220", "250");
    let found = problems(&twice);
    assert!(
        found
            .iter()
            .any(|p| p.contains("duplicate pair 220 and 250")),
        "{found:?}"
    );
}
