//! `list`: one line per code, the code in its class colour and its title.

use super::INDENT;
use crate::facts::Entry;
use crate::query::Code;
use crate::style::{class_style, paint};

/// Appends one line per code.
pub fn render(out: &mut String, codes: &[Code]) {
    let width = codes.iter().map(|c| c.to_string().len()).max().unwrap_or(3);
    for code in codes {
        let label = code.to_string();
        let digit = match code {
            Code::Basic(b) => Some(b.class().digit()),
            Code::Enhanced { class, .. } => class.map(codes_core::EnhancedClass::digit),
        };
        let painted = match digit {
            Some(d) => paint(class_style(d), format!("{label:<width$}")),
            None => format!("{label:<width$}"),
        };
        let title = Entry::of(*code).map_or("(not in the catalogue)", |e| e.title);
        out.push_str(&format!("{painted}{INDENT}{title}\n"));
    }
}
