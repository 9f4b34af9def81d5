//! Reading each kind of table into the model. Every reader reports all its problems and
//! returns `None` when a required field is missing or unusable.

use toml::de::{DeTable, DeValue};

use super::{
    AnyCommandRule, Base, CODE_TEXTS, COMMAND_TEXTS, CONNECTIONS, Catalogue, CodeEntry,
    CommandEntry, Common, ConditionEntry, DIGIT_TABLES, DIGIT_TEXTS, DeviationEntry, DigitEntry,
    DigitTable, EnhancedEntry, Header, MessageEntry, PairEntry, Prose, REASON_TEXTS, ROLES,
    ReasonEntry, ReplyGroup, STATUSES, Term,
};
use crate::diagnostic::{Diagnostics, LineIndex, Pos};
use crate::fields::{Located, SourceRef, TableReader, top_level_tables};
use crate::text::reflow;

/// What every reader needs: where things are in the file, and where problems go.
pub struct Cx<'a> {
    index: &'a LineIndex<'a>,
    diags: &'a mut Diagnostics,
}

impl<'a> Cx<'a> {
    pub fn new(index: &'a LineIndex<'a>, diags: &'a mut Diagnostics) -> Self {
        Cx { index, diags }
    }

    /// A reader for one table, reporting every key that is not in `allowed` (with `hint`'s
    /// explanation for keys people are likely to write by mistake).
    fn reader<'r, 'i>(
        &'r mut self,
        table: &'r DeTable<'i>,
        pos: Pos,
        what: &'r str,
        allowed: &[&str],
        hint: fn(&str) -> Option<&'static str>,
    ) -> TableReader<'r, 'i> {
        TableReader::new(table, pos, what, allowed, hint, self.index, self.diags)
    }

    /// Every entry of the `[[name]]` tables, each read by `read`.
    fn entries<T>(
        &mut self,
        root: &DeTable<'_>,
        name: &str,
        read: impl Fn(&DeTable<'_>, Pos, &mut Cx<'_>) -> Option<T>,
    ) -> Vec<T> {
        top_level_tables(root, name, self.index, self.diags)
            .into_iter()
            .filter_map(|(pos, t)| read(t, pos, self))
            .collect()
    }
}

/// The top-level tables a catalogue may have besides the digit tables.
const TABLES: [&str; 10] = [
    "catalogue",
    "code",
    "enhanced",
    "command",
    "any_command",
    "condition",
    "deviation",
    "message",
    "pair",
    "reason",
];

pub(super) fn catalogue(root: &DeTable<'_>, cx: &mut Cx<'_>) -> Catalogue {
    let known: Vec<&str> = TABLES
        .iter()
        .copied()
        .chain(DIGIT_TABLES.iter().map(|t| t.key))
        .collect();
    for key in root.keys() {
        if !known.contains(&key.get_ref().as_ref()) {
            cx.diags.push(
                cx.index.span_pos(&key.span()),
                format!(
                    "unknown table `{}`; expected one of: {}",
                    key.get_ref(),
                    known.join(", ")
                ),
            );
        }
    }
    Catalogue {
        header: header(root, cx),
        digits: DIGIT_TABLES
            .each_ref()
            .map(|table| cx.entries(root, table.key, |t, pos, cx| digit_entry(t, pos, table, cx))),
        codes: cx.entries(root, "code", code_entry),
        enhanced: cx.entries(root, "enhanced", enhanced_entry),
        commands: cx.entries(root, "command", command_entry),
        any_command: cx.entries(root, "any_command", any_command_rule),
        conditions: cx.entries(root, "condition", condition),
        deviations: cx.entries(root, "deviation", deviation),
        messages: cx.entries(root, "message", message),
        pairs: cx.entries(root, "pair", pair),
        reasons: cx.entries(root, "reason", reason),
    }
}

fn header(root: &DeTable<'_>, cx: &mut Cx<'_>) -> Option<Header> {
    let Some(value) = root.get("catalogue") else {
        cx.diags.push(
            cx.index.pos(0),
            "missing table [catalogue]: write `[catalogue]` with `language = \"en\"` and \
             `language_name = \"English\"` at the top of the file",
        );
        return None;
    };
    let pos = cx.index.span_pos(&value.span());
    let DeValue::Table(table) = value.get_ref() else {
        cx.diags
            .push(pos, "`catalogue` must be a table: [catalogue]");
        return None;
    };
    let fields = ["language", "language_name", "translations"];
    let mut r = cx.reader(table, pos, "[catalogue]", &fields, no_hint);
    let language = r.string("language");
    let language_name = r.string("language_name");
    let translations = r
        .strings("translations", false)
        .map_or_else(Vec::new, |t| t.value);
    Some(Header {
        language: language?,
        language_name: language_name?,
        translations,
    })
}

