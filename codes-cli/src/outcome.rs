//! How a command ends: its output and notes, or a failure; and the one place that writes
//! them and turns them into an exit status (0 found, 1 not found, 2 bad input).

use std::io::Write;
use std::process::ExitCode;

use codes_core::{Lang, Message};
use serde::Serialize;

use crate::words::{fill, io_reason};

/// How a command ended when it did not fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// Everything asked for was found: exit status 0.
    All,
    /// A well-formed code is not catalogued, or nothing matched: exit status 1.
    Missing,
}

/// Why a command failed: bad input (exit status 2), with an optional hint.
#[derive(Debug, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            hint: None,
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// What a command produced: the text for stdout, notes for stderr, and whether all was found.
#[derive(Debug)]
pub struct Output {
    pub stdout: String,
    pub notes: Vec<String>,
    pub found: Found,
}

impl Output {
    /// The output of a command that has a JSON form and a text form: `json` builds the value
    /// to serialise, `text` the terminal text; only the one asked for is built.
    pub fn json_or_text<T: Serialize>(
        json: bool,
        value: impl FnOnce() -> T,
        text: impl FnOnce(&mut String),
    ) -> Self {
        let stdout = if json {
            to_json(&value())
        } else {
            let mut out = String::new();
            text(&mut out);
            out
        };
        Output {
            stdout,
            notes: Vec::new(),
            found: Found::All,
        }
    }

    /// Plain text (completions, the man page).
    pub fn text(stdout: String) -> Self {
        Output {
            stdout,
            notes: Vec::new(),
            found: Found::All,
        }
    }

    /// Adds notes for stderr.
    #[must_use]
    pub fn with_notes(mut self, notes: Vec<String>) -> Self {
        self.notes.extend(notes);
        self
    }

    /// Sets whether everything asked for was found.
    #[must_use]
    pub fn found(mut self, found: Found) -> Self {
        self.found = found;
        self
    }

    /// Exit status 1 with `note` when `nothing` holds.
    #[must_use]
    pub fn missing_if(self, nothing: bool, note: impl FnOnce() -> String) -> Self {
        if nothing {
            self.with_notes(vec![note()]).found(Found::Missing)
        } else {
            self
        }
    }
}

/// Pretty JSON with a final line end.
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising these plain structs cannot fail; fall back to `null` rather than panic.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_owned());
    text.push('\n');
    text
}

/// Writes the outcome of a command and gives the exit status: notes and errors on stderr,
/// results on stdout (coloured or not), and a closed pipe is not an error.
pub fn finish(result: Result<Output, Failure>, color: bool, lang: Lang) -> ExitCode {
    let mut stderr = std::io::stderr().lock();
    match result {
        Ok(output) => {
            for note in &output.notes {
                let _ = writeln!(stderr, "{note}");
            }
            match write_stdout(&output.stdout, color) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                    return ExitCode::SUCCESS;
                }
                Err(error) => {
                    let reason = io_reason(lang, &error);
                    let message = fill(lang, Message::CannotWrite, &[("reason", &reason)]);
                    let _ = writeln!(stderr, "{}", failure_lines(&Failure::new(message), lang));
                    return ExitCode::from(2);
                }
            }
            exit_status(output.found)
        }
        Err(failure) => {
            let _ = writeln!(stderr, "{}", failure_lines(&failure, lang));
            ExitCode::from(2)
        }
    }
}

/// The exit status of a command that ran.
fn exit_status(found: Found) -> ExitCode {
    match found {
        Found::All => ExitCode::SUCCESS,
        Found::Missing => ExitCode::from(1),
    }
}

/// `error: ...`, and `hint: ...` on its own line when there is one.
fn failure_lines(failure: &Failure, lang: Lang) -> String {
    let error = fill(lang, Message::Error, &[("message", &failure.message)]);
    match &failure.hint {
        Some(hint) => format!("{error}\n{}", hint_line(lang, hint)),
        None => error,
    }
}

/// `hint: ...`.
pub fn hint_line(lang: Lang, hint: &str) -> String {
    fill(lang, Message::Hint, &[("message", &hint)])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_requested_form_is_built() {
        let json = Output::json_or_text(true, || vec![1, 2], |_| panic!("text not needed"));
        assert_eq!(json.stdout, "[\n  1,\n  2\n]\n");
        let text = Output::json_or_text(
            false,
            || -> Vec<u8> { panic!("json not needed") },
            |out| out.push_str("hello\n"),
        );
        assert_eq!(text.stdout, "hello\n");
        assert_eq!(text.found, Found::All);
    }

    #[test]
    fn missing_adds_a_note_and_exit_status_1() {
        let output = Output::text(String::new()).missing_if(true, || "nothing".to_owned());
        assert_eq!(output.found, Found::Missing);
        assert_eq!(output.notes, ["nothing"]);
        let output = Output::text(String::new()).missing_if(false, || unreachable!());
        assert_eq!(output.found, Found::All);
        assert!(output.notes.is_empty());
    }

    #[test]
    fn failures_are_one_line_plus_an_optional_hint() {
        assert_eq!(
            failure_lines(&Failure::new("bad"), Lang::SOURCE),
            "error: bad"
        );
        assert_eq!(
            failure_lines(&Failure::new("bad").hint("try this"), Lang::SOURCE),
            "error: bad\nhint: try this"
        );
    }

    #[test]
    fn exit_statuses_follow_the_outcome() {
        assert_eq!(exit_status(Found::All), ExitCode::SUCCESS);
        assert_eq!(exit_status(Found::Missing), ExitCode::from(1));
    }
}
