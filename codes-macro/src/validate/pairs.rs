//! `[[pair]]`: two catalogued codes people confuse, the lower first, each pair once.

use std::collections::BTreeMap;

use super::codes::parse_enhanced;
use super::rules::duplicate;
use crate::diagnostic::Diagnostics;
use crate::fields::Located;
use crate::model::Catalogue;
use crate::resolved::{Code, Enhanced, PairCode};

/// The pairs, in catalogue order.
pub fn resolve(
    diags: &mut Diagnostics,
    catalogue: &Catalogue,
    (codes, enhanced): (&[Code], &[Enhanced]),
) -> Vec<[PairCode; 2]> {
    let mut seen = BTreeMap::new();
    let mut pairs = Vec::new();
    for entry in &catalogue.pairs {
        let written = &entry.codes.value;
        if written.len() != 2 {
            diags.push(
                entry.codes.pos,
                format!("a pair names two codes, not {}", written.len()),
            );
            continue;
        }
        let found: Vec<Option<PairCode>> = written
            .iter()
            .map(|code| member(diags, code, (codes, enhanced)))
            .collect();
        let (Some(a), Some(b)) = (found[0], found[1]) else {
            continue;
        };
        if a >= b {
            diags.push(
                entry.codes.pos,
                format!(
                    "write the pair lower code first: [\"{}\", \"{}\"] (basic codes before \
                     enhanced ones; the same code twice is no pair)",
                    written[1].value, written[0].value
                ),
            );
            continue;
        }
        let names = format!("{} and {}", written[0].value, written[1].value);
        duplicate(
            diags,
            &mut seen,
            &(a, b),
            entry.pos,
            &format!("pair {names}"),
        );
        pairs.push([a, b]);
    }
    pairs
}

/// A code of a pair: `550` (a `[[code]]`), `5.1.1` or `X.1.1` (an `[[enhanced]]` entry).
fn member(
    diags: &mut Diagnostics,
    written: &Located<String>,
    (codes, enhanced): (&[Code], &[Enhanced]),
) -> Option<PairCode> {
    let text = written.value.as_str();
    let found = if let Ok(number) = text.parse::<u16>() {
        codes
            .iter()
            .position(|c| c.number == number && text.len() == 3)
            .map(PairCode::Basic)
    } else {
        let (class, rest) = text.split_at(text.find('.').unwrap_or(0));
        let class = match class {
            "X" => Some(None),
            "2" | "4" | "5" => class.parse().ok().map(Some),
            _ => None,
        };
        class.and_then(|class| {
            let (subject, detail) = parse_enhanced(&format!("X{rest}"))?;
            enhanced
                .iter()
                .position(|e| e.parts == (subject, detail))
                .map(|i| PairCode::Enhanced(i, class))
        })
    };
    if found.is_none() {
        diags.push(
            written.pos,
            format!(
                "`{text}` is not a catalogued code: write a [[code]] (\"550\") or an [[enhanced]] \
                 entry with its class or X (\"5.1.1\", \"X.1.1\")"
            ),
        );
    }
    found
}
