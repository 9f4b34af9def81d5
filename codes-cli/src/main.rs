//! `smtp-codes`: what an SMTP reply means, why you got it, and what to do now.
//!
//! `main` only maps the outcome of [`run`] to an exit status (0 found, 1 not found, 2 bad
//! input) and prints errors; every command builds its whole output first and writes it once,
//! so a closed pipe is noticed in one place and is not an error.

// A binary: modules use plain `pub` for the items they share with each other.
#![allow(unreachable_pub)]

mod cli;
mod compare;
mod explain;
mod facts;
mod json;
mod query;
mod render;
mod search;
mod style;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use codes_core::{Command as SmtpCommand, ReplyCode};

use crate::cli::{Cli, Command};
use crate::query::{Code, Query};

/// How a command ended when it did not fail.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// Everything asked for was found.
    All,
    /// A well-formed code is not catalogued, or nothing matched.
    Missing,
}

/// Why a command failed: bad input (exit status 2), with an optional hint.
#[derive(Debug)]
struct Failure {
    message: String,
    hint: Option<String>,
}

impl Failure {
    fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            hint: None,
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// What a command produced: the text for stdout, notes for stderr, and whether all was found.
struct Output {
    stdout: String,
    notes: Vec<String>,
    found: Found,
}

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
    match run(&cli) {
        Ok(output) => {
            for note in &output.notes {
                eprintln!("{note}");
            }
            if let Err(error) = write_stdout(&output.stdout, color) {
                if error.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
                eprintln!("error: cannot write the output: {error}");
                return ExitCode::from(2);
            }
            match output.found {
                Found::All => ExitCode::SUCCESS,
                Found::Missing => ExitCode::from(1),
            }
        }
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            if let Some(hint) = failure.hint {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(2)
        }
    }
}

fn write_stdout(text: &str, color: bool) -> std::io::Result<()> {
    let stdout = std::io::stdout().lock();
    let mut stream = if color {
        anstream::AutoStream::always_ansi(stdout)
    } else {
        anstream::AutoStream::never(stdout)
    };
    stream.write_all(text.as_bytes())?;
    stream.flush()
}

fn run(cli: &Cli) -> Result<Output, Failure> {
    let json = cli.global.json;
    match &cli.command {
        Some(Command::Show { codes }) => show(codes, json),
        Some(Command::Compare { a, b }) => compare(a, b, json),
        Some(Command::List { pattern, after }) => list(pattern.as_deref(), after.as_deref(), json),
        Some(Command::Explain { text, count }) if *count => explain_count(text, json),
        Some(Command::Explain { text, .. }) => explain(text, json),
        Some(Command::Search { words }) => Ok(search(words, json)),
        Some(Command::Completions { shell }) => Ok(completions(*shell)),
        Some(Command::Man) => man(),
        None if cli.codes.is_empty() => Err(Failure::new("no code given")
            .hint("try `smtp-codes 550`, `smtp-codes list` or `smtp-codes --help`")),
        None => show(&cli.codes, json),
    }
}

/// The subcommand names, for hints.
const COMMANDS: [&str; 7] = [
    "show",
    "compare",
    "list",
    "search",
    "explain",
    "completions",
    "man",
];

/// A hint for a word that is neither a code nor a command: the command it may be a typo of,
/// or what `search` would find.
fn command_hint(arg: &str) -> String {
    let lower = arg.to_lowercase();
    if let Some(command) = COMMANDS
        .iter()
        .find(|c| search::edit_distance(&lower, c) <= 2)
    {
        return format!("did you mean `smtp-codes {command}`?");
    }
    format!(
        "to look for codes about a word, try `smtp-codes search {arg}`; commands are {}",
        COMMANDS.join(", ")
    )
}

