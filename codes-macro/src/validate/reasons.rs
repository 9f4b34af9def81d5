//! `[[reason]]`: the reasons a bounce reader records, each named once, with its texts in
//! every language, and evidence that names catalogued codes; one reason is the fallback.

use std::collections::BTreeMap;

use super::Cx;
use super::codes::parse_enhanced;
use super::rules::{duplicate, references, variant};
use crate::model::Catalogue;
use crate::resolved::{Code, Enhanced, Reason};

/// The DSN `Action` values (RFC 3464 §2.3.3) evidence may name.
const ACTIONS: [&str; 5] = ["failed", "delayed", "delivered", "relayed", "expanded"];

/// The reasons, in catalogue order.
pub fn resolve(
    cx: &mut Cx<'_>,
    catalogue: &Catalogue,
    (codes, enhanced): (&[Code], &[Enhanced]),
) -> Vec<Reason> {
    let Cx { diags, translator } = cx;
    let mut names = BTreeMap::new();
    let mut variants = BTreeMap::new();
    // Each piece of evidence points to one reason.
    let mut evidence = BTreeMap::new();
    let mut fallbacks = Vec::new();
    let mut resolved = Vec::new();
    for entry in &catalogue.reasons {
        let name = &entry.name;
        let well_formed =
            !name.value.is_empty() && name.value.bytes().all(|b| b.is_ascii_lowercase());
        if !well_formed {
            diags.push(
                name.pos,
                format!("reason name `{}` must be lowercase letters", name.value),
            );
        }
        duplicate(
            diags,
            &mut names,
            &name.value,
            name.pos,
            &format!("reason `{}`", name.value),
        );
        let base = &entry.base;
        let ident = variant(diags, &mut variants, &base.variant, "[[reason]]");
        let refs = references(diags, &base.references, base.pos);
        let mut texts = translator.prose(diags, ("reason", &name.value), &base.texts, base.pos);
        let fallback = entry.fallback.as_ref().is_some_and(|f| f.value);
        if fallback {
            fallbacks.push(name.pos);
        }
        let has_evidence = !(entry.enhanced.is_empty()
            && entry.basic.is_empty()
            && entry.phrases.is_empty()
            && entry.actions.is_empty());
        if fallback && has_evidence {
            diags.push(
                name.pos,
                "the fallback reason is chosen when no evidence matches: give it none",
            );
        }
        let mut enhanced_codes = Vec::new();
        for code in &entry.enhanced {
            duplicate(
                diags,
                &mut evidence,
                &format!("enhanced code {}", code.value),
                code.pos,
                &format!("evidence `{}`", code.value),
            );
            let (class, rest) = code.value.split_at(code.value.find('.').unwrap_or(0));
            let class = match class {
                "X" => Some(None),
                "2" | "4" | "5" => class.parse().ok().map(Some),
                _ => None,
            };
            let found = class.and_then(|class| {
                let parts = parse_enhanced(&format!("X{rest}"))?;
                let index = enhanced.iter().position(|e| e.parts == parts)?;
                Some((index, class))
            });
            match found {
                Some(found) => enhanced_codes.push(found),
                None => diags.push(
                    code.pos,
                    format!(
                        "`{}` is not a catalogued enhanced code: write \"X.1.1\" for every class \
                         or \"5.1.1\" for one",
                        code.value
                    ),
                ),
            }
        }
        let mut basic = Vec::new();
        for code in &entry.basic {
            duplicate(
                diags,
                &mut evidence,
                &format!("basic code {}", code.value),
                code.pos,
                &format!("evidence {}", code.value),
            );
            match codes.iter().position(|c| i64::from(c.number) == code.value) {
                Some(index) => basic.push(index),
                None => diags.push(
                    code.pos,
                    format!("{} is not a [[code]] of the catalogue", code.value),
                ),
            }
        }
        for phrase in &entry.phrases {
            let p = &phrase.value;
            if p.trim().is_empty() || p.trim() != p || p.to_lowercase() != *p {
                diags.push(
                    phrase.pos,
                    format!("phrase `{p}` must be lowercase text without surrounding spaces"),
                );
            }
            duplicate(
                diags,
                &mut evidence,
                &format!("phrase {p}"),
                phrase.pos,
                &format!("phrase `{p}`"),
            );
        }
        for action in &entry.actions {
            if !ACTIONS.contains(&action.value.as_str()) {
                diags.push(
                    action.pos,
                    format!(
                        "action `{}` is not a DSN Action; expected one of: {}",
                        action.value,
                        ACTIONS.join(", ")
                    ),
                );
            }
            duplicate(
                diags,
                &mut evidence,
                &format!("action {}", action.value),
                action.pos,
                &format!("action `{}`", action.value),
            );
        }
        let (title, description, fix) = (
            texts.take("title"),
            texts.take("description"),
            texts.take("fix"),
        );
        if let (Some(variant), Some(title), Some(description), Some(fix)) =
            (ident, title, description, fix)
        {
            resolved.push(Reason {
                name: name.value.clone(),
                variant,
                title,
                description,
                fix,
                hard_bounce: entry.hard_bounce.value,
                fallback,
                phrases_yield: entry.phrases_yield.as_ref().is_some_and(|y| y.value),
                references: refs,
                enhanced: enhanced_codes,
                basic,
                phrases: entry.phrases.iter().map(|p| p.value.clone()).collect(),
                actions: entry.actions.iter().map(|a| a.value.clone()).collect(),
            });
        }
    }
    match fallbacks.as_slice() {
        [] if !catalogue.reasons.is_empty() => diags.push(
            catalogue.reasons[0].name.pos,
            "no reason is the fallback: mark the one given when no evidence matches with \
             `fallback = true`",
        ),
        [_] | [] => {}
        [first, rest @ ..] => {
            for pos in rest {
                diags.push(
                    *pos,
                    format!("a second fallback reason (the first is at {first})"),
                );
            }
        }
    }
    resolved
}
