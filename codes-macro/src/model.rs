//! The catalogue as typed data: stage two of read → model → validate → generate.
//!
//! [`parse`] turns the TOML text into a [`Catalogue`], reporting TOML syntax errors and every
//! unknown, missing or mistyped field. Facts that need the whole catalogue (duplicates, digits,
//! cross references) are checked afterwards by `validate`.

use toml::de::DeTable;

use crate::diagnostic::{Diagnostic, Diagnostics, LineIndex, Pos};
use crate::fields::{Located, TableReader, top_level_tables};
use crate::text::reflow;

/// Everything catalogue.toml says.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// `[[class]]`: first digit of a basic code.
    pub classes: Vec<DigitEntry>,
    /// `[[subject]]`: second digit of a basic code.
    pub subjects: Vec<DigitEntry>,
    /// `[[code]]`: basic reply codes.
    pub codes: Vec<CodeEntry>,
    /// `[[enhanced_class]]`: first number of an enhanced status code.
    pub enhanced_classes: Vec<DigitEntry>,
    /// `[[enhanced_subject]]`: second number of an enhanced status code.
    pub enhanced_subjects: Vec<DigitEntry>,
    /// `[[enhanced]]`: enhanced status codes of the registry.
    pub enhanced: Vec<EnhancedEntry>,
    /// `[[command]]`: the command–reply matrix.
    pub commands: Vec<CommandEntry>,
    /// `[[any_command]]`: replies allowed after (almost) every command.
    pub any_command: Vec<AnyCommandRule>,
}

/// How established a code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Standard,
    Extension,
    Obsolete,
    Deprecated,
    NonStandard,
}

impl Status {
    pub const NAMES: [&'static str; 5] = [
        "standard",
        "extension",
        "obsolete",
        "deprecated",
        "non-standard",
    ];

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "standard" => Status::Standard,
            "extension" => Status::Extension,
            "obsolete" => Status::Obsolete,
            "deprecated" => Status::Deprecated,
            "non-standard" => Status::NonStandard,
            _ => return None,
        })
    }
}

/// What a reply does to the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    Opens,
    Closes,
}

/// An entry of `[[class]]`, `[[subject]]`, `[[enhanced_class]]` or `[[enhanced_subject]]`.
#[derive(Debug)]
pub struct DigitEntry {
    pub pos: Pos,
    pub digit: Located<i64>,
    pub variant: Located<String>,
    pub name: Located<String>,
    pub description: Located<String>,
    /// Only `[[class]]` has it: what a client does next.
    pub action: Option<Located<String>>,
    /// Only `[[class]]` has it: whether and how a client retries.
    pub retry: Option<Located<String>>,
    pub references: Located<Vec<Located<String>>>,
}

/// The prose every code has.
#[derive(Debug)]
pub struct Prose {
    pub description: Located<String>,
    pub when_seen: Located<String>,
    pub fix: Located<String>,
    pub use_when: Located<String>,
    pub keywords: Vec<Located<String>>,
    pub references: Located<Vec<Located<String>>>,
}

/// A `[[code]]` entry: one basic reply code.
#[derive(Debug)]
pub struct CodeEntry {
    pub pos: Pos,
    pub code: Located<i64>,
    pub variant: Located<String>,
    pub title: Located<String>,
    pub reply_text: Located<String>,
    pub status: Located<Status>,
    pub connection: Option<Located<Connection>>,
    pub prose: Prose,
}

/// An `[[enhanced]]` entry: one enhanced status code, written `X.S.D`.
#[derive(Debug)]
pub struct EnhancedEntry {
    pub pos: Pos,
    pub code: Located<String>,
    pub variant: Located<String>,
    pub title: Located<String>,
    pub basic: Vec<Located<i64>>,
    /// Basic codes the registry associates that no RFC defines, so the catalogue has no
    /// `[[code]]` for them (523 with X.7.10, for example).
    pub basic_uncatalogued: Vec<Located<i64>>,
    pub status: Located<Status>,
    pub prose: Prose,
}

/// A group of replies one document allows after a command.
#[derive(Debug)]
pub struct ReplyGroup {
    pub reference: Located<String>,
    pub success: Vec<Located<i64>>,
    pub intermediate: Vec<Located<i64>>,
    pub error: Vec<Located<i64>>,
}