/// Parses an argument, with a hint when it looks like a mistyped command.
fn parse_arg(arg: &str) -> Result<Query, Failure> {
    query::parse(arg).map_err(|bad| {
        let failure = Failure::new(bad.0);
        if arg.chars().all(|c| c.is_ascii_alphabetic()) && arg.len() > 1 {
            failure.hint(command_hint(arg))
        } else {
            failure
        }
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising these plain structs cannot fail; fall back to `null` rather than panic.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_owned());
    text.push('\n');
    text
}

/// A list of codes as the JSON array of code objects.
fn codes_json(codes: &[Code]) -> String {
    to_json(
        &codes
            .iter()
            .map(|c| json::CodeJson::new(*c))
            .collect::<Vec<_>>(),
    )
}

/// "Did you mean" for a code the catalogue lacks.
fn suggestion(code: Code) -> Option<String> {
    let near: Vec<String> = compare::nearest(code, 3)
        .iter()
        .map(ToString::to_string)
        .collect();
    (!near.is_empty()).then(|| {
        format!(
            "hint: {code} is not in the catalogue; nearest catalogued codes: {}",
            near.join(", ")
        )
    })
}

fn show(args: &[String], json: bool) -> Result<Output, Failure> {
    let queries = args
        .iter()
        .map(|a| parse_arg(a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut codes = Vec::new();
    let mut notes = Vec::new();
    let mut found = Found::All;
    for (query, arg) in queries.iter().zip(args) {
        match query {
            Query::Code(code) => {
                if !code.known() {
                    found = Found::Missing;
                    notes.extend(suggestion(*code));
                }
                codes.push(*code);
            }
            Query::Pattern(pattern) => {
                let matches = pattern.catalogued_matches();
                if matches.is_empty() {
                    found = Found::Missing;
                    notes.push(format!("no catalogued code matches {arg}"));
                }
                codes.extend(matches);
            }
        }
    }
    let stdout = if json {
        codes_json(&codes)
    } else {
        let mut out = String::new();
        for (i, code) in codes.iter().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(&"─".repeat(render::WIDTH));
                out.push('\n');
            }
            render::card::render(&mut out, *code);
        }
        out
    };
    Ok(Output {
        stdout,
        notes,
        found,
    })
}

fn compare(a: &str, b: &str, json: bool) -> Result<Output, Failure> {
    let code = |arg: &str| match parse_arg(arg)? {
        Query::Code(code) => Ok(code),
        Query::Pattern(_) => Err(Failure::new(format!(
            "`{arg}` is a pattern; compare takes two codes"
        ))),
    };
    let (a, b) = (code(a)?, code(b)?);
    let comparison = compare::compare(a, b);
    let mut notes = Vec::new();
    let mut found = Found::All;
    for code in [a, b] {
        if !code.known() {
            found = Found::Missing;
            notes.extend(suggestion(code));
        }
    }
    let stdout = if json {
        to_json(&json::CompareJson::new(a, b, comparison))
    } else {
        let mut out = String::new();
        render::compare::render(&mut out, a, b, &comparison);
        out
    };
    Ok(Output {
        stdout,
        notes,
        found,
    })
}

fn list(pattern: Option<&str>, after: Option<&str>, json: bool) -> Result<Output, Failure> {
    let mut codes: Vec<Code> = match pattern {
        None => ReplyCode::ALL
            .iter()
            .map(|c| Code::Basic((*c).into()))
            .chain(
                codes_core::EnhancedCode::ALL
                    .iter()
                    .map(|e| Code::x_form(*e)),
            )
            .collect(),
        Some(arg) => match parse_arg(arg)? {
            Query::Pattern(p) => p.catalogued_matches(),
            Query::Code(code) => vec![code].into_iter().filter(|c| c.known()).collect(),
        },
    };
    let command = match after {
        None => None,
        Some(name) => Some(SmtpCommand::from_name(name).ok_or_else(|| {
            let names: Vec<&str> = SmtpCommand::ALL.iter().map(|c| c.name()).collect();
            Failure::new(format!("`{name}` is not a command the catalogue knows"))
                .hint(format!("commands: {}", names.join(", ")))
        })?),
    };
    if let Some(command) = command {
        codes.retain(|code| {
            code.reply_code()
                .is_some_and(|r| r.allowed_after().iter().any(|a| a.command == command))
        });
    }
    let mut notes = Vec::new();
    let found = if codes.is_empty() {
        notes.push(match (pattern, after) {
            (Some(p), Some(a)) => format!("no catalogued code matches {p} after {a}"),
            (Some(p), None) => format!("no catalogued code matches {p}"),
            (None, Some(a)) => format!("no catalogued code follows {a}"),
            (None, None) => "the catalogue is empty".to_owned(),
        });
        Found::Missing
    } else {
        Found::All
    };
    let stdout = if json {
        codes_json(&codes)
    } else {
        let mut out = String::new();
        render::list::render(&mut out, &codes, command);
        out
    };
    Ok(Output {
        stdout,
        notes,
        found,
    })
}

fn read_failure(what: &str, error: &std::io::Error) -> Failure {
    Failure::new(format!("cannot read {what}: {error}"))
}

/// For `explain`: exit status 1 and a note when the input held no reply.
fn nothing_found(empty: bool, notes: &mut Vec<String>) -> Found {
    if empty {
        notes.push("no SMTP reply code found in the input".to_owned());
        Found::Missing
    } else {
        Found::All
    }
}

fn explain(args: &[String], json: bool) -> Result<Output, Failure> {
    let findings = if args.is_empty() || args == ["-"] {
        explain::findings(std::io::stdin().lock())
            .map_err(|e| read_failure("standard input", &e))?
    } else {
        explain::findings(args.join(" ").as_bytes()).map_err(|e| read_failure("the text", &e))?
    };
    let mut notes = Vec::new();
    let found = nothing_found(findings.is_empty(), &mut notes);
    let stdout = if json {
        to_json(
            &findings
                .iter()
                .map(json::FindingJson::new)
                .collect::<Vec<_>>(),
        )
    } else {
        let mut out = String::new();
        for (i, finding) in findings.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            render::explain::finding(&mut out, finding);
        }
        out
    };
    Ok(Output {
        stdout,
        notes,
        found,
    })
}

