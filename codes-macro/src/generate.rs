//! Stage four: Rust items from a validated catalogue.
//!
//! One catalogue entry becomes one enum variant, its rustdoc and one arm in every accessor, so
//! the generated documentation *is* the catalogue and nothing can drift. Output is sorted (codes
//! by number, enhanced codes by subject and detail) so the same file always gives the same code,
//! and refers to the standard library only through `::core` paths.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{
    Catalogue, CodeEntry, Connection, DigitEntry, EnhancedEntry, Prose, ReplyGroup, Status,
};
use crate::text::{doc_escape, reference_url};
use crate::validate::parse_enhanced;

/// Generates every item `catalogue!` expands to. `tracked_path`, when given, is included with
/// `include_bytes!` so that cargo rebuilds the calling crate when the catalogue changes.
pub fn generate(catalogue: &Catalogue, tracked_path: Option<&str>) -> TokenStream {
    let tracking = tracked_path.map(|path| {
        quote! {
            // Makes cargo rebuild this crate whenever the catalogue file changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    });
    let vocabulary = vocabulary();
    let classes = digit_enum(
        &catalogue.classes,
        &format_ident!("Class"),
        "The class of a basic reply code: its first digit (RFC 5321 §4.2.1). Every well-formed \
         code has one, whether the catalogue knows the code or not.",
        true,
    );
    let subjects = digit_enum(
        &catalogue.subjects,
        &format_ident!("Subject"),
        "The subject of a basic reply code: its second digit (RFC 5321 §4.2.1), 0 to 5.",
        false,
    );
    let enhanced_classes = digit_enum(
        &catalogue.enhanced_classes,
        &format_ident!("EnhancedClass"),
        "The class of an enhanced status code: its first number (RFC 3463 §3.1), 2, 4 or 5.",
        false,
    );
    let enhanced_subjects = digit_enum(
        &catalogue.enhanced_subjects,
        &format_ident!("EnhancedSubject"),
        "The subject of an enhanced status code: its second number (RFC 3463 §3.2).",
        false,
    );
    let matrix = Matrix::build(catalogue);
    let reply_code = reply_code_enum(catalogue, &matrix);
    let enhanced_code = enhanced_code_enum(catalogue);
    let command = command_enum(catalogue, &matrix);
    let macros = checked_macros(catalogue);
    quote! {
        #tracking
        #vocabulary
        #classes
        #subjects
        #enhanced_classes
        #enhanced_subjects
        #reply_code
        #enhanced_code
        #command
        #macros
    }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn u16_of(n: i64) -> u16 {
    u16::try_from(n).unwrap_or_default()
}

/// The types that describe catalogue data rather than list it: they are the same for every
/// catalogue, but live here so that the generated code refers to nothing outside itself.
fn vocabulary() -> TokenStream {
    quote! {
        /// How established a code is, as the catalogue records it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Status {
            /// Defined by a standards-track core document (RFC 5321, RFC 3463).
            Standard,
            /// Defined by an SMTP service extension.
            Extension,
            /// No longer used; kept so old logs can still be explained.
            Obsolete,
            /// Marked deprecated in its registry.
            Deprecated,
            /// Seen in practice but not defined by any standard.
            NonStandard,
        }

        impl Status {
            /// The name the catalogue uses: `"standard"`, `"extension"`, `"obsolete"`,
            /// `"deprecated"` or `"non-standard"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::Standard => "standard",
                    Self::Extension => "extension",
                    Self::Obsolete => "obsolete",
                    Self::Deprecated => "deprecated",
                    Self::NonStandard => "non-standard",
                }
            }

            /// Whether new software should avoid sending a code with this status.
            pub const fn is_retired(self) -> bool {
                matches!(self, Self::Obsolete | Self::Deprecated)
            }
        }

        /// What a reply does to the connection, when it does more than answer a command.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Connection {
            /// The reply greets a new session (or a new TLS session).
            Opens,
            /// The server closes the connection after sending the reply.
            Closes,
        }

        impl Connection {
            /// `"opens"` or `"closes"`, as in the catalogue.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::Opens => "opens",
                    Self::Closes => "closes",
                }
            }
        }

        /// The role a reply plays after a command (RFC 5321 §4.3.2: S, I and E).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Role {
            /// The command succeeded.
            Success,
            /// The server waits for more from the client (354 after DATA, 334 during AUTH).
            Intermediate,
            /// The command failed, for now or for good.
            Error,
        }

        impl Role {
            /// `"success"`, `"intermediate"` or `"error"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::Success => "success",
                    Self::Intermediate => "intermediate",
                    Self::Error => "error",
                }
            }
        }

        /// A document that defines or uses a code, with its address.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct Reference {
            /// As the catalogue writes it: `"RFC 5321 §4.2.3"`.
            pub text: &'static str,
            /// Where to read it: `"https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"`.
            pub url: &'static str,
        }

        impl ::core::fmt::Display for Reference {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.text)
            }
        }

        /// One cell of the command–reply matrix: `code` may answer `command` in `role`, as
        /// `reference` says.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct AllowedReply {
            /// The command (or event) the reply answers.
            pub command: Command,
            /// The reply.
            pub code: ReplyCode,
            /// What the reply means there.
            pub role: Role,
            /// The document that lists it.
            pub reference: Reference,
        }
    }
}

