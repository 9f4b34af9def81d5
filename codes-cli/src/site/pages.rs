//! The pages of the site, as maud templates: the layout every page shares, the card of a
//! code, comparisons, the home page with its search, class pages and the 404 page. Every word
//! comes from the catalogue in the page's language; maud escapes every value.

use codes_core::{
    AnyReplyCode, Class, ConfusedPair, EnhancedClass, EnhancedCode, EnhancedSubject, Lang, Message,
    ReplyCode,
};
use maud::{DOCTYPE, Markup, html};

use super::paths::{class_page, code_page, compare_page, href, in_lang};
use crate::comparison::{Comparison, compare};
use crate::facts::{After, Digits, basic_for, enhanced_for};
use crate::query::Code;
use crate::render::compare::{sentence, use_which};
use crate::render::first_sentence;
use crate::words::{fill, join_and, role, say, status};

/// One page: where it is (from the site's root, in its language's folder), its language,
/// its title and its content.
pub struct Page {
    pub path: String,
    pub lang: Lang,
    pub title: String,
    /// The page's path inside its language's folder (`codes/250.html`), the same for every
    /// language: how the language switch finds the twin.
    pub name: String,
    pub main: Markup,
    /// Whether the page runs the search script.
    pub search: bool,
}

/// A link from the page being built to another page of the site (`to` from the root).
struct Linker<'a> {
    from: &'a str,
    lang: Lang,
}

impl Linker<'_> {
    /// To a page of the same language (`codes/550.html`).
    fn page(&self, page: &str) -> String {
        href(self.from, &in_lang(self.lang, page))
    }

    /// To a file shared by every language (`style.css`).
    fn shared(&self, file: &str) -> String {
        href(self.from, file)
    }
}

/// The whole document of a page.
pub fn document(page: &Page) -> String {
    let lang = page.lang;
    let link = Linker {
        from: &page.path,
        lang,
    };
    let twins: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .map(|other| (other, href(&page.path, &in_lang(other, &page.name))))
        .collect();
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (page.title) " · " (say(lang, Message::SiteTitle)) }
                meta name="description" content=(say(lang, Message::SiteTagline));
                link rel="stylesheet" href=(link.shared("style.css"));
                @for (other, url) in &twins {
                    link rel="alternate" hreflang=(other.tag()) href=(url);
                }
            }
            body {
                a.skip href="#main" { (say(lang, Message::SkipToContent)) }
                header.site {
                    a.home href=(link.page("index.html")) { (say(lang, Message::SiteTitle)) }
                    form.search role="search" action=(link.page("index.html")) method="get" {
                        label for="q" { (say(lang, Message::SearchLabel)) }
                        input #q type="search" name="q" autocomplete="off"
                            aria-describedby="search-help";
                        button type="submit" { (say(lang, Message::SearchButton)) }
                        p #search-help .help { (say(lang, Message::SearchHelp)) }
                    }
                    nav aria-label=(say(lang, Message::LanguageLabel)) {
                        ul.langs {
                            @for (other, url) in &twins {
                                @if *other == lang {
                                    li { span aria-current="page" lang=(other.tag()) { (other.name()) } }
                                } @else {
                                    li { a href=(url) hreflang=(other.tag()) lang=(other.tag()) { (other.name()) } }
                                }
                            }
                        }
                    }
                }
                main #main tabindex="-1" { (page.main) }
                footer.site { p { (say(lang, Message::Footer)) } }
                @if page.search {
                    script src=(link.page("search-index.js")) {}
                    script src=(link.shared("search.js")) {}
                }
            }
        }
    };
    markup.into_string()
}

/// A heading of level `level` (1 to 4), so that a card reads right on its own page (`h1`)
/// and inside a comparison (`h2`).
fn heading(level: u8, id: Option<&str>, content: &Markup) -> Markup {
    match level {
        1 => html! { h1 id=[id] { (content) } },
        2 => html! { h2 id=[id] { (content) } },
        3 => html! { h3 id=[id] { (content) } },
        _ => html! { h4 id=[id] { (content) } },
    }
}

/// Paragraphs of a catalogue text (blank lines separate them).
fn prose(text: &str) -> Markup {
    html! { @for paragraph in text.split("\n\n") { p { (paragraph) } } }
}

/// A code with its class colour.
fn code_badge(code: Code) -> Markup {
    let class = code
        .class_digit()
        .map_or_else(|| "code".to_owned(), |d| format!("code c{d}"));
    html! { span class=(class) { (code.to_string()) } }
}

/// A link to a code's page, with its title.
fn code_link(link: &Linker<'_>, code: Code) -> Markup {
    let title = code.entry().map_or("", |e| e.title().get(link.lang));
    match code_page(code) {
        Some(page) => html! { a href=(link.page(&page)) { (code_badge(code)) " " (title) } },
        None => html! { (code_badge(code)) " " (title) },
    }
}

