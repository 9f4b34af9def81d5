//! The web site in a real browser: headless Chromium driven through chromedriver. It opens
//! the site from `file://`, searches, follows the language switch, watches the console, runs
//! axe-core on the main kinds of page in both languages and writes screenshots to
//! `<target>/site-screenshots/`.
//!
//! It needs Debian's `chromium` and `chromium-driver` and axe-core installed under
//! `.ci/browser` (`npm ci --prefix .ci/browser`); `.ci/run` installs all three and runs it
//! with `CI=true`, where a missing tool fails the test. Elsewhere it is skipped with a
//! message saying how to run it.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{smtp_codes, stdout_of};
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// What the test needs, found on this machine.
struct Tools {
    chromium: PathBuf,
    chromedriver: PathBuf,
    axe: String,
}

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([
            PathBuf::from("/usr/bin"),
            PathBuf::from("/usr/lib/chromium"),
        ])
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../.ci/browser/node_modules/axe-core/axe.min.js")
}

/// The tools, or `None` (with a message) when they are missing outside CI. In CI a missing
/// tool is a failure: a browser test that silently skips there tests nothing.
fn tools() -> Option<Tools> {
    let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"]);
    let chromedriver = find_program(&["chromedriver"]);
    let axe = std::fs::read_to_string(axe_path()).ok();
    match (chromium, chromedriver, axe) {
        (Some(chromium), Some(chromedriver), Some(axe)) => Some(Tools {
            chromium,
            chromedriver,
            axe,
        }),
        (chromium, chromedriver, axe) => {
            let missing: Vec<&str> = [
                chromium.is_none().then_some("chromium"),
                chromedriver
                    .is_none()
                    .then_some("chromedriver (chromium-driver)"),
                axe.is_none()
                    .then_some("axe-core (npm ci --prefix .ci/browser)"),
            ]
            .into_iter()
            .flatten()
            .collect();
            let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
            assert!(
                !ci,
                "the browser tests need {}; .ci/run installs them",
                missing.join(", ")
            );
            eprintln!(
                "skipping the browser tests: {} not found. Install Debian's chromium and \
                 chromium-driver and run `npm ci --prefix .ci/browser`, or run .ci/run.",
                missing.join(", ")
            );
            None
        }
    }
}

/// chromedriver on a free port of 127.0.0.1, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(tools: &Tools) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Chromium's console messages since the last call (chromedriver's log endpoint).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// The browser session and the site it reads.
struct Browser {
    client: Client,
    site: PathBuf,
}

impl Browser {
    fn url(&self, page: &str) -> String {
        format!("file://{}", self.site.join(page).display())
    }

    /// Opens a page and checks that it logged no error to the console.
    async fn open(&self, page: &str) {
        self.client.goto(&self.url(page)).await.expect("page opens");
        self.no_console_errors(page).await;
    }

    async fn no_console_errors(&self, page: &str) {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("console log");
        let errors: Vec<&Value> = log
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
                    .collect()
            })
            .unwrap_or_default();
        assert!(errors.is_empty(), "{page} logged: {errors:?}");
    }

    /// Opens a page and types `keys` into its search box.
    async fn search(&self, page: &str, keys: &str) {
        self.open(page).await;
        let search = self
            .client
            .find(Locator::Id("q"))
            .await
            .expect("search box");
        search.send_keys(keys).await.expect("typing");
    }

    async fn current(&self) -> String {
        self.client.current_url().await.expect("url").to_string()
    }

    /// Waits until the address ends with `suffix`.
    async fn wait_for_page(&self, suffix: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.current().await;
            if url.ends_with(suffix) {
                return;
            }
            assert!(Instant::now() < deadline, "expected …{suffix}, at {url}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn script(&self, source: &str) -> Value {
        self.client
            .execute(source, Vec::new())
            .await
            .expect("script runs")
    }

    /// The serious and critical axe-core violations of the open page. Stylesheets are not
    /// preloaded: axe fetches them with `XMLHttpRequest`, which `file://` pages may not use.
    async fn axe(&self, axe: &str) -> Vec<String> {
        self.client
            .execute(&format!("{axe}\nreturn true;"), Vec::new())
            .await
            .expect("axe-core loads");
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'], preload: false }).then(result => done(
                   result.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => v.id + ': ' + v.help + ' (' +
                          v.nodes.map(n => n.target.join(' ')).join(', ') + ')')));",
                Vec::new(),
            )
            .await
            .expect("axe-core runs");
        found
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The codes a page lists as search results, in order.
const RESULT_CODES: &str = "return Array.from(document.querySelectorAll('#search-results ol li .code')).map(e => e.textContent);";