/// A `[[command]]` entry.
#[derive(Debug)]
pub struct CommandEntry {
    pub pos: Pos,
    pub name: Located<String>,
    pub variant: Located<String>,
    pub syntax: Located<String>,
    pub description: Located<String>,
    pub references: Located<Vec<Located<String>>>,
    pub replies: Vec<ReplyGroup>,
}

/// An `[[any_command]]` entry: replies allowed after every command except some.
#[derive(Debug)]
pub struct AnyCommandRule {
    pub group: ReplyGroup,
    pub except: Vec<Located<String>>,
}

/// Parses catalogue text into the model, or returns every problem found on the way.
pub fn parse(source: &str) -> Result<Catalogue, Vec<Diagnostic>> {
    let index = LineIndex::new(source);
    let mut diags = Diagnostics::default();
    let (root, syntax_errors) = DeTable::parse_recoverable(source);
    for error in &syntax_errors {
        let pos = error
            .span()
            .map_or(Pos { line: 1, column: 1 }, |s| index.span_pos(&s));
        diags.push(pos, format!("TOML syntax error: {}", error.message()));
    }
    if !diags.is_empty() {
        // What the parser recovered of a broken file is partial: checking its fields would only
        // add noise, so stop at the syntax errors (all of them).
        return Err(diags.into_sorted());
    }
    let catalogue = build(root.get_ref(), &index, &mut diags);
    if diags.is_empty() {
        Ok(catalogue)
    } else {
        Err(diags.into_sorted())
    }
}

const TOP_LEVEL: [&str; 8] = [
    "class",
    "subject",
    "code",
    "enhanced_class",
    "enhanced_subject",
    "enhanced",
    "command",
    "any_command",
];

fn build(root: &DeTable<'_>, index: &LineIndex<'_>, diags: &mut Diagnostics) -> Catalogue {
    for key in root.keys() {
        if !TOP_LEVEL.contains(&key.get_ref().as_ref()) {
            diags.push(
                index.span_pos(&key.span()),
                format!(
                    "unknown table `{}`; expected one of: {}",
                    key.get_ref(),
                    TOP_LEVEL.join(", ")
                ),
            );
        }
    }
    let tables = |name, diags: &mut Diagnostics| top_level_tables(root, name, index, diags);
    let mut catalogue = Catalogue::default();
    for (pos, t) in tables("class", diags) {
        catalogue
            .classes
            .extend(digit_entry(t, pos, "[[class]]", true, index, diags));
    }
    for (pos, t) in tables("subject", diags) {
        catalogue
            .subjects
            .extend(digit_entry(t, pos, "[[subject]]", false, index, diags));
    }
    for (pos, t) in tables("enhanced_class", diags) {
        let entry = digit_entry(t, pos, "[[enhanced_class]]", false, index, diags);
        catalogue.enhanced_classes.extend(entry);
    }
    for (pos, t) in tables("enhanced_subject", diags) {
        let entry = digit_entry(t, pos, "[[enhanced_subject]]", false, index, diags);
        catalogue.enhanced_subjects.extend(entry);
    }
    for (pos, t) in tables("code", diags) {
        catalogue.codes.extend(code_entry(t, pos, index, diags));
    }
    for (pos, t) in tables("enhanced", diags) {
        catalogue
            .enhanced
            .extend(enhanced_entry(t, pos, index, diags));
    }
    for (pos, t) in tables("command", diags) {
        catalogue
            .commands
            .extend(command_entry(t, pos, index, diags));
    }
    for (pos, t) in tables("any_command", diags) {
        catalogue
            .any_command
            .extend(any_command_rule(t, pos, index, diags));
    }
    catalogue
}

fn no_hint(_: &str) -> Option<&'static str> {
    None
}

/// Reads a text field and reflows it.
fn prose_field(r: &mut TableReader<'_, '_>, key: &str) -> Option<Located<String>> {
    r.string(key).map(|s| Located::new(reflow(&s.value), s.pos))
}

