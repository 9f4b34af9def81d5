//! `search`: ranked full-text search over the catalogue's text.
//!
//! Every catalogued code (basic, and enhanced in its `X` form) is a document made of weighted
//! fields: keywords and titles weigh most, then the reply text and description, then the
//! when-seen notes, the fix and the advice on when to use it. A query word matches a word of
//! the text that equals it or starts with it (`greylist` finds `greylisting`); every query
//! word must match somewhere, so more words narrow the result; words found next to each other
//! as typed score extra. Words operators use but the text lacks belong in the catalogue's
//! `keywords`, not here.
//!
//! In a language other than the catalogue's own, each field holds both texts, so English
//! words still find codes. Words are compared folded: decomposed (Unicode NFD) without their
//! combining marks, `đ` as `d`, lowercase, so `hộp thư đầy` and `hop thu day` are the same
//! query.

use codes_core::{EnhancedCode, Entry, Lang, ReplyCode};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::query::Code;

/// How much a match in each field counts.
const WEIGHTS: Fields<u32> = Fields {
    keywords: 12,
    title: 10,
    reply_text: 6,
    description: 4,
    when_seen: 2,
    fix: 1,
    use_when: 1,
};

#[derive(Clone, Copy)]
struct Fields<T> {
    keywords: T,
    title: T,
    reply_text: T,
    description: T,
    when_seen: T,
    fix: T,
    use_when: T,
}

/// One searchable document: a code and the folded words of each of its fields, with the
/// field's weight. The web site's search index is these documents, so that its script ranks
/// as `search` does.
pub struct Document {
    pub code: Code,
    pub fields: [(u32, Vec<String>); 7],
}

/// `text` folded for comparison: no diacritics (Vietnamese tone and vowel marks are
/// combining marks once decomposed; `đ` is a letter of its own and is mapped to `d`),
/// lowercase.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded words of a text.
fn folded_words(text: &str) -> Vec<String> {
    words(&fold(text))
}

/// Lower-case words of a text: letters and digits, with inner dots kept (`5.7.1`).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner_dot = c == '.'
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric);
        if c.is_alphanumeric() || inner_dot {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The languages a search in `lang` reads: `lang`, and the catalogue's own.
fn languages(lang: Lang) -> Vec<Lang> {
    let mut all = vec![lang];
    if lang != Lang::SOURCE {
        all.push(Lang::SOURCE);
    }
    all
}

fn document(code: Code, entry: &Entry, reply_text: &str, lang: Lang) -> Document {
    let langs = languages(lang);
    let text = |field: fn(&Entry) -> codes_core::Text| {
        let all: Vec<&str> = langs.iter().map(|l| field(entry).get(*l)).collect();
        folded_words(&all.join("\n\n"))
    };
    let keywords: Vec<String> = langs
        .iter()
        .flat_map(|l| entry.keywords().get(*l))
        .map(|k| (*k).to_owned())
        .collect();
    let w = WEIGHTS;
    Document {
        code,
        fields: [
            (w.keywords, folded_words(&keywords.join(" "))),
            (w.title, text(Entry::title)),
            (w.reply_text, folded_words(reply_text)),
            (w.description, text(Entry::description)),
            (w.when_seen, text(Entry::when_seen)),
            (w.fix, text(Entry::fix)),
            (w.use_when, text(Entry::use_when)),
        ],
    }
}

pub fn documents(lang: Lang) -> Vec<Document> {
    let mut docs = Vec::new();
    for reply in ReplyCode::ALL {
        docs.push(document(
            Code::Basic(reply.into()),
            reply.entry(),
            reply.reply_text(),
            lang,
        ));
    }
    for enhanced in EnhancedCode::ALL {
        docs.push(document(Code::x_form(enhanced), enhanced.entry(), "", lang));
    }
    docs
}

/// How well `word` (from the text) answers `query` (a query word): an exact match counts
/// fully, a prefix of at least four letters half.
fn match_strength(word: &str, query: &str) -> u32 {
    if word == query {
        2
    } else {
        u32::from(query.chars().count() >= 4 && word.starts_with(query))
    }
}

/// The score of a document for the query words; 0 when a word matches nowhere.
fn score(doc: &Document, query: &[String]) -> u32 {
    let mut total = 0;
    for q in query {
        let mut best = 0;
        let mut all = 0;
        for (weight, field) in &doc.fields {
            let hits: u32 = field.iter().map(|w| match_strength(w, q)).sum();
            if hits > 0 {
                // Repeats help a little; being in a heavy field helps most.
                let field_score = weight * (2 + hits.min(4));
                best = best.max(field_score);
                all += field_score;
            }
        }
        if best == 0 {
            return 0;
        }
        // The best field decides; the word's other mentions break ties.
        total += best + (all - best) / 4;
    }
    // Words typed next to each other that also stand next to each other in a field.
    if query.len() > 1 {
        for (weight, field) in &doc.fields {
            let phrase = field.windows(query.len()).any(|window| {
                window
                    .iter()
                    .zip(query)
                    .all(|(w, q)| match_strength(w, q) > 0)
            });
            if phrase {
                total += weight * 8;
                break;
            }
        }
    }
    total
}

/// A code and how well it matched.
pub struct Hit {
    pub code: Code,
    pub score: u32,
}

/// The catalogued codes whose text, in `lang` or the catalogue's own language, mentions every
/// query word, best first.
pub fn search(query: &str, lang: Lang) -> Vec<Hit> {
    let query = folded_words(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = documents(lang)
        .iter()
        .map(|doc| Hit {
            code: doc.code,
            score: score(doc, &query),
        })
        .filter(|hit| hit.score > 0)
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.code.cmp(&b.code)));
    hits
}

