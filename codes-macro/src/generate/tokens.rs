//! Token builders shared by every generated table: texts, references, entries and doc
//! comments. Hand-written types of `codes-core` are named through its `table` module, so
//! the output means the same wherever the macro is called.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::RETIRED;
use crate::resolved::{Entry, Reference, Term, Texts};
use crate::text::doc_escape;

/// `crate::table::Text(&["...", "..."])`: one text in every language.
pub fn text(texts: &Texts) -> TokenStream {
    let items = &texts.0;
    quote! { crate::table::Text(&[#(#items),*]) }
}

/// `::core::option::Option<Text>`.
pub fn opt_text(texts: Option<&Texts>) -> TokenStream {
    match texts {
        Some(t) => {
            let t = text(t);
            quote! { ::core::option::Option::Some(#t) }
        }
        None => quote! { ::core::option::Option::None },
    }
}

/// `&[Reference { text, url }, ...]`.
pub fn references(references: &[Reference]) -> TokenStream {
    let items = references.iter().map(reference);
    quote! { &[#(#items),*] }
}

pub fn reference(reference: &Reference) -> TokenStream {
    let (text, url) = (&reference.text, &reference.url);
    quote! { crate::table::Reference { text: #text, url: #url } }
}

/// `crate::table::Status::Standard`: the variant of a `codes-core` type that means a term.
pub fn term(type_name: &str, term: Term) -> TokenStream {
    let ty = proc_macro2::Ident::new(type_name, proc_macro2::Span::call_site());
    let variant = proc_macro2::Ident::new(term.variant, proc_macro2::Span::call_site());
    quote! { crate::table::#ty::#variant }
}

/// The `Entry` of a code: its texts, keywords, references and status.
pub fn entry(entry: &Entry) -> TokenStream {
    let [title, description, when_seen, fix, use_when] = [
        &entry.title,
        &entry.description,
        &entry.when_seen,
        &entry.fix,
        &entry.use_when,
    ]
    .map(text);
    let keywords = entry.keywords.iter().map(|words| quote! { &[#(#words),*] });
    let refs = references(&entry.references);
    let status = term("Status", entry.status);
    quote! {
        crate::table::Entry {
            title: #title,
            description: #description,
            when_seen: #when_seen,
            fix: #fix,
            use_when: #use_when,
            keywords: crate::table::Words(&[#(#keywords),*]),
            references: #refs,
            status: #status,
        }
    }
}

/// `#[deprecated]` for a retired code.
pub fn deprecation(status: Term, what: &str) -> Option<TokenStream> {
    RETIRED.contains(&status.name).then(|| {
        let note = format!("{what} is {}; see its description", status.name);
        quote! { #[deprecated(note = #note)] }
    })
}

/// Doc attributes, one paragraph after another.
pub fn docs(paragraphs: &[String]) -> TokenStream {
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        lines.push(paragraph.clone());
    }
    quote! { #(#[doc = #lines])* }
}

/// `References: [RFC 5321 §4.2.3](https://...), ...` for rustdoc.
pub fn doc_references(references: &[Reference]) -> String {
    let links: Vec<String> = references
        .iter()
        .map(|r| format!("[{}]({})", doc_escape(&r.text), r.url))
        .collect();
    format!("References: {}.", links.join(", "))
}

/// `Option<EnhancedClass>` for a class digit of the catalogue's `[[enhanced_class]]` table
/// (`None` for every class).
pub fn enhanced_class(catalogue: &crate::resolved::Resolved, class: Option<u16>) -> TokenStream {
    class
        .and_then(|digit| catalogue.meanings[2].iter().find(|m| m.digit == digit))
        .map_or_else(
            || quote! { ::core::option::Option::None },
            |m| {
                let class = &m.variant;
                quote! { ::core::option::Option::Some(EnhancedClass::#class) }
            },
        )
}
