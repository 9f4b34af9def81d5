//! The card of one code: title, what its digits mean, Description, When you see this code,
//! How to fix, the command–reply matrix or registry associations, and References.

use codes_core::{AnyReplyCode, EnhancedClass, EnhancedCode, Entry, Lang, Message, ReplyCode};

use super::{first_sentence, heading, prose, prose_indented, references, row};
use crate::facts::{After, Digits, basic_for, enhanced_for};
use crate::query::Code;
use crate::style::{CODE, WARN, class_style, paint};
use crate::words::{fill, join_and, role, say, status};

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
fn title_line(out: &mut String, code: Code, entry: Option<&Entry>, lang: Lang) {
    let label = painted_code(code);
    let Some(entry) = entry else {
        out.push_str(&format!(
            "{label} {}\n",
            paint(WARN, say(lang, Message::NotCatalogued))
        ));
        return;
    };
    // A long title wraps under itself; the painted label is as wide as the code.
    let indent = " ".repeat(code.to_string().len() + 1);
    let mut wrapped = String::new();
    prose_indented(&mut wrapped, entry.title().get(lang), &indent, &indent);
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

fn digits_lines(out: &mut String, code: Code, lang: Lang) {
    let (class_label, subject_label) = (
        say(lang, Message::LabelClass),
        say(lang, Message::LabelSubject),
    );
    match Digits::of(code) {
        Digits::Basic {
            class,
            subject_digit,
            subject,
        } => {
            let d = class.digit();
            let value = format!(
                "{}xx {}: {}",
                class_digit(d),
                class.name_in(lang),
                class.action_in(lang)
            );
            row(out, class_label, &value);
            let subject = match subject {
                Some(s) => meaning(
                    &format!("x{}x", s.digit()),
                    s.name_in(lang),
                    s.description_in(lang),
                ),
                None => fill(
                    lang,
                    Message::SubjectWithoutMeaning,
                    &[("digit", &subject_digit)],
                ),
            };
            row(out, subject_label, &subject);
        }
        Digits::Enhanced {
            class,
            subject_number,
            subject,
        } => {
            let class = match class {
                Some(c) => meaning(
                    &class_digit(c.digit()),
                    c.name_in(lang),
                    c.description_in(lang),
                ),
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
                    fill(
                        lang,
                        Message::AnyClass,
                        &[("codes", &join_and(lang, &forms))],
                    )
                }
            };
            row(out, class_label, &class);
            let subject = match subject {
                Some(s) => meaning(
                    &format!("X.{}", s.digit()),
                    s.name_in(lang),
                    s.description_in(lang),
                ),
                None => fill(
                    lang,
                    Message::NotARegistrySubject,
                    &[("subject", &subject_number)],
                ),
            };
            row(out, subject_label, &subject);
        }
    }
}

/// Appends the card of a code.
pub fn render(out: &mut String, code: Code, lang: Lang) {
    let entry = code.entry();
    title_line(out, code, entry, lang);
    if let Some(reply) = code.reply_code() {
        let label = say(lang, Message::LabelReplyText);
        row(out, label, &format!("\"{}\"", reply.reply_text()));
    }
    if let Some(entry) = entry {
        row(
            out,
            say(lang, Message::LabelStatus),
            status(lang, entry.status()),
        );
    }
    digits_lines(out, code, lang);
    let Some(entry) = entry else {
        unknown_notes(out, code, lang);
        return;
    };
    heading(out, say(lang, Message::Description));
    prose(out, entry.description().get(lang));
    heading(out, say(lang, Message::WhenSeen));
    prose(out, entry.when_seen().get(lang));
    heading(out, say(lang, Message::HowToFix));
    prose(out, entry.fix().get(lang));
    if let Some(reply) = code.reply_code() {
        matrix_section(out, reply, lang);
        enhanced_section(out, AnyReplyCode::from(reply), lang);
    }
    if let Some(enhanced) = code.enhanced_code() {
        basic_section(out, enhanced, lang);
    }
    confused_section(out, code, lang);
    heading(out, say(lang, Message::References));
    references(out, entry.references());
}

fn unknown_notes(out: &mut String, code: Code, lang: Lang) {
    out.push('\n');
    let text = match code {
        Code::Basic(basic) => {
            let mut text = fill(lang, Message::UnknownBasic, &[("code", &basic)]);
            let registry = enhanced_for(basic);
            if !registry.is_empty() {
                let names: Vec<String> = registry
                    .iter()
                    .map(|e| format!("{e} ({})", e.title_in(lang)))
                    .collect();
                let codes = join_and(lang, &names);
                text.push(' ');
                text.push_str(&fill(
                    lang,
                    Message::UnknownBasicInRegistry,
                    &[("code", &basic), ("codes", &codes)],
                ));
            }
            text
        }
        Code::Enhanced {
            subject, detail, ..
        } => fill(
            lang,
            Message::UnknownEnhanced,
            &[("subject", &subject), ("detail", &detail)],
        ),
    };
    prose(out, &text);
}

fn matrix_section(out: &mut String, reply: ReplyCode, lang: Lang) {
    let after = After::of(reply);
    heading(out, say(lang, Message::SentAfter));
    if after.is_empty() {
        prose(out, say(lang, Message::NoMatrix));
        return;
    }
    for (r, commands) in after.by_role() {
        if !commands.is_empty() {
            row(out, role(lang, r), &command_names(commands));
        }
    }
    for (r, condition, commands) in &after.conditional {
        let value = fill(
            lang,
            Message::OnlyWhen,
            &[
                ("commands", &command_names(commands)),
                ("condition", &condition.get(lang)),
            ],
        );
        row(out, role(lang, *r), &value);
    }
}

fn command_names(commands: &[codes_core::Command]) -> String {
    let names: Vec<&str> = commands.iter().map(|c| c.name()).collect();
    names.join(", ")
}

fn confused_section(out: &mut String, code: Code, lang: Lang) {
    let others = code.confused_with();
    if others.is_empty() {
        return;
    }
    heading(out, say(lang, Message::OftenConfusedWith));
    for other in others {
        let title = other.entry().map_or("", |e| e.title().get(lang));
        row(out, &other.to_string(), title);
    }
}

fn enhanced_section(out: &mut String, basic: AnyReplyCode, lang: Lang) {
    let enhanced = enhanced_for(basic);
    if enhanced.is_empty() {
        return;
    }
    heading(out, say(lang, Message::EnhancedCodesOfBasic));
    for code in enhanced {
        row(out, code.as_str(), code.title_in(lang));
    }
}

fn basic_section(out: &mut String, enhanced: EnhancedCode, lang: Lang) {
    heading(out, say(lang, Message::BasicCodesOfEnhanced));
    let numbers = basic_for(enhanced);
    if numbers.is_empty() {
        prose(out, say(lang, Message::RegistryNamesNone));
        return;
    }
    for number in numbers {
        let title = ReplyCode::from_u16(number)
            .map_or(say(lang, Message::NotCatalogued), |c| c.title_in(lang));
        row(out, &number.to_string(), title);
    }
}