fn no_hint(_: &str) -> Option<&'static str> {
    None
}

/// The text fields `required` and, when written, `optional`, each reflowed: authors wrap text
/// in the file for reading, and the program wraps it again for the reader.
fn prose(
    r: &mut TableReader<'_, '_>,
    required: &[&'static str],
    optional: &[&'static str],
) -> Option<Prose> {
    let mut texts = Vec::new();
    let mut complete = true;
    for name in required.iter().chain(optional) {
        let value = if optional.contains(name) {
            r.opt_string(name)
        } else {
            r.string(name)
        };
        match value {
            Some(text) => texts.push((*name, Located::new(reflow(&text.value), text.pos))),
            None => complete &= optional.contains(name),
        }
    }
    complete.then_some(Prose(texts))
}

/// The fields every entry has: `variant`, the texts `required` and, when written,
/// `optional`, and `references`.
fn base(
    r: &mut TableReader<'_, '_>,
    required: &[&'static str],
    optional: &[&'static str],
) -> Option<Base> {
    let variant = r.string("variant");
    let texts = prose(r, required, optional);
    let references = r.references("references");
    Some(Base {
        pos: r.pos,
        variant: variant?,
        texts: texts?,
        references: references?,
    })
}

fn digit_entry(
    table: &DeTable<'_>,
    pos: Pos,
    kind: &DigitTable,
    cx: &mut Cx<'_>,
) -> Option<DigitEntry> {
    let texts = if kind.advice {
        &DIGIT_TEXTS[..]
    } else {
        &DIGIT_TEXTS[..2]
    };
    let fields: Vec<&str> = ["digit", "variant", "references"]
        .iter()
        .chain(texts)
        .copied()
        .collect();
    let what = format!("[[{}]]", kind.key);
    let mut r = cx.reader(table, pos, &what, &fields, no_hint);
    let digit = r.integer("digit");
    let base = base(&mut r, texts, &[]);
    Some(DigitEntry {
        digit: digit?,
        base: base?,
    })
}

/// A value that must be one of `terms`; `key` names the field in the message.
fn term(
    r: &mut TableReader<'_, '_>,
    key: &str,
    value: &Located<String>,
    terms: &[Term],
) -> Option<Located<Term>> {
    if let Some(term) = terms.iter().find(|t| t.name == value.value) {
        return Some(Located::new(*term, value.pos));
    }
    let names: Vec<&str> = terms.iter().map(|t| t.name).collect();
    r.report(
        value.pos,
        format!(
            "unknown {key} `{}`; expected one of: {}",
            value.value,
            names.join(", ")
        ),
    );
    None
}

/// The fields of a code's table: the ones every code has, then the kind's own.
fn code_fields(own: &[&'static str]) -> Vec<&'static str> {
    ["code", "variant", "status"]
        .iter()
        .chain(&CODE_TEXTS)
        .chain(&["keywords", "references"])
        .chain(own)
        .copied()
        .collect()
}

fn common(r: &mut TableReader<'_, '_>) -> Option<Common> {
    let status = r
        .string("status")
        .and_then(|s| term(r, "status", &s, &STATUSES));
    let keywords = r
        .strings("keywords", false)
        .map_or_else(Vec::new, |k| k.value);
    let base = base(r, &CODE_TEXTS, &[]);
    Some(Common {
        status: status?,
        keywords,
        base: base?,
    })
}

fn code_hint(key: &str) -> Option<&'static str> {
    match key {
        "class" => Some("a code's class is its first digit; it is not written in [[code]]"),
        "subject" => Some("a code's subject is its second digit; it is not written in [[code]]"),
        _ => None,
    }
}

fn code_entry(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<CodeEntry> {
    let fields = code_fields(&["reply_text", "connection"]);
    let mut r = cx.reader(table, pos, "[[code]]", &fields, code_hint);
    let code = r.integer("code");
    let reply_text = r.string("reply_text");
    let connection = match r.opt_string("connection") {
        None => Some(None),
        Some(value) => term(&mut r, "connection", &value, &CONNECTIONS).map(Some),
    };
    let common = common(&mut r);
    Some(CodeEntry {
        code: code?,
        reply_text: reply_text?,
        connection: connection?,
        common: common?,
    })
}

fn enhanced_entry(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<EnhancedEntry> {
    let fields = code_fields(&["basic", "basic_uncatalogued"]);
    let mut r = cx.reader(table, pos, "[[enhanced]]", &fields, no_hint);
    let code = r.string("code");
    let basic = r.integers("basic", true);
    let uncatalogued = r.integers("basic_uncatalogued", false);
    let common = common(&mut r);
    Some(EnhancedEntry {
        code: code?,
        associated: [
            basic?.value,
            uncatalogued.map_or_else(Vec::new, |l| l.value),
        ],
        common: common?,
    })
}

fn reply_group(r: &mut TableReader<'_, '_>, pos: Pos) -> Option<ReplyGroup> {
    let reference = r.string("reference");
    let roles = ROLES.map(|role| {
        r.integers(role.name, false)
            .map_or_else(Vec::new, |l| l.value)
    });
    let condition = r.opt_string("condition");
    if roles.iter().all(Vec::is_empty) {
        r.report(
            pos,
            "a reply group needs at least one of success, intermediate, error",
        );
    }
    Some(ReplyGroup {
        reference: SourceRef {
            text: reference?,
            url: None,
        },
        roles,
        condition,
    })
}

fn condition(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<ConditionEntry> {
    let mut r = cx.reader(table, pos, "[[condition]]", &["id", "text"], no_hint);
    let id = r.string("id");
    let texts = prose(&mut r, &["text"], &[]);
    Some(ConditionEntry {
        id: id?,
        texts: texts?,
    })
}

fn deviation(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<DeviationEntry> {
    let fields = ["name", "description"];
    let mut r = cx.reader(table, pos, "[[deviation]]", &fields, no_hint);
    let name = r.string("name");
    let texts = prose(&mut r, &["description"], &[]);
    Some(DeviationEntry {
        name: name?,
        texts: texts?,
    })
}

fn reason(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<ReasonEntry> {
    let fields: Vec<&str> = [
        "name",
        "variant",
        "hard_bounce",
        "fallback",
        "phrases_yield",
        "enhanced",
        "basic",
        "phrases",
        "actions",
        "references",
    ]
    .iter()
    .chain(&REASON_TEXTS)
    .copied()
    .collect();
    let mut r = cx.reader(table, pos, "[[reason]]", &fields, no_hint);
    let name = r.string("name");
    let hard_bounce = r.boolean("hard_bounce", true);
    let fallback = r.boolean("fallback", false);
    let phrases_yield = r.boolean("phrases_yield", false);
    let mut strings = |key| r.strings(key, false).map_or_else(Vec::new, |l| l.value);
    let enhanced = strings("enhanced");
    let phrases = strings("phrases");
    let actions = strings("actions");
    let basic = r
        .integers("basic", false)
        .map_or_else(Vec::new, |l| l.value);
    let base = base(&mut r, &REASON_TEXTS, &[]);
    Some(ReasonEntry {
        name: name?,
        hard_bounce: hard_bounce?,
        fallback,
        phrases_yield,
        enhanced,
        basic,
        phrases,
        actions,
        base: base?,
    })
}

fn pair(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<PairEntry> {
    let mut r = cx.reader(table, pos, "[[pair]]", &["codes"], no_hint);
    let codes = r.strings("codes", true)?;
    Some(PairEntry { pos, codes })
}

fn message(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<MessageEntry> {
    let mut r = cx.reader(table, pos, "[[message]]", &["variant", "text"], no_hint);
    let variant = r.string("variant");
    let texts = prose(&mut r, &["text"], &[]);
    Some(MessageEntry {
        variant: variant?,
        texts: texts?,
    })
}

/// The fields of a reply group: its reference and the codes of each role.
const GROUP_FIELDS: [&str; 5] = ["reference", "success", "intermediate", "error", "condition"];

fn command_entry(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<CommandEntry> {
    let fields: Vec<&str> = ["name", "variant", "syntax", "references", "replies"]
        .iter()
        .chain(&COMMAND_TEXTS)
        .copied()
        .collect();
    let mut r = cx.reader(table, pos, "[[command]]", &fields, no_hint);
    let name = r.string("name");
    let syntax = r.string("syntax");
    let base = base(&mut r, &COMMAND_TEXTS[..1], &COMMAND_TEXTS[1..]);
    let mut replies = Vec::new();
    for (at, group) in r.tables("replies") {
        let mut g = r.nested(group, at, "[[command.replies]]", &GROUP_FIELDS);
        replies.extend(reply_group(&mut g, at));
    }
    Some(CommandEntry {
        name: name?,
        syntax: syntax?,
        replies,
        base: base?,
    })
}

fn any_command_rule(table: &DeTable<'_>, pos: Pos, cx: &mut Cx<'_>) -> Option<AnyCommandRule> {
    let fields: Vec<&str> = GROUP_FIELDS.iter().chain(&["except"]).copied().collect();
    let mut r = cx.reader(table, pos, "[[any_command]]", &fields, no_hint);
    let except = r
        .strings("except", false)
        .map_or_else(Vec::new, |e| e.value);
    let group = reply_group(&mut r, pos)?;
    Some(AnyCommandRule { group, except })
}