fn digit_entry(
    table: &DeTable<'_>,
    pos: Pos,
    what: &'static str,
    with_action: bool,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Option<DigitEntry> {
    const FIELDS: [&str; 7] = [
        "digit",
        "variant",
        "name",
        "description",
        "references",
        "action",
        "retry",
    ];
    let allowed = if with_action {
        &FIELDS[..]
    } else {
        &FIELDS[..5]
    };
    let mut r = TableReader::new(table, pos, what, allowed, no_hint, index, diags);
    let digit = r.integer("digit");
    let variant = r.string("variant");
    let name = r.string("name");
    let description = prose_field(&mut r, "description");
    let action = if with_action {
        prose_field(&mut r, "action").map(Some)
    } else {
        Some(None)
    };
    let retry = if with_action {
        prose_field(&mut r, "retry").map(Some)
    } else {
        Some(None)
    };
    let references = r.strings("references", true);
    Some(DigitEntry {
        pos,
        digit: digit?,
        variant: variant?,
        name: name?,
        description: description?,
        action: action?,
        retry: retry?,
        references: references?,
    })
}

fn status_field(r: &mut TableReader<'_, '_>, diags_key: &str) -> Option<Located<Status>> {
    let s = r.string(diags_key)?;
    match Status::from_name(&s.value) {
        Some(status) => Some(Located::new(status, s.pos)),
        None => {
            r.report(
                s.pos,
                format!(
                    "unknown status `{}`; expected one of: {}",
                    s.value,
                    Status::NAMES.join(", ")
                ),
            );
            None
        }
    }
}

fn prose(r: &mut TableReader<'_, '_>) -> Option<Prose> {
    let description = prose_field(r, "description");
    let when_seen = prose_field(r, "when_seen");
    let fix = prose_field(r, "fix");
    let use_when = prose_field(r, "use_when");
    let keywords = r
        .strings("keywords", false)
        .map_or_else(Vec::new, |k| k.value);
    let references = r.strings("references", true);
    Some(Prose {
        description: description?,
        when_seen: when_seen?,
        fix: fix?,
        use_when: use_when?,
        keywords,
        references: references?,
    })
}

fn code_hint(key: &str) -> Option<&'static str> {
    match key {
        "class" => Some("a code's class is its first digit; it is not written in [[code]]"),
        "subject" => Some("a code's subject is its second digit; it is not written in [[code]]"),
        _ => None,
    }
}