fn references_tokens<'a>(references: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let items = references.into_iter().map(|text| {
        let url = reference_url(text);
        quote! { Reference { text: #text, url: #url } }
    });
    quote! { &[#(#items),*] }
}

fn references_of(list: &crate::fields::Located<Vec<crate::fields::Located<String>>>) -> Vec<&str> {
    list.value.iter().map(|r| r.value.as_str()).collect()
}

fn doc_references(references: &[&str]) -> String {
    let links: Vec<String> = references
        .iter()
        .map(|r| format!("[{}]({})", doc_escape(r), reference_url(r)))
        .collect();
    format!("References: {}.", links.join(", "))
}

/// Doc attributes, one per paragraph.
fn docs(paragraphs: &[String]) -> TokenStream {
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        lines.push(paragraph.clone());
    }
    quote! { #(#[doc = #lines])* }
}

fn digit_enum(
    entries: &[DigitEntry],
    name: &Ident,
    summary: &str,
    with_action: bool,
) -> TokenStream {
    let mut entries: Vec<&DigitEntry> = entries.iter().collect();
    entries.sort_by_key(|e| e.digit.value);
    let variants: Vec<Ident> = entries.iter().map(|e| ident(&e.variant.value)).collect();
    let digits: Vec<Literal> = entries
        .iter()
        .map(|e| Literal::u16_unsuffixed(u16_of(e.digit.value)))
        .collect();
    let names: Vec<&str> = entries.iter().map(|e| e.name.value.as_str()).collect();
    let descriptions: Vec<&str> = entries
        .iter()
        .map(|e| e.description.value.as_str())
        .collect();
    let references: Vec<TokenStream> = entries
        .iter()
        .map(|e| references_tokens(references_of(&e.references)))
        .collect();
    let variant_docs = entries.iter().map(|e| {
        docs(&[
            format!("**{}** — {}", e.digit.value, doc_escape(&e.name.value)),
            doc_escape(&e.description.value),
            doc_references(&references_of(&e.references)),
        ])
    });
    let count = entries.len();
    let action = with_action.then(|| {
        let actions = entries
            .iter()
            .map(|e| e.action.as_ref().map_or("", |a| a.value.as_str()));
        let retries = entries
            .iter()
            .map(|e| e.retry.as_ref().map_or("", |a| a.value.as_str()));
        quote! {
            /// What a client does next when it receives a reply of this class.
            pub const fn action(self) -> &'static str {
                match self { #(Self::#variants => #actions,)* }
            }

            /// Whether and how a client retries after a reply of this class.
            pub const fn retry(self) -> &'static str {
                match self { #(Self::#variants => #retries,)* }
            }
        }
    });
    let summary_doc = docs(&[summary.to_owned()]);
    quote! {
        #summary_doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#variant_docs #variants,)*
        }

        impl #name {
            /// Every value, in numeric order.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The value for a digit, if there is one.
            pub const fn from_digit(digit: u16) -> ::core::option::Option<Self> {
                match digit {
                    #(#digits => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The digit.
            pub const fn digit(self) -> u16 {
                match self { #(Self::#variants => #digits,)* }
            }

            /// The name the standard gives it.
            pub const fn name(self) -> &'static str {
                match self { #(Self::#variants => #names,)* }
            }

            /// What it tells a client or an operator.
            pub const fn description(self) -> &'static str {
                match self { #(Self::#variants => #descriptions,)* }
            }

            #action

            /// Where it is defined.
            pub const fn references(self) -> &'static [Reference] {
                match self { #(Self::#variants => #references,)* }
            }
        }
    }
}

fn status_tokens(status: Status) -> TokenStream {
    match status {
        Status::Standard => quote!(Status::Standard),
        Status::Extension => quote!(Status::Extension),
        Status::Obsolete => quote!(Status::Obsolete),
        Status::Deprecated => quote!(Status::Deprecated),
        Status::NonStandard => quote!(Status::NonStandard),
    }
}

fn deprecation(status: Status, what: &str) -> Option<TokenStream> {
    let note = match status {
        Status::Obsolete => format!("{what} is obsolete; see its description"),
        Status::Deprecated => format!("{what} is deprecated in its registry; see its description"),
        _ => return None,
    };
    Some(quote! { #[deprecated(note = #note)] })
}

/// The command–reply matrix in both directions, with `[[any_command]]` rules spelled out.
struct Matrix {
    /// (command variant, code, role, reference), in catalogue order.
    cells: Vec<(String, i64, &'static str, String)>,
}

impl Matrix {
    fn build(catalogue: &Catalogue) -> Self {
        let mut cells = Vec::new();
        let mut push_group = |command: &str, group: &ReplyGroup| {
            for (role, codes) in [
                ("Success", &group.success),
                ("Intermediate", &group.intermediate),
                ("Error", &group.error),
            ] {
                for code in codes {
                    cells.push((
                        command.to_owned(),
                        code.value,
                        role,
                        group.reference.value.clone(),
                    ));
                }
            }
        };
        for command in &catalogue.commands {
            for group in &command.replies {
                push_group(&command.variant.value, group);
            }
        }
        for rule in &catalogue.any_command {
            for command in &catalogue.commands {
                if !rule.except.iter().any(|e| e.value == command.name.value) {
                    push_group(&command.variant.value, &rule.group);
                }
            }
        }
        Matrix { cells }
    }

    fn cell_tokens(
        cell: &(String, i64, &'static str, String),
        codes: &BTreeMap<i64, String>,
    ) -> TokenStream {
        let (command, code, role, reference) = cell;
        let command = ident(command);
        let code = ident(codes.get(code).map_or("", String::as_str));
        let role = ident(role);
        let url = reference_url(reference);
        quote! {
            AllowedReply {
                command: Command::#command,
                code: ReplyCode::#code,
                role: Role::#role,
                reference: Reference { text: #reference, url: #url },
            }
        }
    }
}

fn sorted_codes(catalogue: &Catalogue) -> Vec<&CodeEntry> {
    let mut codes: Vec<&CodeEntry> = catalogue.codes.iter().collect();
    codes.sort_by_key(|c| c.code.value);
    codes
}

fn sorted_enhanced(catalogue: &Catalogue) -> Vec<(&EnhancedEntry, u16, u16)> {
    let mut enhanced: Vec<(&EnhancedEntry, u16, u16)> = catalogue
        .enhanced
        .iter()
        .filter_map(|e| parse_enhanced(&e.code.value).map(|(s, d)| (e, s, d)))
        .collect();
    enhanced.sort_by_key(|(_, s, d)| (*s, *d));
    enhanced
}

fn code_variant_names(catalogue: &Catalogue) -> BTreeMap<i64, String> {
    catalogue
        .codes
        .iter()
        .map(|c| (c.code.value, c.variant.value.clone()))
        .collect()
}

fn class_variant(catalogue: &Catalogue, digit: i64) -> Ident {
    let name = catalogue
        .classes
        .iter()
        .find(|c| c.digit.value == digit)
        .map_or("", |c| c.variant.value.as_str());
    ident(name)
}

fn subject_variant(catalogue: &Catalogue, digit: i64) -> Ident {
    let name = catalogue
        .subjects
        .iter()
        .find(|c| c.digit.value == digit)
        .map_or("", |c| c.variant.value.as_str());
    ident(name)
}

/// The accessors every catalogued code has, basic or enhanced: title, the prose fields,
/// keywords, references and status, one `match` arm per variant.
fn entry_accessors(variants: &[Ident], entries: &[(&str, &Prose, Status)]) -> TokenStream {
    let titles = entries.iter().map(|(title, _, _)| *title);
    let text = |get: fn(&Prose) -> &str| {
        entries
            .iter()
            .map(move |(_, prose, _)| get(prose))
            .collect::<Vec<&str>>()
    };
    let descriptions = text(|p| &p.description.value);
    let when_seen = text(|p| &p.when_seen.value);
    let fixes = text(|p| &p.fix.value);
    let use_when = text(|p| &p.use_when.value);
    let keywords = entries.iter().map(|(_, prose, _)| {
        let words = prose.keywords.iter().map(|k| k.value.as_str());
        quote! { &[#(#words),*] }
    });
    let references = entries
        .iter()
        .map(|(_, prose, _)| references_tokens(references_of(&prose.references)));
    let statuses = entries.iter().map(|(_, _, status)| status_tokens(*status));
    quote! {
        /// A short title.
        pub const fn title(self) -> &'static str {
            match self { #(Self::#variants => #titles,)* }
        }

        /// What the code tells the client, and what that means for it.
        pub const fn description(self) -> &'static str {
            match self { #(Self::#variants => #descriptions,)* }
        }

        /// When in the session the code arrives, and its usual causes.
        pub const fn when_seen(self) -> &'static str {
            match self { #(Self::#variants => #when_seen,)* }
        }

        /// What to do about it: the sending side, then the receiving side.
        pub const fn fix(self) -> &'static str {
            match self { #(Self::#variants => #fixes,)* }
        }

        /// For server authors: when this is the right code to send, and which neighbour fits
        /// a nearby case instead.
        pub const fn use_when(self) -> &'static str {
            match self { #(Self::#variants => #use_when,)* }
        }

        /// Words operators search for that the title does not contain.
        pub const fn keywords(self) -> &'static [&'static str] {
            match self { #(Self::#variants => #keywords,)* }
        }

        /// The documents that define the code.
        pub const fn references(self) -> &'static [Reference] {
            match self { #(Self::#variants => #references,)* }
        }

        /// How established the code is.
        pub const fn status(self) -> Status {
            match self { #(Self::#variants => #statuses,)* }
        }
    }
}

fn reply_code_enum(catalogue: &Catalogue, matrix: &Matrix) -> TokenStream {
    let codes = sorted_codes(catalogue);
    let names = code_variant_names(catalogue);
    let variants: Vec<Ident> = codes.iter().map(|c| ident(&c.variant.value)).collect();
    let numbers: Vec<Literal> = codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(u16_of(c.code.value)))
        .collect();
    let reply_texts = codes.iter().map(|c| c.reply_text.value.as_str());
    let common = entry_accessors(
        &variants,
        &codes
            .iter()
            .map(|c| (c.title.value.as_str(), &c.prose, c.status.value))
            .collect::<Vec<_>>(),
    );
    let connections = codes
        .iter()
        .map(|c| match c.connection.as_ref().map(|l| l.value) {
            None => quote!(::core::option::Option::None),
            Some(Connection::Opens) => quote!(::core::option::Option::Some(Connection::Opens)),
            Some(Connection::Closes) => quote!(::core::option::Option::Some(Connection::Closes)),
        });
    let classes = codes
        .iter()
        .map(|c| class_variant(catalogue, c.code.value / 100));
    let subjects = codes
        .iter()
        .map(|c| subject_variant(catalogue, c.code.value / 10 % 10));
    let enhanced_of = codes.iter().map(|c| {
        let linked = sorted_enhanced(catalogue)
            .into_iter()
            .filter(|(e, _, _)| e.basic.iter().any(|b| b.value == c.code.value))
            .map(|(e, _, _)| ident(&e.variant.value));
        quote! { &[#(EnhancedCode::#linked),*] }
    });
    let allowed_after = codes.iter().map(|c| {
        let cells = matrix
            .cells
            .iter()
            .filter(|cell| cell.1 == c.code.value)
            .map(|cell| Matrix::cell_tokens(cell, &names));
        quote! { &[#(#cells),*] }
    });
    let variant_docs = codes.iter().map(|c| {
        let mut paragraphs = vec![
            format!(
                "**{} {}** — `{}`",
                c.code.value,
                doc_escape(&c.title.value),
                c.reply_text.value.replace('`', "'")
            ),
            doc_escape(&c.prose.description.value),
        ];
        paragraphs.push(doc_references(&references_of(&c.prose.references)));
        let deprecated = deprecation(c.status.value, &format!("reply code {}", c.code.value));
        let text = docs(&paragraphs);
        quote! { #text #deprecated }
    });
    let count = codes.len();
    let repr = (!codes.is_empty()).then(|| quote!(#[repr(u16)]));
    let table: Vec<String> = codes
        .iter()
        .map(|c| {
            format!(
                "| {} | [`{}`](Self::{}) | {} |",
                c.code.value,
                c.variant.value,
                c.variant.value,
                doc_escape(&c.title.value)
            )
        })
        .collect();
    let discriminants = numbers.iter().map(|n| quote!(= #n));
    quote! {
        /// A basic SMTP reply code from the catalogue: one variant per code.
        ///
        /// The enum is exhaustive on purpose: a `match` without a wildcard arm makes the
        /// compiler list every code you have not handled. Adding a code to the catalogue is
        /// therefore a breaking change of the library. Codes outside the catalogue still occur
        /// on the wire; [`BasicCode`] holds any well-formed code.
        ///
        /// Generated from `catalogue.toml` by `codes-macro`; edit the catalogue, not this code.
        ///
        /// | Code | Variant | Title |
        /// |------|---------|-------|
        #(#[doc = #table])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #repr
        pub enum ReplyCode {
            #(#variant_docs #variants #discriminants,)*
        }

        #[allow(deprecated)]
        impl ReplyCode {
            /// Every catalogued code, in numeric order.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The catalogued code with this number, if there is one.
            pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
                match code {
                    #(#numbers => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The three-digit number.
            pub const fn as_u16(self) -> u16 {
                match self { #(Self::#variants => #numbers,)* }
            }

            #common

            /// The reply text the defining document prints, e.g. `<domain> Service ready`.
            pub const fn reply_text(self) -> &'static str {
                match self { #(Self::#variants => #reply_texts,)* }
            }

            /// Whether the reply opens or closes the connection, when it does either.
            pub const fn connection(self) -> ::core::option::Option<Connection> {
                match self { #(Self::#variants => #connections,)* }
            }

            /// The class: the meaning of the first digit.
            pub const fn class(self) -> Class {
                match self { #(Self::#variants => Class::#classes,)* }
            }

            /// The subject: the meaning of the second digit.
            pub const fn subject(self) -> Subject {
                match self { #(Self::#variants => Subject::#subjects,)* }
            }

            /// The enhanced status codes the IANA registry associates with this code.
            pub const fn enhanced(self) -> &'static [EnhancedCode] {
                match self { #(Self::#variants => #enhanced_of,)* }
            }

            /// The commands after which the documents allow this code, with its role there.
            pub const fn allowed_after(self) -> &'static [AllowedReply] {
                match self { #(Self::#variants => #allowed_after,)* }
            }
        }
    }
}

fn enhanced_code_enum(catalogue: &Catalogue) -> TokenStream {
    let enhanced = sorted_enhanced(catalogue);
    let names = code_variant_names(catalogue);
    let variants: Vec<Ident> = enhanced
        .iter()
        .map(|(e, _, _)| ident(&e.variant.value))
        .collect();
    let subject_numbers: Vec<Literal> = enhanced
        .iter()
        .map(|(_, s, _)| Literal::u16_unsuffixed(*s))
        .collect();
    let details: Vec<Literal> = enhanced
        .iter()
        .map(|(_, _, d)| Literal::u16_unsuffixed(*d))
        .collect();
    let codes: Vec<&str> = enhanced
        .iter()
        .map(|(e, _, _)| e.code.value.as_str())
        .collect();
    let common = entry_accessors(
        &variants,
        &enhanced
            .iter()
            .map(|(e, _, _)| (e.title.value.as_str(), &e.prose, e.status.value))
            .collect::<Vec<_>>(),
    );
    let subjects = enhanced.iter().map(|(_, s, _)| {
        let name = catalogue
            .enhanced_subjects
            .iter()
            .find(|x| x.digit.value == i64::from(*s))
            .map_or("", |x| x.variant.value.as_str());
        ident(name)
    });
    let basics = enhanced.iter().map(|(e, _, _)| {
        let mut linked: Vec<i64> = e.basic.iter().map(|b| b.value).collect();
        linked.sort_unstable();
        let linked = linked
            .into_iter()
            .map(|b| ident(names.get(&b).map_or("", String::as_str)));
        quote! { &[#(ReplyCode::#linked),*] }
    });
    let uncatalogued = enhanced.iter().map(|(e, _, _)| {
        let mut numbers: Vec<u16> = e
            .basic_uncatalogued
            .iter()
            .map(|b| u16_of(b.value))
            .collect();
        numbers.sort_unstable();
        quote! { &[#(#numbers),*] }
    });
    let variant_docs = enhanced.iter().map(|(e, _, _)| {
        let mut basic: Vec<String> = e
            .basic
            .iter()
            .chain(&e.basic_uncatalogued)
            .map(|b| b.value.to_string())
            .collect();
        basic.sort();
        let mut paragraphs = vec![
            format!("**{} {}**", e.code.value, doc_escape(&e.title.value)),
            doc_escape(&e.prose.description.value),
        ];
        if !basic.is_empty() {
            paragraphs.push(format!("Associated basic codes: {}.", basic.join(", ")));
        }
        paragraphs.push(doc_references(&references_of(&e.prose.references)));
        let text = docs(&paragraphs);
        let deprecated = deprecation(
            e.status.value,
            &format!("enhanced status code {}", e.code.value),
        );
        quote! { #text #deprecated }
    });
    let count = enhanced.len();
    quote! {
        /// An enhanced status code of the IANA registry, written class-independently (`X.1.1`):
        /// one variant per catalogued code.
        ///
        /// Like [`ReplyCode`], the enum is exhaustive, so adding a code is a breaking change.
        /// Codes outside the catalogue (`5.7.606`) are held by [`EnhancedStatus`].
        ///
        /// Generated from `catalogue.toml` by `codes-macro`; edit the catalogue, not this code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EnhancedCode {
            #(#variant_docs #variants,)*
        }

        #[allow(deprecated)]
        impl EnhancedCode {
            /// Every catalogued code, ordered by subject, then detail.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The catalogued code with this subject and detail, if there is one.
            pub const fn from_parts(subject: u16, detail: u16) -> ::core::option::Option<Self> {
                match (subject, detail) {
                    #((#subject_numbers, #details) => ::core::option::Option::Some(Self::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The code as the registry writes it, with `X` for the class: `"X.1.1"`.
            pub const fn as_str(self) -> &'static str {
                match self { #(Self::#variants => #codes,)* }
            }

            /// The subject number (the `1` of `X.1.1`).
            pub const fn subject_number(self) -> u16 {
                match self { #(Self::#variants => #subject_numbers,)* }
            }

            /// The detail number (the last `1` of `X.1.1`).
            pub const fn detail(self) -> u16 {
                match self { #(Self::#variants => #details,)* }
            }

            /// The subject: the meaning of the second number.
            pub const fn subject(self) -> EnhancedSubject {
                match self { #(Self::#variants => EnhancedSubject::#subjects,)* }
            }

            #common

            /// The catalogued basic reply codes the IANA registry associates with this code.
            pub const fn basic(self) -> &'static [ReplyCode] {
                match self { #(Self::#variants => #basics,)* }
            }

            /// Basic codes the registry also associates with this code but that no RFC defines
            /// as a reply, so the catalogue has no entry for them (523 with X.7.10).
            pub const fn basic_uncatalogued(self) -> &'static [u16] {
                match self { #(Self::#variants => #uncatalogued,)* }
            }
        }
    }
}

fn command_enum(catalogue: &Catalogue, matrix: &Matrix) -> TokenStream {
    let names_by_code = code_variant_names(catalogue);
    let commands = &catalogue.commands;
    let variants: Vec<Ident> = commands.iter().map(|c| ident(&c.variant.value)).collect();
    let names: Vec<&str> = commands.iter().map(|c| c.name.value.as_str()).collect();
    let syntaxes = commands.iter().map(|c| c.syntax.value.as_str());
    let descriptions = commands.iter().map(|c| c.description.value.as_str());
    let references = commands
        .iter()
        .map(|c| references_tokens(references_of(&c.references)));
    let allowed = commands.iter().map(|c| {
        let cells = matrix
            .cells
            .iter()
            .filter(|cell| cell.0 == c.variant.value)
            .map(|cell| Matrix::cell_tokens(cell, &names_by_code));
        quote! { &[#(#cells),*] }
    });
    let variant_docs = commands.iter().map(|c| {
        docs(&[
            format!(
                "**{}** — `{}`",
                doc_escape(&c.name.value),
                c.syntax.value.replace('`', "'")
            ),
            doc_escape(&c.description.value),
            doc_references(&references_of(&c.references)),
        ])
    });
    let count = commands.len();
    quote! {
        /// An SMTP command, or an event that draws a reply (`CONNECT` for the greeting,
        /// `DATA-END` for the reply to the final `.`), in session order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Command {
            #(#variant_docs #variants,)*
        }

        #[allow(deprecated)]
        impl Command {
            /// Every command, in the order a session meets them.
            pub const ALL: [Self; #count] = [#(Self::#variants),*];

            /// The name as written on the wire (`"RCPT"`), or `"CONNECT"` / `"DATA-END"`.
            pub const fn name(self) -> &'static str {
                match self { #(Self::#variants => #names,)* }
            }

            /// The command with this name, ignoring ASCII case.
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                #(if name.eq_ignore_ascii_case(#names) { return ::core::option::Option::Some(Self::#variants); })*
                ::core::option::Option::None
            }

            /// How a client sends it.
            pub const fn syntax(self) -> &'static str {
                match self { #(Self::#variants => #syntaxes,)* }
            }

            /// What the command does.
            pub const fn description(self) -> &'static str {
                match self { #(Self::#variants => #descriptions,)* }
            }

            /// The documents that define it.
            pub const fn references(self) -> &'static [Reference] {
                match self { #(Self::#variants => #references,)* }
            }

            /// The replies the documents allow after this command, with their roles.
            pub const fn allowed_replies(self) -> &'static [AllowedReply] {
                match self { #(Self::#variants => #allowed,)* }
            }
        }
    }
}

/// `reply_code!(250)` and `enhanced_code!(X.1.1)`: a constant when the code is catalogued, a
/// compile error naming the code when it is not.
fn checked_macros(catalogue: &Catalogue) -> TokenStream {
    let codes = sorted_codes(catalogue);
    let numbers = codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(u16_of(c.code.value)));
    let variants: Vec<Ident> = codes.iter().map(|c| ident(&c.variant.value)).collect();
    let enhanced = sorted_enhanced(catalogue);
    let enhanced_variants: Vec<Ident> = enhanced
        .iter()
        .map(|(e, _, _)| ident(&e.variant.value))
        .collect();
    let enhanced_strings: Vec<&str> = enhanced
        .iter()
        .map(|(e, _, _)| e.code.value.as_str())
        .collect();
    let enhanced_tokens: Vec<TokenStream> = enhanced_strings
        .iter()
        .map(|s| s.parse::<TokenStream>().unwrap_or_default())
        .collect();
    quote! {
        /// The catalogued [`ReplyCode`] for a number, checked at compile time:
        /// `reply_code!(250)` is `ReplyCode::Ok`, and a code that is not in the catalogue is a
        /// compile error that names it. Usable in `const` items.
        ///
        /// ```
        /// use codes_core::{reply_code, ReplyCode};
        /// const GREETING: ReplyCode = reply_code!(220);
        /// assert_eq!(GREETING.as_u16(), 220);
        /// ```
        #[macro_export]
        macro_rules! reply_code {
            #((#numbers) => { $crate::ReplyCode::#variants };)*
            ($code:literal) => {
                ::core::compile_error!(::core::concat!(
                    "reply code ", ::core::stringify!($code),
                    " is not in the catalogue (catalogue.toml); `smtp-codes list` shows the codes it has"
                ))
            };
            ($($other:tt)*) => {
                ::core::compile_error!(::core::concat!(
                    "reply_code! takes one three-digit code, such as reply_code!(250); found `",
                    ::core::stringify!($($other)*), "`"
                ))
            };
        }

        /// The catalogued [`EnhancedCode`] for `X.S.D`, checked at compile time:
        /// `enhanced_code!(X.1.1)` (or `enhanced_code!("X.1.1")`) is
        /// `EnhancedCode::BadDestinationMailboxAddress`, and a code that is not in the
        /// catalogue is a compile error that names it. Usable in `const` items.
        ///
        /// ```
        /// use codes_core::{enhanced_code, EnhancedCode};
        /// const UNKNOWN_USER: EnhancedCode = enhanced_code!(X.1.1);
        /// assert_eq!(UNKNOWN_USER.as_str(), "X.1.1");
        /// ```
        #[macro_export]
        macro_rules! enhanced_code {
            #((#enhanced_tokens) => { $crate::EnhancedCode::#enhanced_variants };)*
            #((#enhanced_strings) => { $crate::EnhancedCode::#enhanced_variants };)*
            ($code:literal) => {
                ::core::compile_error!(::core::concat!(
                    "enhanced status code ", $code,
                    " is not in the catalogue (catalogue.toml); write it as \"X.S.D\", e.g. \"X.1.1\""
                ))
            };
            ($($code:tt)*) => {
                ::core::compile_error!(::core::concat!(
                    "enhanced status code ", ::core::stringify!($($code)*),
                    " is not in the catalogue (catalogue.toml); write it as X.S.D, e.g. X.1.1"
                ))
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_catalogue_still_generates_every_item() {
        // This is the fallback emitted next to compile errors: it must define every type so
        // users see the catalogue's errors rather than follow-on ones.
        let text = generate(&Catalogue::default(), None).to_string();
        for item in [
            "enum ReplyCode",
            "enum EnhancedCode",
            "enum Class",
            "enum Subject",
            "enum Command",
            "macro_rules ! reply_code",
        ] {
            assert!(text.contains(item), "missing {item}");
        }
        assert!(!text.contains("repr"), "an empty enum cannot have a repr");
    }

    #[test]
    fn output_is_deterministic_and_sorted_by_code() {
        let source = crate::tests::fixture();
        let catalogue = crate::model::parse(&source).expect("fixture parses");
        let first = generate(&catalogue, Some("/x/catalogue.toml")).to_string();
        let second = generate(&catalogue, Some("/x/catalogue.toml")).to_string();
        assert_eq!(first, second);
        let ok = first.find("Ok = 250").expect("250 generated");
        let ready = first.find("ServiceReady = 220").expect("220 generated");
        assert!(ready < ok, "220 must come before 250");
        assert!(first.contains("include_bytes ! (\"/x/catalogue.toml\")"));
    }
}
