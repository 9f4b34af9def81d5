//! `completions SHELL` and `man`: generated from the same definition as `--help`.

use clap::CommandFactory;

use codes_core::{Lang, Message};

use crate::cli::Cli;
use crate::outcome::{Failure, Output};
use crate::words::fill;

pub fn completions(shell: clap_complete::Shell) -> Output {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "smtp-codes", &mut script);
    Output::text(String::from_utf8_lossy(&script).into_owned())
}

pub fn man(lang: Lang) -> Result<Output, Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Failure::new(fill(lang, Message::CannotRenderMan, &[("reason", &e)])))?;
    Ok(Output::text(String::from_utf8_lossy(&page).into_owned()))
}