/// Query words that match nothing, each with the closest words of the catalogue (folded,
/// as they are compared).
pub fn suggestions(query: &str, lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut vocabulary: Vec<String> = documents(lang)
        .into_iter()
        .flat_map(|doc| doc.fields.into_iter().flat_map(|(_, words)| words))
        .filter(|w| w.chars().count() > 2)
        .collect();
    vocabulary.sort();
    vocabulary.dedup();
    let mut out = Vec::new();
    for q in folded_words(query) {
        if vocabulary.iter().any(|w| match_strength(w, &q) > 0) {
            continue;
        }
        let limit = if q.chars().count() > 6 { 2 } else { 1 };
        let mut near: Vec<(usize, &String)> = vocabulary
            .iter()
            .map(|w| (edit_distance(&q, w), w))
            .filter(|(d, _)| *d <= limit)
            .collect();
        near.sort();
        out.push((
            q,
            near.into_iter().take(3).map(|(_, w)| w.clone()).collect(),
        ));
    }
    out
}

/// Levenshtein distance between two words.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(query: &str) -> Vec<Hit> {
        super::search(query, Lang::SOURCE)
    }

    fn suggestions(query: &str) -> Vec<(String, Vec<String>)> {
        super::suggestions(query, Lang::SOURCE)
    }

    fn top(query: &str, n: usize) -> Vec<String> {
        search(query)
            .iter()
            .take(n)
            .map(|h| h.code.to_string())
            .collect()
    }

    #[test]
    fn folding_drops_diacritics_and_maps_d_with_stroke() {
        assert_eq!(fold("Hộp thư ĐẦY"), "hop thu day");
        assert_eq!(fold("Đường dẫn"), "duong dan");
        // Decomposed input folds the same as composed input.
        assert_eq!(fold("ho\u{323}\u{302}p"), "hop");
        assert_eq!(fold("Mailbox"), "mailbox");
    }

    #[test]
    fn words_keep_codes_and_drop_punctuation() {
        assert_eq!(
            words("Mailbox full: 5.2.2, see RFC 3463."),
            ["mailbox", "full", "5.2.2", "see", "rfc", "3463"]
        );
    }

    #[test]
    fn operator_words_find_the_right_codes() {
        let greylisting = top("greylisting", 1);
        assert!(greylisting[0].starts_with('4'), "{greylisting:?}");
        let full = top("mailbox full", 3);
        assert!(full.iter().any(|c| c == "552" || c == "X.2.2"), "{full:?}");
        let tls = top("starttls", 6);
        assert!(tls.contains(&"530".to_owned()), "{tls:?}");
        assert!(tls.iter().any(|c| c == "X.7.0" || c == "X.7.10"), "{tls:?}");
        let relay = top("relay", 6);
        assert!(relay.iter().any(|c| c == "550" || c == "554"), "{relay:?}");
        assert!(relay.contains(&"X.7.1".to_owned()), "{relay:?}");
        let many = top("too many recipients", 4);
        assert!(
            many.contains(&"452".to_owned()) && many.contains(&"X.5.3".to_owned()),
            "{many:?}"
        );
    }

    #[test]
    fn more_words_narrow_the_result() {
        assert!(search("mailbox full").len() < search("mailbox").len());
        assert!(search("xyzzy").is_empty());
    }

    #[test]
    fn misspelt_words_get_suggestions() {
        let hints = suggestions("greylistng");
        assert_eq!(hints[0].0, "greylistng");
        assert!(hints[0].1.contains(&"greylisting".to_owned()), "{hints:?}");
        assert!(suggestions("mailbox").is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
