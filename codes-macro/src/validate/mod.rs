//! Stage three: checks that need the whole catalogue, and its resolution into the form the
//! generator reads. Every rule reports at the line and column of the offending value, and all
//! rules run, so one build lists every problem; only a catalogue without problems is resolved.

mod codes;
mod digits;
mod matrix;
mod rules;
mod texts;

use proc_macro2::{Ident, Span};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Catalogue, DIGIT_TABLES, Header};
use crate::resolved::{Language, Resolved};
use crate::text::is_variant_name;

use texts::Translator;

/// What every rule needs: where problems go, and the translations of the texts.
pub struct Cx<'a> {
    pub diags: Diagnostics,
    pub translator: Translator<'a>,
}

/// The resolved catalogue, or every problem of it in file order.
pub fn validate(catalogue: &Catalogue) -> Result<Resolved, Vec<Diagnostic>> {
    let mut cx = Cx {
        diags: Diagnostics::default(),
        translator: Translator::default(),
    };
    let languages = catalogue
        .header
        .as_ref()
        .and_then(|h| language(&mut cx.diags, h))
        .into_iter()
        .collect();
    let meanings =
        [0, 1, 2, 3].map(|i| digits::table(&mut cx, &catalogue.digits[i], &DIGIT_TABLES[i]));
    let [classes, subjects, _, enhanced_subjects] = &meanings;
    let codes = codes::basic(&mut cx, catalogue, [classes, subjects]);
    let enhanced = codes::enhanced(&mut cx, catalogue, &codes, enhanced_subjects);
    let matrix = matrix::resolve(&mut cx, catalogue, &codes);
    if !cx.diags.is_empty() {
        return Err(cx.diags.into_sorted());
    }
    Ok(Resolved {
        languages,
        meanings,
        codes,
        enhanced,
        matrix,
    })
}

/// The catalogue's own language: a lowercase tag of two or three letters and its name.
fn language(diags: &mut Diagnostics, header: &Header) -> Option<Language> {
    let tag = &header.language.value;
    let valid = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
    if !valid {
        diags.push(
            header.language.pos,
            format!("language `{tag}` must be a lowercase ISO 639 code such as \"en\""),
        );
        return None;
    }
    rules::text(diags, &header.language_name, "language_name");
    let mut variant = tag.clone();
    variant[..1].make_ascii_uppercase();
    // Two or three ASCII letters, the first upper-case: always a valid identifier.
    is_variant_name(&variant).then(|| Language {
        tag: tag.clone(),
        name: header.language_name.value.clone(),
        variant: Ident::new(&variant, Span::call_site()),
    })
}
