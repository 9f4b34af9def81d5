//! The card of one code: title, what its digits mean, Description, When you see this code,
//! How to fix, the command–reply matrix or registry associations, and References.

use codes_core::{BasicCode, EnhancedClass, EnhancedCode, ReplyCode};

use super::{INDENT, first_sentence, heading, prose, prose_indented};
use crate::facts::{After, Digits, Entry, basic_for, enhanced_for};
use crate::query::Code;
use crate::style::{CODE, DIM, LABEL, WARN, class_style, paint};

const LABEL_WIDTH: usize = 12;

/// Appends a `Label   value` line, the value wrapped under itself.
fn field(out: &mut String, label: &str, value: &str) {
    let first = format!("{INDENT}{}", paint(LABEL, format!("{label:<LABEL_WIDTH$}")));
    // The painted label carries escape codes: indent continuation lines by the visible width.
    let rest = " ".repeat(INDENT.len() + LABEL_WIDTH);
    let mut wrapped = String::new();
    prose_indented(&mut wrapped, value, &rest, &rest);
    out.push_str(&first);
    out.push_str(wrapped.trim_start());
}

/// The class digit painted in its colour.
fn class_digit(digit: u16) -> String {
    paint(class_style(digit), digit)
}

/// The first line: the code and its title (or that it is not catalogued).
fn title_line(out: &mut String, code: Code, entry: Option<&Entry>) {
    let digit = match code {
        Code::Basic(b) => Some(b.class().digit()),
        Code::Enhanced { class, .. } => class.map(EnhancedClass::digit),
    };
    let label = match digit {
        Some(d) => paint(class_style(d), code),
        None => paint(CODE, code),
    };
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
    prose_indented(&mut wrapped, entry.title, &indent, &indent);
    for (i, line) in wrapped.lines().enumerate() {
        let line = paint(CODE, line.trim_start());
        if i == 0 {
            out.push_str(&format!("{label} {line}\n"));
        } else {
            out.push_str(&format!("{indent}{line}\n"));
        }
    }
}

fn digits_lines(out: &mut String, code: Code) {
    match Digits::of(code) {
        Digits::Basic {
            class,
            subject_digit,
            subject,
        } => {
            let d = class.digit();
            field(
                out,
                "Class",
                &format!("{}xx {}: {}", class_digit(d), class.name(), class.action()),
            );
            match subject {
                Some(s) => field(
                    out,
                    "Subject",
                    &format!(
                        "x{}x {}: {}",
                        s.digit(),
                        s.name(),
                        first_sentence(s.description())
                    ),
                ),
                None => field(
                    out,
                    "Subject",
                    &format!(
                        "x{subject_digit}x has no meaning: RFC 5321 §4.2.1 defines second digits 0 \
                         to 5 only, so a client acts on the first digit"
                    ),
                ),
            }
        }
        Digits::Enhanced {
            class,
            subject_number,
            subject,
        } => {
            match class {
                Some(c) => field(
                    out,
                    "Class",
                    &format!(
                        "{} {}: {}",
                        class_digit(c.digit()),
                        c.name(),
                        first_sentence(c.description())
                    ),
                ),
                None => {
                    let forms: Vec<String> = EnhancedClass::ALL
                        .iter()
                        .map(|c| match code {
                            Code::Enhanced {
                                subject, detail, ..
                            } => {
                                format!("{}.{subject}.{detail}", c.digit())
                            }
                            Code::Basic(_) => String::new(),
                        })
                        .collect();
                    field(
                        out,
                        "Class",
                        &format!(
                            "X stands for any class: {} share this entry, with the class saying \
                             success, temporary or permanent failure",
                            super::join_and(&forms)
                        ),
                    );
                }
            }
            match subject {
                Some(s) => field(
                    out,
                    "Subject",
                    &format!(
                        "X.{} {}: {}",
                        s.digit(),
                        s.name(),
                        first_sentence(s.description())
                    ),
                ),
                None => field(
                    out,
                    "Subject",
                    &format!("X.{subject_number} is not a subject of the registry"),
                ),
            }
        }
    }
}

/// Appends the card of a code. Returns whether the code is catalogued.
pub fn render(out: &mut String, code: Code) -> bool {
    let entry = Entry::of(code);
    title_line(out, code, entry.as_ref());
    if let Some(reply) = code.reply_code() {
        field(out, "Reply text", &format!("\"{}\"", reply.reply_text()));
    }
    if let Some(entry) = &entry {
        field(out, "Status", entry.status.as_str());
    }
    digits_lines(out, code);
    let Some(entry) = entry else {
        unknown_notes(out, code);
        return false;
    };
    heading(out, "Description");
    prose(out, entry.description);
    heading(out, "When you see this code");
    prose(out, entry.when_seen);
    heading(out, "How to fix");
    prose(out, entry.fix);
    if let Some(reply) = code.reply_code() {
        matrix_section(out, reply);
        enhanced_section(out, BasicCode::from(reply));
    }
    if let Some(enhanced) = code.enhanced_code() {
        basic_section(out, enhanced);
    }
    heading(out, "References");
    let width = entry
        .references
        .iter()
        .map(|r| r.text.chars().count())
        .max()
        .unwrap_or(0);
    for reference in entry.references {
        let text = format!("{:<width$}", reference.text);
        out.push_str(&format!("{INDENT}{text}  {}\n", paint(DIM, reference.url)));
    }
    true
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
                    super::join_and(&names)
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
    for (role, commands) in [
        ("success", &after.success),
        ("intermediate", &after.intermediate),
        ("error", &after.error),
    ] {
        if commands.is_empty() {
            continue;
        }
        let names: Vec<&str> = commands.iter().map(|c| c.name()).collect();
        let rest = " ".repeat(INDENT.len() + 14);
        let mut wrapped = String::new();
        prose_indented(&mut wrapped, &names.join(", "), &rest, &rest);
        out.push_str(&format!("{INDENT}{}", paint(LABEL, format!("{role:<14}"))));
        out.push_str(wrapped.trim_start());
    }
}

fn enhanced_section(out: &mut String, basic: BasicCode) {
    let enhanced = enhanced_for(basic);
    if enhanced.is_empty() {
        return;
    }
    heading(out, "Enhanced codes (IANA registry)");
    for code in enhanced {
        super::row(out, code.as_str(), 8, code.title());
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
        super::row(out, &number.to_string(), 8, title);
    }
}
