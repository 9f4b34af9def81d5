//! "Did you mean": the command a mistyped word may be, and the catalogued codes nearest to
//! one the catalogue lacks. The one place that turns a miss into a suggestion.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::comparison::nearest;
use crate::outcome::Failure;
use crate::query::{self, Code, Query};
use crate::search::edit_distance;

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
fn command_hint(arg: &str) -> String {
    let lower = arg.to_lowercase();
    let commands = subcommands();
    if let Some(command) = commands.iter().find(|c| edit_distance(&lower, c) <= 2) {
        return format!("did you mean `smtp-codes {command}`?");
    }
    format!(
        "to look for codes about a word, try `smtp-codes search {arg}`; commands are {}",
        commands.join(", ")
    )
}

/// Parses an argument, with a hint when it looks like a mistyped command.
pub fn parse_arg(arg: &str) -> Result<Query, Failure> {
    query::parse(arg).map_err(|bad| {
        let failure = Failure::new(bad.0);
        if arg.chars().all(|c| c.is_ascii_alphabetic()) && arg.len() > 1 {
            failure.hint(command_hint(arg))
        } else {
            failure
        }
    })
}

/// The note for a code the catalogue lacks: its nearest catalogued codes.
pub fn nearest_codes(code: Code) -> Option<String> {
    let near: Vec<String> = nearest(code, 3).iter().map(ToString::to_string).collect();
    (!near.is_empty()).then(|| {
        format!(
            "hint: {code} is not in the catalogue; nearest catalogued codes: {}",
            near.join(", ")
        )
    })
}

/// The note for search words that match nothing: the closest words of the catalogue.
pub fn search_words(query: &str) -> String {
    let mut note = format!("no catalogued code mentions all of: {query}");
    for (word, near) in crate::search::suggestions(query) {
        if near.is_empty() {
            note.push_str(&format!("\nhint: no code mentions \"{word}\""));
        } else {
            note.push_str(&format!(
                "\nhint: no code mentions \"{word}\"; did you mean {}?",
                near.join(", ")
            ));
        }
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
        assert_eq!(command_hint("lsit"), "did you mean `smtp-codes list`?");
        assert!(command_hint("mailbox").contains("smtp-codes search mailbox"));
    }
}
