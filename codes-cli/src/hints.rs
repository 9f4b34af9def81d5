//! "Did you mean": the command a mistyped word may be, and the catalogued codes nearest to
//! one the catalogue lacks. The one place that turns a miss into a suggestion.

use clap::CommandFactory;
use codes_core::{Lang, Message};

use crate::cli::Cli;
use crate::comparison::nearest;
use crate::outcome::{Failure, hint_line};
use crate::query::{self, Code, Query};
use crate::search::edit_distance;
use crate::words::fill;

/// The subcommand names, as the command-line definition has them.
fn subcommands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|name| name != "help")
        .collect()
}

/// A hint for a word that is neither a code nor a command: the command it may be a typo of,
/// or what `search` would find.
fn command_hint(arg: &str, lang: Lang) -> String {
    let lower = arg.to_lowercase();
    let commands = subcommands();
    if let Some(command) = commands.iter().find(|c| edit_distance(&lower, c) <= 2) {
        return fill(lang, Message::DidYouMean, &[("command", command)]);
    }
    fill(
        lang,
        Message::TrySearch,
        &[("word", &arg), ("commands", &commands.join(", "))],
    )
}

/// Parses an argument, with a hint when it looks like a mistyped command.
pub fn parse_arg(arg: &str, lang: Lang) -> Result<Query, Failure> {
    query::parse(arg, lang).map_err(|bad| {
        let failure = Failure::new(bad.0);
        if arg.chars().all(|c| c.is_ascii_alphabetic()) && arg.len() > 1 {
            failure.hint(command_hint(arg, lang))
        } else {
            failure
        }
    })
}

/// The note for a code the catalogue lacks: its nearest catalogued codes.
pub fn nearest_codes(code: Code, lang: Lang) -> Option<String> {
    let near: Vec<String> = nearest(code, 3).iter().map(ToString::to_string).collect();
    (!near.is_empty()).then(|| {
        let hint = fill(
            lang,
            Message::NearestCodes,
            &[("code", &code), ("codes", &near.join(", "))],
        );
        hint_line(lang, &hint)
    })
}

/// The note for search words that match nothing: the closest words of the catalogue.
pub fn search_words(query: &str, lang: Lang) -> String {
    let mut note = fill(lang, Message::NoCodeMentionsAll, &[("query", &query)]);
    for (word, near) in crate::search::suggestions(query, lang) {
        let hint = if near.is_empty() {
            fill(lang, Message::NoCodeMentions, &[("word", &word)])
        } else {
            fill(
                lang,
                Message::NoCodeMentionsMaybe,
                &[("word", &word), ("words", &near.join(", "))],
            )
        };
        note.push('\n');
        note.push_str(&hint_line(lang, &hint));
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_come_from_the_definition() {
        let commands = subcommands();
        for name in [
            "show",
            "compare",
            "list",
            "search",
            "explain",
            "completions",
            "man",
        ] {
            assert!(commands.iter().any(|c| c == name), "{name}: {commands:?}");
        }
        assert_eq!(
            command_hint("lsit", Lang::SOURCE),
            "did you mean `smtp-codes list`?"
        );
        assert!(command_hint("mailbox", Lang::SOURCE).contains("smtp-codes search mailbox"));
    }
}
