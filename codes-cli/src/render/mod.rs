//! Text output: cards, comparisons and lists, built as strings for an 80-column terminal.

pub mod bounce;
pub mod card;
pub mod compare;
pub mod explain;
pub mod list;

use crate::style::{DIM, HEADING, LABEL, paint};

/// The width text is wrapped to.
pub const WIDTH: usize = 80;
/// Indentation of section bodies.
pub const INDENT: &str = "  ";

/// Appends a section heading.
pub fn heading(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(&paint(HEADING, title));
    out.push('\n');
}

/// Appends prose wrapped to the width, indented, paragraph breaks kept.
pub fn prose(out: &mut String, text: &str) {
    prose_indented(out, text, INDENT, INDENT);
}

/// Appends prose with its own first-line and continuation indents.
pub fn prose_indented(out: &mut String, text: &str, first: &str, rest: &str) {
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let first = if i == 0 { first } else { rest };
        let options = textwrap::Options::new(WIDTH)
            .initial_indent(first)
            .subsequent_indent(rest);
        out.push_str(&textwrap::fill(paragraph, options));
        out.push('\n');
    }
}

/// Width of the label column of every `Label  value` row.
pub const LABEL_WIDTH: usize = 12;

/// Appends a `Label  value` row: the label in bold in its column, the value wrapped under
/// itself. The one row layout of cards, lists of codes and `explain`.
pub fn row(out: &mut String, label: &str, value: &str) {
    // The painted label carries escape codes: pad by the visible width, not the byte count.
    let pad = LABEL_WIDTH.saturating_sub(display_width(label));
    let rest = " ".repeat(INDENT.len() + LABEL_WIDTH + 1);
    let mut wrapped = String::new();
    prose_indented(&mut wrapped, value, &rest, &rest);
    out.push_str(INDENT);
    out.push_str(&paint(LABEL, label));
    out.push_str(&" ".repeat(pad + 1));
    out.push_str(wrapped.trim_start());
}

/// How many terminal columns `text` takes (a combining mark takes none, a wide character
/// two), so that Vietnamese lines up like English.
pub fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// `text` padded with spaces to `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

/// Appends a tally: a bold heading line, then one line per row. The first column (the
/// count) is right-aligned; the others are padded to their widest cell or heading (at least
/// `min_widths`), except the last, which is left as it is.
pub fn tally_table<const N: usize>(
    out: &mut String,
    heads: [&str; N],
    rows: &[[String; N]],
    min_widths: [usize; N],
) {
    let widths: Vec<usize> = (0..N)
        .map(|column| {
            rows.iter()
                .map(|r| display_width(&r[column]))
                .chain([display_width(heads[column]), min_widths[column]])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: [&str; N]| {
        let mut line = String::new();
        for (column, cell) in cells.iter().enumerate() {
            if column == 0 {
                line.push_str(&" ".repeat(widths[0].saturating_sub(display_width(cell))));
                line.push_str(cell);
            } else if column + 1 == N {
                line.push_str(cell);
            } else {
                line.push_str(&pad(cell, widths[column]));
            }
            if column + 1 < N {
                line.push_str("  ");
            }
        }
        line.trim_end().to_owned()
    };
    out.push_str(&paint(LABEL, line(heads)));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row.each_ref().map(String::as_str)));
        out.push('\n');
    }
}

/// Appends a horizontal rule across the width.
pub fn rule(out: &mut String) {
    out.push_str(&"─".repeat(WIDTH));
    out.push('\n');
}

/// Appends references, one per line, each with its address: in a column beside the texts
/// when every line fits in the width, else each address indented under its text.
pub fn references(out: &mut String, references: &[codes_core::Reference]) {
    let width = references
        .iter()
        .map(|r| display_width(r.text))
        .max()
        .unwrap_or(0);
    let one_line = references
        .iter()
        .all(|r| INDENT.len() + width + 2 + r.url.len() <= WIDTH);
    for reference in references {
        if one_line {
            let text = format!("{:<width$}", reference.text);
            out.push_str(&format!("{INDENT}{text}  {}\n", paint(DIM, reference.url)));
        } else {
            out.push_str(&format!(
                "{INDENT}{}\n{INDENT}{INDENT}{}\n",
                reference.text,
                paint(DIM, reference.url)
            ));
        }
    }
}

/// The first sentence of a text: up to the first full stop followed by a space and a capital.
pub fn first_sentence(text: &str) -> &str {
    for (i, _) in text.match_indices(". ") {
        // Any capital letter, so that `Đ` and `Ở` start a Vietnamese sentence.
        if text[i + 2..].chars().next().is_some_and(char::is_uppercase) {
            return &text[..=i];
        }
    }
    text.split("\n\n").next().unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_stops_at_a_sentence_end() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(
            first_sentence("RFC 5321 §4.2 e.g. this. Next"),
            "RFC 5321 §4.2 e.g. this."
        );
        assert_eq!(first_sentence("No end"), "No end");
        assert_eq!(first_sentence("Một câu. Đây là câu hai."), "Một câu.");
    }

    #[test]
    fn prose_wraps_to_the_width() {
        let mut out = String::new();
        prose(&mut out, &"word ".repeat(40));
        assert!(
            out.lines()
                .all(|l| l.len() <= WIDTH && l.starts_with(INDENT))
        );
    }
}
