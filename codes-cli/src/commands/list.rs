//! `list [PATTERN] [--after COMMAND]`: catalogued codes, all or those that match.

use codes_core::{Command as SmtpCommand, Message};

use super::Context;
use super::show::codes_json;
use crate::hints::parse_arg;
use crate::outcome::{Failure, Output};
use crate::query::{Code, Query};
use crate::render;
use crate::words::{fill, say};

pub fn run(ctx: Context, pattern: Option<&str>, after: Option<&str>) -> Result<Output, Failure> {
    let mut codes: Vec<Code> = match pattern {
        None => Code::all_catalogued(),
        Some(arg) => match parse_arg(arg, ctx.lang)? {
            Query::Pattern(p) => p.catalogued_matches(),
            Query::Code(code) => vec![code].into_iter().filter(|c| c.known()).collect(),
        },
    };
    let command = match after {
        None => None,
        Some(name) => Some(SmtpCommand::from_name(name).ok_or_else(|| {
            let names: Vec<&str> = SmtpCommand::ALL.iter().map(|c| c.name()).collect();
            Failure::new(fill(
                ctx.lang,
                Message::UnknownCommand,
                &[("command", &name)],
            ))
            .hint(fill(
                ctx.lang,
                Message::CommandsAre,
                &[("commands", &names.join(", "))],
            ))
        })?),
    };
    if let Some(command) = command {
        codes.retain(|code| {
            code.reply_code()
                .is_some_and(|r| r.allowed_after().iter().any(|a| a.command == command))
        });
    }
    Ok(Output::json_or_text(
        ctx.json,
        || codes_json(&codes, ctx.lang),
        |out| render::list::render(out, &codes, command, ctx.lang),
    )
    .missing_if(codes.is_empty(), || match (pattern, after) {
        (Some(p), Some(a)) => fill(
            ctx.lang,
            Message::NoMatchAfter,
            &[("pattern", &p), ("command", &a)],
        ),
        (Some(p), None) => fill(ctx.lang, Message::NoMatch, &[("pattern", &p)]),
        (None, Some(a)) => fill(ctx.lang, Message::NothingFollows, &[("command", &a)]),
        (None, None) => say(ctx.lang, Message::CatalogueEmpty).to_owned(),
    }))
}
