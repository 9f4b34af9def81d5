//! Colour: styles for the parts of a card, and the decision whether to colour at all.
//!
//! Text is always built with ANSI styles; the output stream strips them when colour is off, so
//! rendering has a single path.

use std::io::IsTerminal;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;

/// `--color`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
#[allow(clippy::doc_markdown)] // the variant docs are --help text, not Markdown
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset or empty.
    #[default]
    Auto,
    /// Always colour, even into a pipe.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                !no_color && std::io::stdout().is_terminal()
            }
        }
    }
}

pub const HEADING: Style = Style::new().bold().underline();
pub const CODE: Style = Style::new().bold();
pub const LABEL: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
pub const WARN: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

/// The colour of a class digit: green for success, cyan for "go on", yellow for "try
/// again later", red for failure.
pub const fn class_style(digit: u16) -> Style {
    let color = match digit {
        2 => AnsiColor::Green,
        3 => AnsiColor::Cyan,
        4 => AnsiColor::Yellow,
        _ => AnsiColor::Red,
    };
    Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(color)))
}

/// `text` in `style`.
pub fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}
