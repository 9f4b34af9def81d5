//! `smtp-codes site DIR`: the reference as a static web site, in every language of the
//! catalogue, built from the same data and words as the command line.
//!
//! Pages are maud templates (`pages`): checked at compile time, every value escaped by the
//! engine. Links are relative (`paths`), so the site works from `file://` and under any
//! path prefix; nothing is fetched from anywhere else. Search runs in the browser over an
//! index of the same documents `smtp-codes search` ranks (`search_index`, `assets/search.js`).

mod pages;
mod paths;
mod search_index;

use std::path::Path;

use codes_core::{Class, ConfusedPair, EnhancedClass, EnhancedCode, Lang, ReplyCode};

use crate::query::Code;
use pages::Page;

/// The stylesheet and the search script, shared by every language.
const STYLE: &str = include_str!("assets/style.css");
const SEARCH: &str = include_str!("assets/search.js");

/// Every file of the site: its path from the site's root and its content.
pub fn files(base_url: Option<&str>) -> Vec<(String, String)> {
    let mut pages: Vec<Page> = Vec::new();
    let mut files = vec![
        ("style.css".to_owned(), STYLE.to_owned()),
        ("search.js".to_owned(), SEARCH.to_owned()),
    ];
    for lang in Lang::ALL {
        pages.push(pages::home(lang));
        pages.push(pages::not_found(lang));
        let codes = ReplyCode::ALL
            .iter()
            .map(|c| Code::Basic((*c).into()))
            .chain(EnhancedCode::ALL.iter().map(|e| Code::x_form(*e)));
        pages.extend(codes.filter_map(|code| pages::code_page_of(lang, code)));
        for pair in ConfusedPair::ALL {
            let (a, b) = (Code::from_pair(pair.a), Code::from_pair(pair.b));
            pages.push(pages::compare_page_of(lang, a, b));
        }
        pages.extend(Class::ALL.map(|c| pages::basic_class_page(lang, c)));
        pages.extend(EnhancedClass::ALL.map(|c| pages::enhanced_class_page(lang, c)));
        files.push((
            paths::in_lang(lang, "search-index.js"),
            search_index::script(lang),
        ));
    }
    files.push(("sitemap.xml".to_owned(), sitemap(&pages, base_url)));
    files.extend(pages.iter().map(|p| (p.path.clone(), pages::document(p))));
    files
}

/// `sitemap.xml`: every page but the 404 page, each with its twins in the other languages.
/// Addresses are absolute under `base_url` when one is given, else relative to the site's
/// root.
fn sitemap(pages: &[Page], base_url: Option<&str>) -> String {
    let base = base_url.map_or_else(String::new, |b| format!("{}/", b.trim_end_matches('/')));
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;");
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset \
         xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|p| p.name != "404.html") {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            escape(&format!("{base}{}", page.path))
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                lang.tag(),
                escape(&format!("{base}{}", paths::in_lang(lang, &page.name)))
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// Writes the site into `dir`, creating it and its folders.
pub fn write(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (path, content) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, content)?;
    }
    Ok(())
}
