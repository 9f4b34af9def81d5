//! Which [`Reason`] the evidence of one recipient selects. Every fact comes from the
//! catalogue's `[[reason]]` table; here is only how evidence ranks, strongest first: the DSN
//! action; the longest phrase of the server's words (a reason whose phrases yield counts
//! only when no other reason's phrase matches); an enhanced code named with its class; one
//! named for every class (`X.1.1`); the basic code. The first reason in catalogue order wins
//! a tie; the fallback reason is recorded when nothing matches.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::{AnyEnhancedCode, AnyReplyCode, Reason};

/// Every phrase of every reason in one automaton (matched ignoring ASCII case), with the
/// reason and length of each pattern.
struct Phrases {
    automaton: AhoCorasick,
    patterns: Vec<(Reason, usize)>,
}

fn phrases() -> Option<&'static Phrases> {
    static PHRASES: OnceLock<Option<Phrases>> = OnceLock::new();
    PHRASES
        .get_or_init(|| {
            let (words, patterns): (Vec<&str>, Vec<(Reason, usize)>) = Reason::ALL
                .iter()
                .flat_map(|r| r.phrases().iter().map(move |p| (*p, (*r, p.len()))))
                .unzip();
            let automaton = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(words)
                .ok()?;
            Some(Phrases {
                automaton,
                patterns,
            })
        })
        .as_ref()
}

/// What is known of one recipient's failure.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Evidence<'a> {
    pub(super) action: Option<&'a str>,
    /// The server's words, or the text around the reply.
    pub(super) text: &'a str,
    pub(super) basic: Option<AnyReplyCode>,
    pub(super) enhanced: Option<AnyEnhancedCode>,
}

/// How strongly the evidence points to one reason, compared field by field.
// Each flag is one kind of evidence; the derived order compares them strongest first.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    action: bool,
    phrase: usize,
    enhanced_with_class: bool,
    enhanced_any_class: bool,
    basic: bool,
}

/// The reason the evidence points to most strongly.
pub(super) fn classify(evidence: &Evidence<'_>) -> Option<Reason> {
    let mut ranks = vec![Rank::default(); Reason::ALL.len()];
    if let Some(phrases) = phrases() {
        let hits: Vec<(Reason, usize)> = phrases
            .automaton
            .find_overlapping_iter(evidence.text)
            .map(|hit| phrases.patterns[hit.pattern().as_usize()])
            .collect();
        let strong = hits.iter().any(|(r, _)| !r.phrases_yield());
        for (reason, len) in hits {
            if !(strong && reason.phrases_yield()) {
                let rank = &mut ranks[reason as usize];
                rank.phrase = rank.phrase.max(len);
            }
        }
    }
    for (rank, reason) in ranks.iter_mut().zip(Reason::ALL) {
        rank.action = evidence
            .action
            .is_some_and(|a| reason.actions().iter().any(|x| x.eq_ignore_ascii_case(a)));
        if let Some(code) = evidence.enhanced {
            for (entry, class) in reason.enhanced_evidence() {
                if code.catalogued() == Some(*entry) {
                    match class {
                        Some(class) if *class == code.class() => rank.enhanced_with_class = true,
                        Some(_) => {}
                        None => rank.enhanced_any_class = true,
                    }
                }
            }
        }
        rank.basic = evidence
            .basic
            .and_then(AnyReplyCode::catalogued)
            .is_some_and(|b| reason.basic_evidence().contains(&b));
    }
    let best = ranks
        .iter()
        .enumerate()
        .filter(|(_, r)| **r != Rank::default())
        .max_by(|(i, a), (j, b)| a.cmp(b).then(j.cmp(i)))
        .map(|(i, _)| Reason::ALL[i]);
    best.or_else(Reason::fallback)
}
