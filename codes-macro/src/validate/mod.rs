//! Stage three: checks that need the whole catalogue, and its resolution into the form the
//! generator reads. Every rule reports at the line and column of the offending value, and all
//! rules run, so one build lists every problem; only a catalogue without problems is resolved.

mod codes;
mod digits;
mod facts;
mod matrix;
mod messages;
mod pairs;
mod reasons;
mod rules;
mod texts;

use proc_macro2::{Ident, Span};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fields::Located;
use crate::model::{Catalogue, DIGIT_TABLES, Header, Translation};
use crate::resolved::{Language, Resolved};
use crate::text::is_variant_name;

use texts::Translator;

/// What every rule needs: where problems go, and the translations of the texts.
pub struct Cx<'a> {
    pub diags: Diagnostics,
    pub translator: Translator<'a>,
}

/// The resolved catalogue, or every problem of it and of its translations (each with the
/// name of its file) in file order.
pub fn validate(
    catalogue: &Catalogue,
    translations: &[(String, Translation)],
) -> Result<Resolved, Vec<Diagnostic>> {
    let mut cx = Cx {
        diags: Diagnostics::default(),
        translator: Translator::new(translations),
    };
    let mut languages: Vec<Language> = catalogue
        .header
        .as_ref()
        .and_then(|h| language(&mut cx.diags, &h.language, &h.language_name))
        .into_iter()
        .collect();
    if let Some(header) = &catalogue.header {
        languages.extend(translated_languages(&mut cx.diags, header, translations));
    }
    let meanings =
        [0, 1, 2, 3].map(|i| digits::table(&mut cx, &catalogue.digits[i], &DIGIT_TABLES[i]));
    let [classes, subjects, _, enhanced_subjects] = &meanings;
    let codes = codes::basic(&mut cx, catalogue, [classes, subjects]);
    let enhanced = codes::enhanced(&mut cx, catalogue, &codes, enhanced_subjects);
    let matrix = matrix::resolve(&mut cx, catalogue, &codes);
    let deviations = messages::deviations(&mut cx, catalogue);
    let messages = messages::messages(&mut cx, catalogue);
    let pairs = pairs::resolve(&mut cx.diags, catalogue, (&codes, &enhanced));
    let reasons = reasons::resolve(&mut cx, catalogue, (&codes, &enhanced));
    let Cx {
        mut diags,
        translator,
    } = cx;
    translator.finish(&mut diags);
    if !diags.is_empty() {
        return Err(diags.into_sorted());
    }
    Ok(Resolved {
        languages,
        meanings,
        codes,
        enhanced,
        matrix,
        deviations,
        messages,
        pairs,
        reasons,
    })
}

/// The language of each translation, checked against the tag the catalogue lists it by.
fn translated_languages(
    diags: &mut Diagnostics,
    header: &Header,
    translations: &[(String, Translation)],
) -> Vec<Language> {
    let mut found = Vec::new();
    let mut seen = std::collections::BTreeMap::new();
    for (listed, (file, translation)) in header.translations.iter().zip(translations) {
        rules::duplicate(
            diags,
            &mut seen,
            &listed.value,
            listed.pos,
            &format!("translation `{}`", listed.value),
        );
        if listed.value == header.language.value {
            diags.push(
                listed.pos,
                format!("`{}` is the catalogue's own language", listed.value),
            );
        }
        let (Some(tag), Some(name)) = (&translation.language, &translation.language_name) else {
            continue;
        };
        if tag.value != listed.value {
            diags.push(
                tag.pos,
                format!(
                    "{file} is listed as language `{}` but says `{}`",
                    listed.value, tag.value
                ),
            );
        }
        found.extend(language(diags, tag, name));
    }
    found
}

/// A language: a lowercase tag of two or three letters and its name.
fn language(
    diags: &mut Diagnostics,
    tag: &Located<String>,
    name: &Located<String>,
) -> Option<Language> {
    let valid =
        (2..=3).contains(&tag.value.len()) && tag.value.bytes().all(|b| b.is_ascii_lowercase());
    if !valid {
        diags.push(
            tag.pos,
            format!(
                "language `{}` must be a lowercase ISO 639 code such as \"en\"",
                tag.value
            ),
        );
        return None;
    }
    rules::text(diags, name, "language_name");
    let mut variant = tag.value.clone();
    variant[..1].make_ascii_uppercase();
    // Two or three ASCII letters, the first upper-case: always a valid identifier.
    is_variant_name(&variant).then(|| Language {
        tag: tag.value.clone(),
        name: name.value.clone(),
        variant: Ident::new(&variant, Span::call_site()),
    })
}
