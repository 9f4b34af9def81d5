//! The card of one code: title, what its digits mean, Description, When you see this code,
//! How to fix, the command–reply matrix or registry associations, and References.

use codes_core::{AnyReplyCode, EnhancedClass, EnhancedCode, Entry, Lang, ReplyCode};

use super::{first_sentence, heading, join_and, prose, prose_indented, references, row};
use crate::facts::{After, Digits, basic_for, enhanced_for};
use crate::query::Code;
use crate::style::{CODE, WARN, class_style, paint};

/// The class digit painted in its colour.
fn class_digit(digit: u16) -> String {
    paint(class_style(digit), digit)
}

/// The code in its class colour.
pub fn painted_code(code: Code) -> String {
    match code.class_digit() {
        Some(d) => paint(class_style(d), code),
        None => paint(CODE, code),
    }
}

/// The first line: the code and its title (or that it is not catalogued).
fn title_line(out: &mut String, code: Code, entry: Option<&Entry>) {
    let label = painted_code(code);
    let Some(entry) = entry else {
        out.push_str(&format!(
            "{label} {}\n",
            paint(WARN, "(not in the catalogue)")
        ));
        return;
    };
    // A long title wraps under itself; the painted label is as wide as the code.
    let indent = " ".repeat(code.to_string().len() + 1);
    let mut wrapped = String::new();
    prose_indented(
        &mut wrapped,
        entry.title().get(Lang::SOURCE),
        &indent,
        &indent,
    );
    for (i, line) in wrapped.lines().enumerate() {
        let line = paint(CODE, line.trim_start());
        if i == 0 {
            out.push_str(&format!("{label} {line}\n"));
        } else {
            out.push_str(&format!("{indent}{line}\n"));
        }
    }
}

/// `x5x Mail system: <the description's first sentence>`.
fn meaning(label: &str, name: &str, description: &str) -> String {
    format!("{label} {name}: {}", first_sentence(description))
}

fn digits_lines(out: &mut String, code: Code) {
    match Digits::of(code) {
        Digits::Basic {
            class,
            subject_digit,
            subject,
        } => {
            let d = class.digit();
            row(
                out,
                "Class",
                &format!("{}xx {}: {}", class_digit(d), class.name(), class.action()),
            );
            let subject = match subject {
                Some(s) => meaning(&format!("x{}x", s.digit()), s.name(), s.description()),
                None => format!(
                    "x{subject_digit}x has no meaning: RFC 5321 §4.2.1 defines second digits 0 \
                     to 5 only, so a client acts on the first digit"
                ),
            };
            row(out, "Subject", &subject);
        }
        Digits::Enhanced {
            class,
            subject_number,
            subject,
        } => {
            let class = match class {
                Some(c) => meaning(&class_digit(c.digit()), c.name(), c.description()),
                None => {
                    let forms: Vec<String> = EnhancedClass::ALL
                        .iter()
                        .filter_map(|c| match code {
                            Code::Enhanced {
                                subject, detail, ..
                            } => Some(format!("{}.{subject}.{detail}", c.digit())),
                            Code::Basic(_) => None,
                        })
                        .collect();
                    format!(
                        "X stands for any class: {} share this entry, with the class saying \
                         success, temporary or permanent failure",
                        join_and(&forms)
                    )
                }
            };
            row(out, "Class", &class);
            let subject = match subject {
                Some(s) => meaning(&format!("X.{}", s.digit()), s.name(), s.description()),
                None => format!("X.{subject_number} is not a subject of the registry"),
            };
            row(out, "Subject", &subject);
        }
    }
}

/// Appends the card of a code.
pub fn render(out: &mut String, code: Code) {
    let entry = code.entry();
    title_line(out, code, entry);
    if let Some(reply) = code.reply_code() {
        row(out, "Reply text", &format!("\"{}\"", reply.reply_text()));
    }
    if let Some(entry) = entry {
        row(out, "Status", entry.status().as_str());
    }
    digits_lines(out, code);
    let Some(entry) = entry else {
        unknown_notes(out, code);
        return;
    };
    let lang = Lang::SOURCE;
    heading(out, "Description");
    prose(out, entry.description().get(lang));
    heading(out, "When you see this code");
    prose(out, entry.when_seen().get(lang));
    heading(out, "How to fix");
    prose(out, entry.fix().get(lang));
    if let Some(reply) = code.reply_code() {
        matrix_section(out, reply);
        enhanced_section(out, AnyReplyCode::from(reply));
    }
    if let Some(enhanced) = code.enhanced_code() {
        basic_section(out, enhanced);
    }
    heading(out, "References");
    references(out, entry.references());
}

fn unknown_notes(out: &mut String, code: Code) {
    out.push('\n');
    let text = match code {
        Code::Basic(basic) => {
            let mut text = format!(
                "The catalogue has no entry for {basic}: no RFC it follows defines this code. A \
                 client acts on the first digit (RFC 5321 §4.2.1), as shown above."
            );
            let registry = enhanced_for(basic);
            if !registry.is_empty() {
                let names: Vec<String> = registry
                    .iter()
                    .map(|e| format!("{e} ({})", e.title()))
                    .collect();
                text.push_str(&format!(
                    " The IANA registry lists {basic} with {}.",
                    join_and(&names)
                ));
            }
            text
        }
        Code::Enhanced {
            subject, detail, ..
        } => format!(
            "The registry has no X.{subject}.{detail}: the class and subject above still apply; \
             the detail is the sender's own."
        ),
    };
    prose(out, &text);
}

fn matrix_section(out: &mut String, reply: ReplyCode) {
    let after = After::of(reply);
    heading(out, "Sent after");
    if after.is_empty() {
        prose(out, "No command–reply table of the RFCs lists this code.");
        return;
    }
    for (role, commands) in after.by_role() {
        if !commands.is_empty() {
            row(out, role.as_str(), &command_names(commands));
        }
    }
    for (role, condition, commands) in &after.conditional {
        let value = format!(
            "{} (only {})",
            command_names(commands),
            condition.get(Lang::SOURCE)
        );
        row(out, role.as_str(), &value);
    }
}

fn command_names(commands: &[codes_core::Command]) -> String {
    let names: Vec<&str> = commands.iter().map(|c| c.name()).collect();
    names.join(", ")
}

fn enhanced_section(out: &mut String, basic: AnyReplyCode) {
    let enhanced = enhanced_for(basic);
    if enhanced.is_empty() {
        return;
    }
    heading(out, "Enhanced codes (IANA registry)");
    for code in enhanced {
        row(out, code.as_str(), code.title());
    }
}

fn basic_section(out: &mut String, enhanced: EnhancedCode) {
    heading(out, "Associated basic codes (IANA registry)");
    let numbers = basic_for(enhanced);
    if numbers.is_empty() {
        prose(out, "The registry names none.");
        return;
    }
    for number in numbers {
        let title = ReplyCode::from_u16(number).map_or("(not in the catalogue)", ReplyCode::title);
        row(out, &number.to_string(), title);
    }
}
