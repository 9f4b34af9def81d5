//! Where each page of the site lives, and relative links between pages, so the site works
//! from `file://` and under any path prefix.

use codes_core::Lang;

use crate::query::Code;

/// The folder of a language's pages: the site's root for the catalogue's own language,
/// `vi/` for Vietnamese.
pub fn lang_root(lang: Lang) -> String {
    if lang == Lang::SOURCE {
        String::new()
    } else {
        format!("{}/", lang.tag())
    }
}

/// A page of one language, from the site's root: `vi/codes/250.html`.
pub fn in_lang(lang: Lang, page: &str) -> String {
    format!("{}{page}", lang_root(lang))
}

/// The page of a code's entry: `codes/250.html`, and `codes/X.1.1.html` for every class of an
/// enhanced code (the catalogue's entries are class-independent).
pub fn code_page(code: Code) -> Option<String> {
    if let Some(reply) = code.reply_code() {
        return Some(format!("codes/{reply}.html"));
    }
    code.enhanced_code()
        .map(|entry| format!("codes/{}.html", entry.as_str()))
}

/// The comparison page of two codes as a pair writes them: `compare/220-vs-250.html`.
pub fn compare_page(a: Code, b: Code) -> String {
    format!("compare/{a}-vs-{b}.html")
}

/// The page of a class: `classes/4xx.html` for basic codes, `classes/4.x.x.html` for
/// enhanced ones.
pub fn class_page(label: &str) -> String {
    format!("classes/{label}.html")
}

/// The link from page `from` to page `to`, both from the site's root.
pub fn href(from: &str, to: &str) -> String {
    let depth = from.matches('/').count();
    format!("{}{to}", "../".repeat(depth))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(href("index.html", "codes/250.html"), "codes/250.html");
        assert_eq!(
            href("codes/250.html", "codes/550.html"),
            "../codes/550.html"
        );
        assert_eq!(
            href("vi/codes/250.html", "codes/250.html"),
            "../../codes/250.html"
        );
        assert_eq!(href("vi/index.html", "style.css"), "../style.css");
    }
}