fn explain_count(files: &[String], json: bool) -> Result<Output, Failure> {
    let mut tally = explain::Tally::new();
    if files.is_empty() {
        explain::count(std::io::stdin().lock(), &mut tally)
            .map_err(|e| read_failure("standard input", &e))?;
    }
    for file in files {
        if file == "-" {
            explain::count(std::io::stdin().lock(), &mut tally)
                .map_err(|e| read_failure("standard input", &e))?;
            continue;
        }
        let reader = std::fs::File::open(file).map_err(|e| read_failure(file, &e))?;
        explain::count(reader, &mut tally).map_err(|e| read_failure(file, &e))?;
    }
    let rows = explain::sorted(&tally);
    let mut notes = Vec::new();
    let found = nothing_found(rows.is_empty(), &mut notes);
    let stdout = if json {
        let rows: Vec<json::CountJson> = rows
            .iter()
            .map(|(b, e, n)| json::CountJson {
                basic: b.map(|c| c.to_string()),
                enhanced: e.map(|s| s.to_string()),
                count: *n,
            })
            .collect();
        to_json(&rows)
    } else {
        let mut out = String::new();
        render::explain::counts(&mut out, &rows);
        out
    };
    Ok(Output {
        stdout,
        notes,
        found,
    })
}

fn search(words: &[String], json: bool) -> Output {
    let query = words.join(" ");
    let hits = search::search(&query);
    let mut notes = Vec::new();
    let found = if hits.is_empty() {
        let mut note = format!("no catalogued code mentions all of: {query}");
        for (word, near) in search::suggestions(&query) {
            if near.is_empty() {
                note.push_str(&format!("\nhint: no code mentions \"{word}\""));
            } else {
                note.push_str(&format!(
                    "\nhint: no code mentions \"{word}\"; did you mean {}?",
                    near.join(", ")
                ));
            }
        }
        notes.push(note);
        Found::Missing
    } else {
        Found::All
    };
    let codes: Vec<Code> = hits.iter().map(|h| h.code).collect();
    let stdout = if json {
        let objects: Vec<json::SearchJson> = hits
            .iter()
            .map(|h| json::SearchJson {
                code: json::CodeJson::new(h.code),
                score: h.score,
            })
            .collect();
        to_json(&objects)
    } else {
        let mut out = String::new();
        render::list::render(&mut out, &codes, None);
        out
    };
    Output {
        stdout,
        notes,
        found,
    }
}

fn completions(shell: clap_complete::Shell) -> Output {
    let mut command = <Cli as clap::CommandFactory>::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "smtp-codes", &mut script);
    Output {
        stdout: String::from_utf8_lossy(&script).into_owned(),
        notes: Vec::new(),
        found: Found::All,
    }
}

fn man() -> Result<Output, Failure> {
    let command = <Cli as clap::CommandFactory>::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .map_err(|e| Failure::new(format!("cannot render the man page: {e}")))?;
    Ok(Output {
        stdout: String::from_utf8_lossy(&page).into_owned(),
        notes: Vec::new(),
        found: Found::All,
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
