//! Every text in every language: the catalogue's own text first, then one per translation.

use super::rules::text;
use crate::diagnostic::Diagnostics;
use crate::fields::Located;
use crate::model::Prose;
use crate::resolved::Texts;

/// The texts of one entry in every language, by field name.
pub struct Translated(Vec<(&'static str, Texts)>);

impl Translated {
    /// The field `name` in every language, if the entry has it.
    pub fn take(&mut self, name: &str) -> Option<Texts> {
        let at = self.0.iter().position(|(n, _)| *n == name)?;
        Some(self.0.swap_remove(at).1)
    }
}

/// Finds the translations of each text of the catalogue.
///
/// A text is named by the section of its table (`code`, `enhanced`, `class`...), the key of
/// its entry (`550`, `X.1.1`, `2`) and the field (`description`).
#[derive(Default)]
pub struct Translator<'a> {
    _translations: std::marker::PhantomData<&'a ()>,
}

// Until the catalogue has a translation, every text is the catalogue's own.
#[allow(clippy::unused_self)]
impl Translator<'_> {
    /// The text of a field in every language.
    pub fn texts(
        &self,
        _diags: &mut Diagnostics,
        _section: &str,
        _key: &str,
        _field: &str,
        source: &Located<String>,
    ) -> Texts {
        Texts(vec![source.value.clone()])
    }

    /// Every text field of an entry, checked not to be empty, in every language.
    pub fn prose(
        &self,
        diags: &mut Diagnostics,
        section: &str,
        key: &str,
        prose: &Prose,
    ) -> Translated {
        Translated(
            prose
                .0
                .iter()
                .map(|(name, value)| {
                    text(diags, value, name);
                    (*name, self.texts(diags, section, key, name, value))
                })
                .collect(),
        )
    }

    /// Search keywords in every language.
    pub fn keywords(
        &self,
        _diags: &mut Diagnostics,
        _section: &str,
        _key: &str,
        source: Vec<String>,
    ) -> Vec<Vec<String>> {
        vec![source]
    }
}