fn code_entry(
    table: &DeTable<'_>,
    pos: Pos,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Option<CodeEntry> {
    const FIELDS: [&str; 12] = [
        "code",
        "variant",
        "title",
        "reply_text",
        "status",
        "connection",
        "description",
        "when_seen",
        "fix",
        "use_when",
        "keywords",
        "references",
    ];
    let mut r = TableReader::new(table, pos, "[[code]]", &FIELDS, code_hint, index, diags);
    let code = r.integer("code");
    let variant = r.string("variant");
    let title = r.string("title");
    let reply_text = r.string("reply_text");
    let status = status_field(&mut r, "status");
    let connection = match r.opt_string("connection") {
        None => Some(None),
        Some(c) => match c.value.as_str() {
            "opens" => Some(Some(Located::new(Connection::Opens, c.pos))),
            "closes" => Some(Some(Located::new(Connection::Closes, c.pos))),
            other => {
                r.report(
                    c.pos,
                    format!("unknown connection `{other}`; expected `opens` or `closes`"),
                );
                None
            }
        },
    };
    let prose = prose(&mut r);
    Some(CodeEntry {
        pos,
        code: code?,
        variant: variant?,
        title: title?,
        reply_text: reply_text?,
        status: status?,
        connection: connection?,
        prose: prose?,
    })
}

fn enhanced_entry(
    table: &DeTable<'_>,
    pos: Pos,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Option<EnhancedEntry> {
    const FIELDS: [&str; 12] = [
        "code",
        "variant",
        "title",
        "basic",
        "basic_uncatalogued",
        "status",
        "description",
        "when_seen",
        "fix",
        "use_when",
        "keywords",
        "references",
    ];
    let mut r = TableReader::new(table, pos, "[[enhanced]]", &FIELDS, no_hint, index, diags);
    let code = r.string("code");
    let variant = r.string("variant");
    let title = r.string("title");
    let basic = r.integers("basic", true);
    let basic_uncatalogued = r
        .integers("basic_uncatalogued", false)
        .map_or_else(Vec::new, |l| l.value);
    let status = status_field(&mut r, "status");
    let prose = prose(&mut r);
    Some(EnhancedEntry {
        pos,
        code: code?,
        variant: variant?,
        title: title?,
        basic: basic?.value,
        basic_uncatalogued,
        status: status?,
        prose: prose?,
    })
}

const ROLES: [&str; 3] = ["success", "intermediate", "error"];

fn reply_group(r: &mut TableReader<'_, '_>, pos: Pos) -> Option<ReplyGroup> {
    let reference = r.string("reference");
    let mut roles = ROLES.map(|role| r.integers(role, false).map_or_else(Vec::new, |l| l.value));
    if roles.iter().all(Vec::is_empty) {
        r.report(
            pos,
            "a reply group needs at least one of success, intermediate, error",
        );
    }
    let [success, intermediate, error] = std::mem::take(&mut roles);
    Some(ReplyGroup {
        reference: reference?,
        success,
        intermediate,
        error,
    })
}

fn command_entry(
    table: &DeTable<'_>,
    pos: Pos,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Option<CommandEntry> {
    const FIELDS: [&str; 6] = [
        "name",
        "variant",
        "syntax",
        "description",
        "references",
        "replies",
    ];
    let mut r = TableReader::new(table, pos, "[[command]]", &FIELDS, no_hint, index, diags);
    let name = r.string("name");
    let variant = r.string("variant");
    let syntax = r.string("syntax");
    let description = prose_field(&mut r, "description");
    let references = r.strings("references", true);
    let groups = r.tables("replies");
    let mut replies = Vec::new();
    for (group_pos, group) in groups {
        const GROUP: [&str; 4] = ["reference", "success", "intermediate", "error"];
        let mut g = TableReader::new(
            group,
            group_pos,
            "[[command.replies]]",
            &GROUP,
            no_hint,
            index,
            r.diags(),
        );
        replies.extend(reply_group(&mut g, group_pos));
    }
    Some(CommandEntry {
        pos,
        name: name?,
        variant: variant?,
        syntax: syntax?,
        description: description?,
        references: references?,
        replies,
    })
}

fn any_command_rule(
    table: &DeTable<'_>,
    pos: Pos,
    index: &LineIndex<'_>,
    diags: &mut Diagnostics,
) -> Option<AnyCommandRule> {
    const FIELDS: [&str; 5] = ["reference", "except", "success", "intermediate", "error"];
    let mut r = TableReader::new(
        table,
        pos,
        "[[any_command]]",
        &FIELDS,
        no_hint,
        index,
        diags,
    );
    let except = r
        .strings("except", false)
        .map_or_else(Vec::new, |e| e.value);
    let group = reply_group(&mut r, pos)?;
    Some(AnyCommandRule { group, except })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<String> {
        parse(source)
            .expect_err("expected problems")
            .iter()
            .map(|d| d.render("catalogue.toml"))
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
        let catalogue = parse(GOOD_CODE).expect("parses");
        assert_eq!(catalogue.codes.len(), 1);
        let code = &catalogue.codes[0];
        assert_eq!(code.code.value, 250);
        assert_eq!(code.code.pos, Pos { line: 3, column: 8 });
        assert_eq!(code.pos, Pos { line: 2, column: 1 });
        assert_eq!(code.prose.description.value, "The request worked.");
        assert_eq!(code.status.value, Status::Standard);
        assert_eq!(code.connection, None);
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let found = messages("[[code]]\ncode = 250\ntitle = \"unterminated\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("catalogue.toml:3:"), "{found:?}");
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
                "catalogue.toml:2:1: missing field `title` in [[code]]",
                "catalogue.toml:7:1: unknown field `colour` in [[code]]; expected one of: code, \
                 variant, title, reply_text, status, connection, description, when_seen, fix, \
                 use_when, keywords, references",
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
                "catalogue.toml:6:1: unknown field `class` in [[code]]: a code's class is its first \
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
                "catalogue.toml:3:8: field `code` in [[code]] must be an integer, found string",
                "catalogue.toml:7:10: unknown status `official`; expected one of: standard, \
                 extension, obsolete, deprecated, non-standard",
                "catalogue.toml:14:13: field `keywords` in [[code]] must be a string, found integer",
            ]
        );
    }

    #[test]
    fn missing_references_are_reported() {
        let source = GOOD_CODE.replace("references = [\"RFC 5321 §4.2.2\"]\n", "");
        let found = messages(&source);
        assert_eq!(
            found,
            ["catalogue.toml:2:1: missing field `references` in [[code]]"]
        );
    }

    #[test]
    fn unknown_top_level_tables_are_reported() {
        let found = messages("[[codes]]\ncode = 1\n");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("catalogue.toml:1:3: unknown table `codes`"),
            "{found:?}"
        );
    }
}