async fn run(tools: &Tools, site: PathBuf) {
    let driver = Driver::start(tools);
    let mut capabilities = Capabilities::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": tools.chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,900"],
        }),
    );
    capabilities.insert("goog:loggingPrefs".to_owned(), json!({ "browser": "ALL" }));
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a browser session");
    let browser = Browser { client, site };

    // Typing a code on the home page lands on its page.
    browser.search("index.html", "550\u{E007}").await;
    browser.wait_for_page("codes/550.html").await;
    browser.no_console_errors("codes/550.html").await;

    // The language switch leads to the same page in Vietnamese.
    browser
        .client
        .find(Locator::Css("nav a[hreflang=vi]"))
        .await
        .expect("language switch")
        .click()
        .await
        .expect("click");
    browser.wait_for_page("vi/codes/550.html").await;
    let lang = browser
        .script("return document.documentElement.lang;")
        .await;
    assert_eq!(lang, "vi");

    // Words without diacritics on the Vietnamese home page find X.2.2, ranked as the
    // command line ranks them.
    browser.search("vi/index.html", "hop thu day").await;
    let found = browser.script(RESULT_CODES).await;
    let found: Vec<String> = serde_json::from_value(found).expect("codes");
    assert!(found.contains(&"X.2.2".to_owned()), "{found:?}");
    let cli: Vec<String> = stdout_of(&["search", "--lang", "vi", "hop", "thu", "day"])
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect();
    assert_eq!(found, cli, "the page ranks as smtp-codes search does");
    browser.no_console_errors("vi/index.html search").await;

    // A class pattern jumps to the class page, at the subject.
    browser.search("index.html", "5.7.x\u{E007}").await;
    browser.wait_for_page("classes/5.x.x.html#X.7").await;

    // No serious or critical accessibility problem on the main kinds of page.
    for page in [
        "index.html",
        "codes/550.html",
        "compare/220-vs-250.html",
        "vi/index.html",
        "vi/codes/550.html",
        "vi/compare/220-vs-250.html",
    ] {
        browser.open(page).await;
        let violations = browser.axe(&tools.axe).await;
        assert!(violations.is_empty(), "{page}: {violations:#?}");
    }

    // Screenshots at phone and desktop widths, to look at.
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("site-screenshots");
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    for (width, height, size) in [(390, 844, "phone"), (1280, 900, "desktop")] {
        browser
            .client
            .set_window_size(width, height)
            .await
            .expect("window size");
        for (page, name) in [
            ("codes/550.html", "code-550"),
            ("compare/220-vs-250.html", "compare-220-250"),
            ("vi/codes/550.html", "vi-code-550"),
            ("vi/compare/220-vs-250.html", "vi-compare-220-250"),
        ] {
            browser.open(page).await;
            let png = browser.client.screenshot().await.expect("screenshot");
            std::fs::write(shots.join(format!("{name}-{size}.png")), png).expect("written");
        }
    }
    browser.client.close().await.expect("session closes");
}

#[test]
fn the_site_works_in_a_real_browser() {
    let Some(tools) = tools() else {
        return;
    };
    let site = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-browser");
    let _ = std::fs::remove_dir_all(&site);
    smtp_codes().arg("site").arg(&site).assert().success();
    let site = site.canonicalize().expect("site folder");
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(run(&tools, site));
}
