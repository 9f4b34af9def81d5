//! The build-time half of the SMTP reply-code catalogue.
//!
//! `catalogue!("catalogue.toml")` reads the catalogue, relative to the calling crate's
//! `CARGO_MANIFEST_DIR`, and expands to the `ReplyCode`, `EnhancedCode`, `Class`, `Subject`,
//! `EnhancedClass`, `EnhancedSubject`, `Command` and `Lang` enums with one table of rows each,
//! and the `reply_code!` and `enhanced_code!` macros. The accessors over those tables are
//! written by hand in `codes-core`, which calls this macro once; use it through that crate.
//!
//! The work is four plain functions, each unit-tested on its own:
//! read (`source::read`) → model (`model::parse`) → validate (`validate::validate`, which
//! returns the resolved catalogue) → generate (`generate::generate`). A bad catalogue becomes
//! one compile error per problem, each naming the file, line and column; the macro never
//! panics.
//!
//! Set `CODES_DEBUG=1` while building to print the expansion on standard error.

// Modules are private and use plain `pub` for their items: only the macro is exported.
#![allow(unreachable_pub)]

mod diagnostic;
mod fields;
mod generate;
mod model;
mod resolved;
mod source;
mod text;
mod validate;

use proc_macro2::TokenStream;
use syn::LitStr;

use crate::diagnostic::Diagnostic;
use crate::resolved::Resolved;

/// Expands the catalogue file named by a string literal into the catalogue types.
///
/// The path is relative to the calling crate's directory (`CARGO_MANIFEST_DIR`); absolute paths
/// are rejected so that a crate builds the same on every machine.
#[proc_macro]
pub fn catalogue(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let output = match syn::parse::<LitStr>(input) {
        Ok(path) => expand(&path, std::env::var_os("CARGO_MANIFEST_DIR").as_deref()),
        Err(error) => {
            let message = "catalogue! takes the path of the catalogue file as a string literal, \
                           e.g. catalogue!(\"catalogue.toml\")";
            syn::Error::new(error.span(), message).to_compile_error()
        }
    };
    if std::env::var_os("CODES_DEBUG").is_some_and(|v| !v.is_empty() && v != "0") {
        eprintln!("{output}");
    }
    output.into()
}

/// Everything but the proc-macro plumbing, so tests can call it.
fn expand(literal: &LitStr, manifest_dir: Option<&std::ffi::OsStr>) -> TokenStream {
    let written = literal.value();
    let (path, text) = match source::read(manifest_dir, &written) {
        Ok(found) => found,
        Err(message) => return compile_errors(literal, vec![message]),
    };
    let mut files = vec![written.clone()];
    let mut tracked = vec![path.to_string_lossy().into_owned()];
    let catalogue = match model::parse(0, &text) {
        Ok(catalogue) => catalogue,
        Err(problems) => return compile_errors(literal, render(&problems, &files)),
    };
    // The header names the translations, each in a file beside the catalogue.
    let mut translations = Vec::new();
    let mut problems = Vec::new();
    let tags = catalogue
        .header
        .as_ref()
        .map_or(&[][..], |h| &h.translations[..]);
    for tag in tags {
        let file = source::translation_file(&written, &tag.value);
        match source::read(manifest_dir, &file) {
            Ok((path, text)) => {
                tracked.push(path.to_string_lossy().into_owned());
                translations.push((file.clone(), text));
            }
            Err(message) => problems.push(Diagnostic::new(tag.pos, message)),
        }
        files.push(file);
    }
    if !problems.is_empty() {
        return compile_errors(literal, render(&problems, &files));
    }
    match resolve(&catalogue, &translations) {
        Ok(resolved) => generate::generate(&resolved, &tracked),
        Err(problems) => compile_errors(literal, render(&problems, &files)),
    }
}

fn render(problems: &[Diagnostic], files: &[String]) -> Vec<String> {
    problems.iter().map(|p| p.render(files)).collect()
}

/// One compile error per message, and next to them every type, built from an empty
/// catalogue, so that users see the catalogue's errors rather than dozens of follow-on ones
/// about missing items.
fn compile_errors(literal: &LitStr, messages: Vec<String>) -> TokenStream {
    let mut errors = messages
        .into_iter()
        .map(|m| syn::Error::new(literal.span(), m));
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(literal.span(), "catalogue error"));
    for error in errors {
        first.combine(error);
    }
    let errors = first.to_compile_error();
    let fallback = generate::generate(&Resolved::fallback(), &[]);
    quote::quote! { #errors #fallback }
}

/// Models and validates catalogue text without translations: the resolved catalogue, or
/// every problem in file order.
#[cfg(test)]
fn load(text: &str) -> Result<Resolved, Vec<Diagnostic>> {
    load_with(text, &[])
}

/// Models and validates catalogue text with its translations (each file's name and text, in
/// the order the catalogue lists them).
#[cfg(test)]
fn load_with(text: &str, translations: &[(String, String)]) -> Result<Resolved, Vec<Diagnostic>> {
    resolve(&model::parse(0, text)?, translations)
}

/// Models the translations and validates the catalogue with them.
fn resolve(
    catalogue: &model::Catalogue,
    translations: &[(String, String)],
) -> Result<Resolved, Vec<Diagnostic>> {
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for (i, (file, text)) in translations.iter().enumerate() {
        match model::parse_translation(i + 1, text) {
            Ok(translation) => parsed.push((file.clone(), translation)),
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    validate::validate(catalogue, &parsed)
}

#[cfg(test)]
mod tests;
