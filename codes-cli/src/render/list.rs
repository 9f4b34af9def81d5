//! `list` and `search`: one line per code, the code in its class colour and its title; with
//! `--after`, also the role and the documents that allow the code after that command.

use codes_core::{Command, Lang, Message};

use super::INDENT;
use crate::query::Code;
use crate::style::{DIM, class_style, paint};
use crate::words::{role, say};

/// Appends one line per code.
pub fn render(out: &mut String, codes: &[Code], after: Option<Command>, lang: Lang) {
    let width = codes.iter().map(|c| c.to_string().len()).max().unwrap_or(3);
    for code in codes {
        let label = format!("{:<width$}", code.to_string());
        let painted = match code.class_digit() {
            Some(d) => paint(class_style(d), label),
            None => label,
        };
        let title = code
            .entry()
            .map_or(say(lang, Message::NotCatalogued), |e| e.title().get(lang));
        out.push_str(&format!("{painted}{INDENT}{title}"));
        if let (Some(command), Some(reply)) = (after, code.reply_code()) {
            let mut sources: Vec<String> = Vec::new();
            for allowed in reply
                .allowed_after()
                .iter()
                .filter(|a| a.command == command)
            {
                let source = format!("{} {}", role(lang, allowed.role), allowed.reference.text);
                if !sources.contains(&source) {
                    sources.push(source);
                }
            }
            out.push_str(&format!(
                "  {}",
                paint(DIM, format!("({})", sources.join("; ")))
            ));
        }
        out.push('\n');
    }
}
