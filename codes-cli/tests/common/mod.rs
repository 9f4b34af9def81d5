//! What every command-line test needs: the binary, run as a user would, in English unless a
//! test asks for another language, whatever the locale of the machine running the tests.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// The variables the language is chosen from, besides `--lang`.
pub(crate) const LOCALE_VARS: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// `smtp-codes` with no colour forced and no locale set.
pub(crate) fn smtp_codes() -> Command {
    let mut cmd = Command::cargo_bin("smtp-codes").expect("binary built");
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    for var in LOCALE_VARS {
        cmd.env_remove(var);
    }
    cmd
}

pub(crate) fn stdout_of(args: &[&str]) -> String {
    let output = smtp_codes().args(args).output().expect("runs");
    String::from_utf8(output.stdout).expect("utf-8")
}

pub(crate) fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).expect("valid JSON")
}

pub(crate) fn stderr_of(args: &[&str]) -> (Option<i32>, String) {
    let output = smtp_codes().args(args).output().expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Checks that every line of `text` fits an 80-column terminal.
pub(crate) fn assert_fits_80_columns(text: &str) {
    for line in text.lines() {
        let columns = line.chars().count();
        assert!(columns <= 80, "{columns} columns: {line}");
    }
}
