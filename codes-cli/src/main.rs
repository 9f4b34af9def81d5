//! `smtp-codes`: what an SMTP reply means, why you got it, and what to do now.
//!
//! `main` only parses the arguments and dispatches: each command in `commands` builds its
//! whole output, and `outcome::finish` writes it once and maps it to the exit status (0 found,
//! 1 not found, 2 bad input), so a closed pipe is noticed in one place and is not an error.

// A binary: modules use plain `pub` for the items they share with each other.
#![allow(unreachable_pub)]

mod cli;
mod commands;
mod comparison;
mod facts;
mod hints;
mod input;
mod json;
mod mailbox;
mod outcome;
mod query;
mod render;
mod search;
mod site;
mod style;
mod tally;
mod words;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::commands::Context;
use crate::outcome::{Failure, Output};
use codes_core::Message;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let color = cli.global.color.enabled();
    let lang = match words::choose(cli.global.lang.as_deref()) {
        Ok(lang) => lang,
        Err(failure) => return outcome::finish(Err(failure), color, codes_core::Lang::SOURCE),
    };
    outcome::finish(run(&cli, lang), color, lang)
}

fn run(cli: &Cli, lang: codes_core::Lang) -> Result<Output, Failure> {
    let ctx = Context {
        json: cli.global.json,
        lang,
    };
    match &cli.command {
        Some(Command::Show { codes }) => commands::show::run(ctx, codes),
        Some(Command::Compare { a, b: Some(b) }) => commands::compare::run(ctx, a, b),
        Some(Command::Compare { a, b: None }) => commands::compare::suggest(ctx, a),
        Some(Command::List { pattern, after }) => {
            commands::list::run(ctx, pattern.as_deref(), after.as_deref())
        }
        Some(Command::Explain {
            text,
            count: true,
            threads,
        }) => commands::explain::count(ctx, text, threads.map(usize::from)),
        Some(Command::Explain { text, .. }) => commands::explain::run(ctx, text),
        Some(Command::Search { words }) => Ok(commands::search::run(ctx, words)),
        Some(Command::Bounce { paths, count: true }) => commands::bounce::count(ctx, paths),
        Some(Command::Bounce { paths, .. }) => commands::bounce::run(ctx, paths),
        Some(Command::Site { dir, base_url }) => commands::site::run(ctx, dir, base_url.as_deref()),
        Some(Command::Completions { shell }) => Ok(commands::docs::completions(*shell)),
        Some(Command::Man) => commands::docs::man(lang),
        None if cli.codes.is_empty() => Err(Failure::new(words::say(lang, Message::NoCodeGiven))
            .hint(words::say(lang, Message::TryExamples))),
        None => commands::show::run(ctx, &cli.codes),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
