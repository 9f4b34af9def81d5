//! `smtp-codes site DIR` as users run it: the pages the reference promises, in both
//! languages, well-formed, small, with every internal link resolving and nothing loaded from
//! elsewhere.

// The site names every page `*.html`, in lowercase.
#![allow(clippy::case_sensitive_file_extension_comparisons)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{json_of, smtp_codes};
use scraper::{Html, Selector};

/// Writes the site into a fresh folder of the target directory.
fn build_site(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    smtp_codes().arg("site").arg(&dir).assert().success();
    dir
}

/// Every file of the site, by its path from the site's root.
fn files(dir: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let relative = path.strip_prefix(root).expect("inside");
                out.insert(relative.to_string_lossy().replace('\\', "/"), path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// `page` resolved against the folder of `from`, both from the site's root.
fn resolve(from: &str, link: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in link.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    parts.join("/")
}

#[test]
fn the_site_has_every_promised_page_in_both_languages() {
    let dir = build_site("site-pages");
    let files = files(&dir);
    for path in [
        "index.html",
        "vi/index.html",
        "codes/250.html",
        "codes/X.7.1.html",
        "vi/compare/220-vs-250.html",
        "compare/220-vs-250.html",
        "404.html",
        "sitemap.xml",
        "classes/4xx.html",
        "vi/classes/5.x.x.html",
        "style.css",
        "search.js",
        "search-index.js",
        "vi/search-index.js",
    ] {
        assert!(files.contains_key(path), "missing {path}");
    }
    let codes = json_of(&["list", "--json"]);
    for code in codes.as_array().expect("codes") {
        let code = code["code"].as_str().expect("code");
        for lang in ["", "vi/"] {
            assert!(
                files.contains_key(&format!("{lang}codes/{code}.html")),
                "no page for {code} in {lang:?}"
            );
        }
    }
    for lang in ["", "vi/"] {
        let comparisons = files
            .keys()
            .filter(|p| p.starts_with(&format!("{lang}compare/")))
            .count();
        assert!(
            comparisons >= 40,
            "{comparisons} comparison pages in {lang:?}"
        );
    }
}

#[test]
fn every_page_is_small_well_formed_and_linked_within_the_site() {
    let dir = build_site("site-links");
    let files = files(&dir);
    let links = Selector::parse("a[href], link[href], script[src], img[src]").expect("selector");
    let ids = Selector::parse("[id]").expect("selector");
    let html_lang = Selector::parse("html[lang]").expect("selector");
    let mut anchors: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut wanted: Vec<(String, String, String)> = Vec::new();
    for (path, file) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let text = std::fs::read_to_string(file).expect("UTF-8 page");
        assert!(text.len() < 60 * 1024, "{path} is {} bytes", text.len());
        let page = Html::parse_document(&text);
        assert!(page.errors.is_empty(), "{path}: {:?}", page.errors);
        let lang = page
            .select(&html_lang)
            .next()
            .and_then(|h| h.value().attr("lang"))
            .expect("<html lang>");
        let expected = if path.starts_with("vi/") { "vi" } else { "en" };
        assert_eq!(lang, expected, "{path}");
        anchors.insert(
            path.clone(),
            page.select(&ids)
                .filter_map(|e| e.value().attr("id").map(str::to_owned))
                .collect(),
        );
        for element in page.select(&links) {
            let value = element.value();
            let target = value
                .attr("href")
                .or_else(|| value.attr("src"))
                .expect("link");
            if target.starts_with("https://") || target.starts_with("http://") {
                // Only links a reader follows may leave the site: nothing is loaded from
                // elsewhere.
                assert_eq!(value.name(), "a", "{path} loads {target}");
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let resolved = if file.is_empty() {
                path.clone()
            } else {
                resolve(path, file)
            };
            wanted.push((path.clone(), resolved, fragment.to_owned()));
        }
    }
    for (from, to, fragment) in wanted {
        assert!(files.contains_key(&to), "{from} links to missing {to}");
        if !fragment.is_empty() && to.ends_with(".html") {
            assert!(
                anchors[&to].contains(&fragment),
                "{from} links to {to}#{fragment}, which has no such id"
            );
        }
    }
}

#[test]
fn each_page_links_to_its_twin_in_the_other_language() {
    let dir = build_site("site-twins");
    let page = std::fs::read_to_string(dir.join("vi/codes/550.html")).expect("page");
    let page = Html::parse_document(&page);
    let alternates = Selector::parse("link[rel=alternate][hreflang]").expect("selector");
    let found: Vec<(String, String)> = page
        .select(&alternates)
        .map(|l| {
            let v = l.value();
            (
                v.attr("hreflang").unwrap_or_default().to_owned(),
                v.attr("href").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert!(
        found.contains(&("en".to_owned(), "../../codes/550.html".to_owned())),
        "{found:?}"
    );
    assert!(
        found.contains(&("vi".to_owned(), "../../vi/codes/550.html".to_owned())),
        "{found:?}"
    );
    let sitemap = std::fs::read_to_string(dir.join("sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains("<loc>vi/compare/220-vs-250.html</loc>"));
    assert!(!sitemap.contains("404.html"));
}

#[test]
fn an_unwritable_folder_is_bad_input() {
    let output = smtp_codes()
        .args(["site", "/proc/no-such-site"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: cannot write the site"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
