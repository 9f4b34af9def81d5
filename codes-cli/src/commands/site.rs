//! `site DIR`: the reference as a static web site.

use std::path::Path;

use codes_core::{Lang, Message};
use serde::Serialize;

use super::Context;
use crate::outcome::{Failure, Output};
use crate::site;
use crate::words::{fill, io_reason};

/// `site --json`: where the site was written and how many files it has.
#[derive(Serialize)]
struct SiteJson {
    dir: String,
    files: usize,
    pages: usize,
    languages: Vec<&'static str>,
}

pub fn run(ctx: Context, dir: &Path, base_url: Option<&str>) -> Result<Output, Failure> {
    let lang = ctx.lang;
    let files = site::files(base_url);
    site::write(dir, &files).map_err(|e| {
        let reason = io_reason(lang, &e);
        Failure::new(fill(
            lang,
            Message::CannotWriteSite,
            &[("dir", &dir.display()), ("reason", &reason)],
        ))
    })?;
    let pages = files
        .iter()
        .filter(|(path, _)| {
            std::path::Path::new(path)
                .extension()
                .is_some_and(|e| e == "html")
        })
        .count();
    let languages: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    Ok(Output::json_or_text(
        ctx.json,
        || SiteJson {
            dir: dir.display().to_string(),
            files: files.len(),
            pages,
            languages: languages.clone(),
        },
        |out| {
            out.push_str(&fill(
                lang,
                Message::SiteWritten,
                &[
                    ("pages", &pages),
                    ("languages", &languages.join(", ")),
                    ("dir", &dir.display()),
                ],
            ));
            out.push('\n');
        },
    ))
}
