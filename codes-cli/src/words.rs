//! The program's own words: the catalogue's `[[message]]`s in the chosen language, with their
//! `{placeholders}` filled in, and the language itself — `--lang`, else the locale, else
//! English. No sentence of the output is written in Rust: adding a language is adding a
//! translation file to the catalogue.

use std::fmt::Display;

use codes_core::{Lang, Message, Role, Status};

use crate::outcome::Failure;

/// The message in `lang`.
pub fn say(lang: Lang, message: Message) -> &'static str {
    message.text_in(lang)
}

/// The message in `lang` with each `{name}` replaced by its value. One pass over the
/// template, so a value that itself holds braces (a user's search words) is kept as it is.
pub fn fill(lang: Lang, message: Message, values: &[(&str, &dyn Display)]) -> String {
    let template = message.text_in(lang);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| Some((close, values.iter().find(|(n, _)| *n == &after[..close])?)));
        match value {
            Some((close, (_, value))) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A list joined with commas and the language's final "and".
pub fn join_and(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => fill(
            lang,
            Message::ListAnd,
            &[("items", &init.join(", ")), ("last", last)],
        ),
    }
}

/// The word for a role of the command–reply matrix (`success`).
pub fn role(lang: Lang, role: Role) -> &'static str {
    say(
        lang,
        match role {
            Role::Success => Message::RoleSuccess,
            Role::Intermediate => Message::RoleIntermediate,
            Role::Error => Message::RoleError,
        },
    )
}

/// The word for a code's status (`standard`).
pub fn status(lang: Lang, status: Status) -> &'static str {
    say(
        lang,
        match status {
            Status::Standard => Message::StatusStandard,
            Status::Extension => Message::StatusExtension,
            Status::Draft => Message::StatusDraft,
            Status::Obsolete => Message::StatusObsolete,
            Status::Deprecated => Message::StatusDeprecated,
            Status::NonStandard => Message::StatusNonStandard,
        },
    )
}

/// Why a file could not be read, in `lang` for the usual reasons.
pub fn io_reason(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => say(lang, Message::NoSuchFile).to_owned(),
        ErrorKind::PermissionDenied => say(lang, Message::PermissionDenied).to_owned(),
        ErrorKind::IsADirectory => say(lang, Message::IsADirectory).to_owned(),
        _ => error.to_string(),
    }
}

/// The language to speak: `--lang` when given (an unknown one is bad input), else the
/// locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`) when the catalogue has it, else the catalogue's
/// own.
pub fn choose(flag: Option<&str>) -> Result<Lang, Failure> {
    let locale = from_locale(sys_locale::get_locale().as_deref());
    match flag {
        None => Ok(locale),
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| {
            let tags: Vec<String> = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
            Failure::new(fill(
                locale,
                Message::UnknownLanguage,
                &[("lang", &tag), ("languages", &tags.join(", "))],
            ))
        }),
    }
}

/// The language of a locale name (`vi_VN.UTF-8`, or `vi-VN` as the locale crate gives it),
/// or the catalogue's own for a locale it has no translation for (`C`, `fr_FR`).
fn from_locale(locale: Option<&str>) -> Lang {
    locale
        .and_then(|name| name.split(['_', '-', '.', '@']).next())
        .and_then(Lang::from_tag)
        .unwrap_or(Lang::SOURCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once() {
        let text = fill(
            Lang::SOURCE,
            Message::NoCodeMentions,
            &[("word", &"{word}")],
        );
        assert_eq!(text, "no code mentions \"{word}\"");
        let text = fill(Lang::SOURCE, Message::Line, &[]);
        assert_eq!(text, "Line {line}:", "an unknown placeholder stays");
    }

    #[test]
    fn locales_choose_a_language_or_fall_back() {
        assert_eq!(from_locale(None), Lang::SOURCE);
        assert_eq!(from_locale(Some("C")), Lang::SOURCE);
        assert_eq!(from_locale(Some("fr_FR.UTF-8")), Lang::SOURCE);
        for lang in Lang::ALL {
            let locale = format!("{}_XX.UTF-8", lang.tag());
            assert_eq!(from_locale(Some(&locale)), lang);
        }
    }

    #[test]
    fn lists_end_with_and() {
        let items: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(join_and(Lang::SOURCE, &items), "a, b and c");
        assert_eq!(join_and(Lang::SOURCE, &items[..1]), "a");
    }
}