fn section(level: u8, title: &str, body: &Markup) -> Markup {
    html! { section { (heading(level, None, &html! { (title) })) (body) } }
}

/// What the digits of a code mean, as a definition list.
fn digits(link: &Linker<'_>, code: Code) -> Markup {
    let lang = link.lang;
    let (class, subject) = match Digits::of(code) {
        Digits::Basic {
            class,
            subject_digit,
            subject,
        } => {
            let label = format!("{}xx", class.digit());
            let class = html! {
                a href=(link.page(&class_page(&label))) { (label) " " (class.name_in(lang)) }
                ": " (class.action_in(lang))
            };
            let subject = match subject {
                Some(s) => format!(
                    "x{}x {}: {}",
                    s.digit(),
                    s.name_in(lang),
                    first_sentence(s.description_in(lang))
                ),
                None => fill(
                    lang,
                    Message::SubjectWithoutMeaning,
                    &[("digit", &subject_digit)],
                ),
            };
            (class, subject)
        }
        Digits::Enhanced {
            class,
            subject_number,
            subject,
        } => {
            let class = match class {
                Some(c) => {
                    let label = format!("{}.x.x", c.digit());
                    html! {
                        a href=(link.page(&class_page(&label))) { (label) " " (c.name_in(lang)) }
                        ": " (first_sentence(c.description_in(lang)))
                    }
                }
                None => {
                    let forms: Vec<String> = EnhancedClass::ALL
                        .iter()
                        .map(|c| format!("{}{}", c.digit(), &code.to_string()[1..]))
                        .collect();
                    html! { (fill(lang, Message::AnyClass, &[("codes", &join_and(lang, &forms))])) }
                }
            };
            let subject = match subject {
                Some(s) => format!(
                    "X.{} {}: {}",
                    s.digit(),
                    s.name_in(lang),
                    first_sentence(s.description_in(lang))
                ),
                None => fill(
                    lang,
                    Message::NotARegistrySubject,
                    &[("subject", &subject_number)],
                ),
            };
            (class, subject)
        }
    };
    html! {
        dt { (say(lang, Message::LabelClass)) } dd { (class) }
        dt { (say(lang, Message::LabelSubject)) } dd { (subject) }
    }
}

