//! `compare A B`: a side-by-side summary, both cards, **Key differences** and **When to use
//! which**.

use super::{INDENT, WIDTH, card, heading, prose_indented};
use crate::compare::Comparison;
use crate::query::Code;
use crate::style::{LABEL, paint};

/// Width of the aspect column of the summary table.
const ASPECT: usize = 9;

/// Appends the whole comparison.
pub fn render(out: &mut String, a: Code, b: Code, comparison: &Comparison) {
    side_by_side(out, comparison);
    out.push('\n');
    out.push_str(&"─".repeat(WIDTH));
    out.push('\n');
    card::render(out, a);
    out.push('\n');
    out.push_str(&"─".repeat(WIDTH));
    out.push('\n');
    card::render(out, b);
    heading(out, "Key differences");
    for difference in &comparison.differences {
        bullet(out, difference);
    }
    heading(out, "When to use which");
    for (code, advice) in &comparison.use_which {
        bullet(out, &format!("{code}: {advice}"));
    }
}

fn bullet(out: &mut String, text: &str) {
    let first = format!("{INDENT}• ");
    let rest = format!("{INDENT}  ");
    prose_indented(out, text, &first, &rest);
}

/// Two columns of short values, wrapped inside their columns.
fn side_by_side(out: &mut String, comparison: &Comparison) {
    let column = (WIDTH - INDENT.len() - ASPECT - 2) / 2;
    for (aspect, a, b) in &comparison.table {
        let left = textwrap::wrap(a, column - 1);
        let right = textwrap::wrap(b, column - 1);
        for i in 0..left.len().max(right.len()) {
            let label = if i == 0 { *aspect } else { "" };
            let l = left.get(i).map_or("", |s| s.as_ref());
            let r = right.get(i).map_or("", |s| s.as_ref());
            let line = format!(
                "{INDENT}{}  {l:<column$}{r}",
                paint(LABEL, format!("{label:<ASPECT$}"))
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}
