//! `completions SHELL` and `man`: generated from the same definition as `--help`.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::outcome::{Failure, Output};

pub fn completions(shell: clap_complete::Shell) -> Output {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "smtp-codes", &mut script);
    Output::text(String::from_utf8_lossy(&script).into_owned())
}

pub fn man() -> Result<Output, Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Failure::new(format!("cannot render the man page: {e}")))?;
    Ok(Output::text(String::from_utf8_lossy(&page).into_owned()))
}