/// The commands a basic code may follow, by role, with the conditions some cells carry.
fn sent_after(lang: Lang, reply: ReplyCode) -> Markup {
    let after = After::of(reply);
    let names = |commands: &[codes_core::Command]| {
        commands
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if after.is_empty() {
        return html! { p { (say(lang, Message::NoMatrix)) } };
    }
    html! {
        dl.after {
            @for (r, commands) in after.by_role() {
                @if !commands.is_empty() {
                    dt { (role(lang, r)) } dd { code { (names(commands)) } }
                }
            }
            @for (r, condition, commands) in &after.conditional {
                dt { (role(lang, *r)) }
                dd {
                    (fill(lang, Message::OnlyWhen, &[
                        ("commands", &names(commands)),
                        ("condition", &condition.get(lang)),
                    ]))
                }
            }
        }
    }
}

/// The card of a code: its facts and the catalogue's sections, headed at `level`.
fn card(link: &Linker<'_>, code: Code, level: u8) -> Markup {
    let lang = link.lang;
    let Some(entry) = code.entry() else {
        return html! {};
    };
    let sub = level + 1;
    let id = code.to_string();
    let title = html! { (code_badge(code)) " " (entry.title().get(lang)) };
    let confused = code.confused_with();
    html! {
        article.card {
            (heading(level, Some(&id), &title))
            dl.facts {
                @if let Some(reply) = code.reply_code() {
                    dt { (say(lang, Message::LabelReplyText)) }
                    dd { code { "\"" (reply.reply_text()) "\"" } }
                }
                dt { (say(lang, Message::LabelStatus)) } dd { (status(lang, entry.status())) }
                (digits(link, code))
            }
            (section(sub, say(lang, Message::Description), &prose(entry.description().get(lang))))
            (section(sub, say(lang, Message::WhenSeen), &prose(entry.when_seen().get(lang))))
            (section(sub, say(lang, Message::HowToFix), &prose(entry.fix().get(lang))))
            @if let Some(reply) = code.reply_code() {
                (section(sub, say(lang, Message::SentAfter), &sent_after(lang, reply)))
                @let enhanced = enhanced_for(AnyReplyCode::from(reply));
                @if !enhanced.is_empty() {
                    (section(sub, say(lang, Message::EnhancedCodesOfBasic), &html! {
                        ul.codes { @for e in &enhanced { li { (code_link(link, Code::x_form(*e))) } } }
                    }))
                }
            }
            @if let Some(enhanced) = code.enhanced_code() {
                @let numbers = basic_for(enhanced);
                (section(sub, say(lang, Message::BasicCodesOfEnhanced), &html! {
                    @if numbers.is_empty() {
                        p { (say(lang, Message::RegistryNamesNone)) }
                    } @else {
                        ul.codes {
                            @for number in &numbers {
                                @let basic = AnyReplyCode::new(*number);
                                li {
                                    @match basic {
                                        Some(b) if b.catalogued().is_some() => (code_link(link, Code::Basic(b))),
                                        _ => { span.code { (number) } " " (say(lang, Message::NotCatalogued)) }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
            @if !confused.is_empty() {
                (section(sub, say(lang, Message::OftenConfusedWith), &html! {
                    ul.codes {
                        @for other in &confused {
                            li { (confused_link(link, code, *other)) }
                        }
                    }
                }))
            }
            (section(sub, say(lang, Message::References), &html! {
                ul.refs {
                    @for r in entry.references() {
                        li { a href=(r.url) { (r.text) } }
                    }
                }
            }))
        }
    }
}

/// A link to the comparison page of `code` and `other`, as their pair writes them.
fn confused_link(link: &Linker<'_>, code: Code, other: Code) -> Markup {
    let pair = ConfusedPair::ALL.iter().find(|p| {
        (code.is_pair_code(p.a) && Code::from_pair(p.b) == other)
            || (code.is_pair_code(p.b) && Code::from_pair(p.a) == other)
    });
    let title = other.entry().map_or("", |e| e.title().get(link.lang));
    match pair {
        Some(pair) => {
            let (a, b) = (Code::from_pair(pair.a), Code::from_pair(pair.b));
            let text = fill(link.lang, Message::CompareTitle, &[("a", &a), ("b", &b)]);
            html! {
                a href=(link.page(&compare_page(a, b))) { (text) }
                " — " (code_badge(other)) " " (title)
            }
        }
        None => code_link(link, other),
    }
}

/// A page of `lang` at `name` (`codes/250.html`): its title, whether it runs the search,
/// and its main content, built with links from where it is.
fn page(
    lang: Lang,
    name: String,
    title: String,
    search: bool,
    main: impl FnOnce(&Linker<'_>) -> Markup,
) -> Page {
    let path = in_lang(lang, &name);
    let main = main(&Linker { from: &path, lang });
    Page {
        path,
        lang,
        title,
        name,
        main,
        search,
    }
}

/// The page of one code.
pub fn code_page_of(lang: Lang, code: Code) -> Option<Page> {
    let entry = code.entry()?;
    let title = format!("{code} {}", entry.title().get(lang));
    Some(page(lang, code_page(code)?, title, false, |link| {
        card(link, code, 1)
    }))
}

/// The comparison page of a pair.
pub fn compare_page_of(lang: Lang, a: Code, b: Code) -> Page {
    let comparison: Comparison = compare(a, b, lang);
    let title = fill(lang, Message::CompareTitle, &[("a", &a), ("b", &b)]);
    page(lang, compare_page(a, b), title.clone(), false, |link| {
        html! {
            h1 { (title) }
            table.summary {
                thead { tr { th scope="col" { span.visually-hidden { (say(lang, Message::LabelCode)) } }
                    th scope="col" { (code_link(link, a)) } th scope="col" { (code_link(link, b)) } } }
                tbody {
                    @for row in comparison.table.iter().skip(1) {
                        tr { th scope="row" { (row.label) } td { (row.a) } td { (row.b) } }
                    }
                }
            }
            section.differences {
                h2 { (say(lang, Message::KeyDifferences)) }
                ul { @for d in &comparison.differences { li { (sentence(d, a, b, lang)) } } }
            }
            section.use-which {
                h2 { (say(lang, Message::WhenToUseWhich)) }
                dl {
                    @for (code, advice) in comparison.codes.iter().zip(comparison.advice) {
                        dt { (code_badge(*code)) } dd { (prose(&use_which(*code, advice, lang))) }
                    }
                }
            }
            div.cards {
                (card(link, a, 2))
                (card(link, b, 2))
            }
        }
    })
}

/// The codes of one basic class, as a list of links.
fn basic_codes_of(link: &Linker<'_>, class: Class) -> Markup {
    html! {
        ul.codes {
            @for reply in ReplyCode::ALL.iter().filter(|c| c.class() == class) {
                li { (code_link(link, Code::Basic((*reply).into()))) }
            }
        }
    }
}

/// The enhanced entries of one subject, as a list of links.
fn entries_of(link: &Linker<'_>, subject: EnhancedSubject) -> Markup {
    html! {
        ul.codes {
            @for entry in EnhancedCode::ALL.iter().filter(|e| e.subject() == subject) {
                li { (code_link(link, Code::x_form(*entry))) }
            }
        }
    }
}

/// The home page: search, every code by class and subject, the comparisons and the classes.
pub fn home(lang: Lang) -> Page {
    let title = say(lang, Message::AllCodes).to_owned();
    page(lang, "index.html".to_owned(), title, true, |link| {
        html! {
            h1 { (say(lang, Message::SiteTitle)) }
            p.tagline { (say(lang, Message::SiteTagline)) }
            section #search-results aria-live="polite" hidden {
                h2 { (say(lang, Message::SearchResults)) }
                p.none hidden { (say(lang, Message::SearchNoResults)) }
                ol.codes {}
            }
            noscript { p { (say(lang, Message::SearchNeedsScript)) } }
            section #codes {
                h2 { (say(lang, Message::BasicCodesHeading)) }
                @for class in Class::ALL {
                    @let label = format!("{}xx", class.digit());
                    h3 #(label) { a href=(link.page(&class_page(&label))) { (label) " " (class.name_in(lang)) } }
                    (basic_codes_of(link, class))
                }
            }
            section #enhanced {
                h2 { (say(lang, Message::EnhancedCodesHeading)) }
                @for subject in EnhancedSubject::ALL {
                    h3 id=(format!("X.{}", subject.digit())) { "X." (subject.digit()) " " (subject.name_in(lang)) }
                    (entries_of(link, subject))
                }
            }
            section #pairs {
                h2 { (say(lang, Message::ComparisonsHeading)) }
                ul.pairs {
                    @for pair in ConfusedPair::ALL {
                        @let (a, b) = (Code::from_pair(pair.a), Code::from_pair(pair.b));
                        li { a href=(link.page(&compare_page(a, b))) { (fill(lang, Message::CompareTitle, &[("a", &a), ("b", &b)])) } }
                    }
                }
            }
            section #classes {
                h2 { (say(lang, Message::ClassesHeading)) }
                ul.classes {
                    @for class in Class::ALL {
                        @let label = format!("{}xx", class.digit());
                        li { a href=(link.page(&class_page(&label))) { (label) " " (class.name_in(lang)) } }
                    }
                    @for class in EnhancedClass::ALL {
                        @let label = format!("{}.x.x", class.digit());
                        li { a href=(link.page(&class_page(&label))) { (label) " " (class.name_in(lang)) } }
                    }
                }
            }
        }
    })
}

/// The page of a class labelled `label` (`4xx`, `4.x.x`): its name and description, then
/// `rest`.
fn class_page_of(
    lang: Lang,
    label: &str,
    (name, description): (&str, &str),
    rest: impl FnOnce(&Linker<'_>) -> Markup,
) -> Page {
    let title = fill(
        lang,
        Message::ClassPageTitle,
        &[("class", &label), ("name", &name)],
    );
    page(lang, class_page(label), title.clone(), false, |link| {
        html! {
            h1 { (title) }
            (prose(description))
            (rest(link))
        }
    })
}

/// The page of a basic class: what it means, what a client does, and its codes.
pub fn basic_class_page(lang: Lang, class: Class) -> Page {
    let label = format!("{}xx", class.digit());
    let texts = (class.name_in(lang), class.description_in(lang));
    class_page_of(lang, &label, texts, |link| {
        html! {
            p { strong { (class.action_in(lang)) } " " (class.retry_in(lang)) }
            h2 { (say(lang, Message::CodesInClass)) }
            (basic_codes_of(link, class))
        }
    })
}

/// The page of an enhanced class: what it means and every entry, by subject.
pub fn enhanced_class_page(lang: Lang, class: EnhancedClass) -> Page {
    let label = format!("{}.x.x", class.digit());
    let texts = (class.name_in(lang), class.description_in(lang));
    class_page_of(lang, &label, texts, |link| {
        html! {
            p { (fill(lang, Message::EnhancedClassNote, &[("class", &class.digit())])) }
            h2 { (say(lang, Message::EntriesBySubject)) }
            @for subject in EnhancedSubject::ALL {
                h3 id=(format!("X.{}", subject.digit())) { "X." (subject.digit()) " " (subject.name_in(lang)) }
                (entries_of(link, subject))
            }
        }
    })
}

/// The page a server shows for an address with no page.
pub fn not_found(lang: Lang) -> Page {
    let title = say(lang, Message::PageNotFound).to_owned();
    page(lang, "404.html".to_owned(), title, false, |link| {
        html! {
            h1 { (say(lang, Message::PageNotFound)) }
            p { (say(lang, Message::PageNotFoundText)) }
            p { a href=(link.page("index.html")) { (say(lang, Message::AllCodes)) } }
        }
    })
}
