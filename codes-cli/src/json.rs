//! The JSON the command line prints: its own small set of wire types, so the output shape is
//! stated in one place (the README's JSON section) and does not follow internal refactors.

use serde::Serialize;

use codes_core::{Lang, Role};

use crate::comparison::{Aspect, Comparison};
use crate::facts::{After, Digits, basic_for, enhanced_for};
use crate::query::Code;

/// The meaning of a digit (class or subject).
#[derive(Serialize)]
pub struct DigitJson {
    pub digit: u16,
    /// `null` for a digit the standard gives no meaning (a basic code's second digit 6 to 9).
    pub name: Option<&'static str>,
    pub description: Option<&'static str>,
    /// Basic classes only: what the client does next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<&'static str>,
    /// Basic classes only: whether the client retries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry: Option<&'static str>,
}

/// A reference with its address.
#[derive(Serialize)]
pub struct LinkJson {
    pub reference: &'static str,
    pub url: &'static str,
}

/// `after`: the commands after which the RFCs allow a basic code, by role.
#[derive(Serialize)]
pub struct AfterJson {
    pub success: Vec<&'static str>,
    pub intermediate: Vec<&'static str>,
    pub error: Vec<&'static str>,
}

impl From<&After> for AfterJson {
    fn from(after: &After) -> Self {
        let names = |role| after.all_in(role).iter().map(|c| c.name()).collect();
        AfterJson {
            success: names(Role::Success),
            intermediate: names(Role::Intermediate),
            error: names(Role::Error),
        }
    }
}

/// One cell of the command–reply matrix: after `command`, in `role`, as `reference` says.
#[derive(Serialize)]
pub struct AllowedJson {
    pub command: &'static str,
    pub role: &'static str,
    pub reference: &'static str,
    /// When the cell applies, if not always ("after a 554 greeting").
    pub condition: Option<&'static str>,
}

/// Fields only one kind of code has.
#[derive(Serialize)]
#[serde(untagged)]
pub enum KindJson {
    Basic {
        reply_text: Option<&'static str>,
        connection: Option<&'static str>,
        after: Option<AfterJson>,
        allowed_after: Option<Vec<AllowedJson>>,
        enhanced: Vec<String>,
    },
    Enhanced {
        associated_basic: Option<Vec<String>>,
    },
}

/// A code object. Its texts are in `lang`; its field names, codes and vocabulary words
/// (`status`, roles) are the same in every language.
#[derive(Serialize)]
pub struct CodeJson {
    pub lang: &'static str,
    pub kind: &'static str,
    pub code: String,
    pub known: bool,
    pub title: Option<&'static str>,
    pub status: Option<&'static str>,
    pub class: Option<DigitJson>,
    pub subject: Option<DigitJson>,
    pub description: Option<&'static str>,
    pub when_seen: Option<&'static str>,
    pub fix: Option<&'static str>,
    pub use_when: Option<&'static str>,
    pub keywords: Option<Vec<&'static str>>,
    pub references: Option<Vec<LinkJson>>,
    /// The codes the catalogue lists as often confused with this one.
    pub confused_with: Option<Vec<String>>,
    #[serde(flatten)]
    pub extra: KindJson,
}

impl CodeJson {
    pub fn new(code: Code, lang: Lang) -> Self {
        let entry = code.entry();
        let (class, subject) = digits(code, lang);
        let extra = match code {
            Code::Basic(basic) => {
                let reply = basic.catalogued();
                KindJson::Basic {
                    reply_text: reply.map(codes_core::ReplyCode::reply_text),
                    connection: reply
                        .and_then(codes_core::ReplyCode::connection)
                        .map(codes_core::Connection::as_str),
                    after: reply.map(|r| AfterJson::from(&After::of(r))),
                    allowed_after: reply.map(|r| {
                        r.allowed_after()
                            .iter()
                            .map(|a| AllowedJson {
                                command: a.command.name(),
                                role: a.role.as_str(),
                                reference: a.reference.text,
                                condition: a.condition.map(|c| c.get(lang)),
                            })
                            .collect()
                    }),
                    enhanced: enhanced_for(basic)
                        .iter()
                        .map(|e| e.as_str().to_owned())
                        .collect(),
                }
            }
            Code::Enhanced { .. } => KindJson::Enhanced {
                associated_basic: code
                    .enhanced_code()
                    .map(|e| basic_for(e).iter().map(ToString::to_string).collect()),
            },
        };
        CodeJson {
            lang: lang.tag(),
            kind: match code {
                Code::Basic(_) => "basic",
                Code::Enhanced { .. } => "enhanced",
            },
            code: code.to_string(),
            known: entry.is_some(),
            title: entry.map(|e| e.title().get(lang)),
            status: entry.map(|e| e.status().as_str()),
            class,
            subject,
            description: entry.map(|e| e.description().get(lang)),
            when_seen: entry.map(|e| e.when_seen().get(lang)),
            fix: entry.map(|e| e.fix().get(lang)),
            use_when: entry.map(|e| e.use_when().get(lang)),
            keywords: entry.map(|e| e.keywords().get(lang).to_vec()),
            references: entry.map(|e| {
                e.references()
                    .iter()
                    .map(|r| LinkJson {
                        reference: r.text,
                        url: r.url,
                    })
                    .collect()
            }),
            confused_with: entry.map(|_| {
                code.confused_with()
                    .iter()
                    .map(ToString::to_string)
                    .collect()
            }),
            extra,
        }
    }
}

fn digits(code: Code, lang: Lang) -> (Option<DigitJson>, Option<DigitJson>) {
    match Digits::of(code) {
        Digits::Basic {
            class,
            subject_digit,
            subject,
        } => (
            Some(DigitJson {
                digit: class.digit(),
                name: Some(class.name_in(lang)),
                description: Some(class.description_in(lang)),
                action: Some(class.action_in(lang)),
                retry: Some(class.retry_in(lang)),
            }),
            Some(DigitJson {
                digit: u16::from(subject_digit),
                name: subject.map(|s| s.name_in(lang)),
                description: subject.map(|s| s.description_in(lang)),
                action: None,
                retry: None,
            }),
        ),
        Digits::Enhanced {
            class,
            subject_number,
            subject,
        } => (
            class.map(|c| DigitJson {
                digit: c.digit(),
                name: Some(c.name_in(lang)),
                description: Some(c.description_in(lang)),
                action: None,
                retry: None,
            }),
            Some(DigitJson {
                digit: subject_number,
                name: subject.map(|s| s.name_in(lang)),
                description: subject.map(|s| s.description_in(lang)),
                action: None,
                retry: None,
            }),
        ),
    }
}

/// A row of the side-by-side summary.
#[derive(Serialize)]
pub struct RowJson {
    pub aspect: &'static str,
    pub a: String,
    pub b: String,
}

/// One aspect of a comparison: both values, whether they are the same, and the sentence
/// `compare` prints for it.
#[derive(Serialize)]
pub struct DifferenceJson {
    pub aspect: Aspect,
    pub a: Option<String>,
    pub b: Option<String>,
    pub same: bool,
    pub text: String,
}

/// One side's "when to use which" advice.
#[derive(Serialize)]
pub struct AdviceJson {
    pub code: String,
    pub use_when: String,
}

/// `compare --json`.
#[derive(Serialize)]
pub struct CompareJson {
    pub lang: &'static str,
    pub a: CodeJson,
    pub b: CodeJson,
    pub differences: Vec<DifferenceJson>,
    pub table: Vec<RowJson>,
    pub use_which: Vec<AdviceJson>,
}

impl CompareJson {
    pub fn new(comparison: &Comparison) -> Self {
        let [a, b] = comparison.codes;
        let lang = comparison.lang;
        CompareJson {
            lang: lang.tag(),
            a: CodeJson::new(a, lang),
            b: CodeJson::new(b, lang),
            differences: comparison
                .differences
                .iter()
                .map(|d| DifferenceJson {
                    aspect: d.aspect,
                    a: d.a.clone(),
                    b: d.b.clone(),
                    same: d.same,
                    text: crate::render::compare::sentence(d, a, b, lang),
                })
                .collect(),
            table: comparison
                .table
                .iter()
                .map(|row| RowJson {
                    aspect: row.aspect,
                    a: row.a.clone(),
                    b: row.b.clone(),
                })
                .collect(),
            use_which: comparison
                .codes
                .iter()
                .zip(comparison.advice)
                .map(|(code, advice)| AdviceJson {
                    code: code.to_string(),
                    use_when: crate::render::compare::use_which(*code, advice, lang),
                })
                .collect(),
        }
    }
}

/// `compare A --json`: the code and the codes often confused with it.
#[derive(Serialize)]
pub struct ConfusedJson {
    pub code: CodeJson,
    pub confused_with: Vec<CodeJson>,
}

/// Whether a reply's basic and enhanced codes fit together.
#[derive(Serialize)]
pub struct CheckJson {
    pub classes_agree: bool,
    /// `null` when the enhanced code is not in the registry.
    pub registered: Option<bool>,
}

/// One reply found by `explain`: where it is, what it says, its codes (flattened into the
/// object) and how it departs from the standards.
#[derive(Serialize)]
pub struct FindingJson {
    pub lang: &'static str,
    pub line: usize,
    pub text: String,
    #[serde(flatten)]
    pub codes: FoundCodesJson,
    /// Each way the reply departs from the standards.
    pub deviations: Vec<DeviationJson>,
}

/// The codes of a reply and whether they fit together.
#[derive(Serialize)]
pub struct FoundCodesJson {
    pub basic: Option<CodeJson>,
    pub enhanced: Option<CodeJson>,
    pub check: Option<CheckJson>,
}

/// A deviation: its stable name and what it means.
#[derive(Serialize)]
pub struct DeviationJson {
    pub name: &'static str,
    pub description: &'static str,
}

impl FindingJson {
    pub fn new(finding: &codes_core::extract::Finding, lang: Lang) -> Self {
        let enhanced = finding.enhanced.map(Code::with_class);
        FindingJson {
            lang: lang.tag(),
            line: finding.line,
            text: finding.text.clone(),
            codes: FoundCodesJson {
                basic: finding.code.map(|c| CodeJson::new(Code::Basic(c), lang)),
                enhanced: enhanced.map(|e| CodeJson::new(e, lang)),
                check: finding.code.zip(finding.enhanced).map(|(b, e)| {
                    let check = codes_core::PairCheck::new(b, e);
                    CheckJson {
                        classes_agree: check.classes_agree,
                        registered: check.registered,
                    }
                }),
            },
            deviations: finding
                .deviations
                .iter()
                .map(|d| DeviationJson {
                    name: d.name(),
                    description: d.description_in(lang),
                })
                .collect(),
        }
    }
}

/// A row of `explain --count --json`.
#[derive(Serialize)]
pub struct CountJson {
    pub basic: Option<String>,
    pub enhanced: Option<String>,
    pub count: u64,
}

/// A `search --json` result: the code object, with how well it matched.
#[derive(Serialize)]
pub struct SearchJson {
    #[serde(flatten)]
    pub code: CodeJson,
    pub score: u32,
}

/// One recipient of a bounce, for `bounce --json`.
#[derive(Serialize)]
pub struct BounceJson {
    pub lang: &'static str,
    pub file: String,
    pub recipient: String,
    pub action: &'static str,
    pub basic: Option<String>,
    pub enhanced: Option<String>,
    pub reason: Option<&'static str>,
    pub hard_bounce: bool,
    pub remote_mta: Option<String>,
    pub diagnostic: Option<String>,
    pub findings: Vec<FindingJson>,
}

impl BounceJson {
    pub fn new(file: &str, r: &codes_core::bounce::Recipient, lang: Lang) -> Self {
        BounceJson {
            lang: lang.tag(),
            file: file.to_owned(),
            recipient: r.address.clone(),
            action: r.action.as_str(),
            basic: r.code.map(|c| c.to_string()),
            enhanced: r.enhanced.map(|e| e.to_string()),
            reason: r.reason.map(codes_core::Reason::name),
            hard_bounce: r.hard_bounce,
            remote_mta: r.remote_mta.clone(),
            diagnostic: r.diagnostic.clone(),
            findings: r
                .findings
                .iter()
                .map(|f| FindingJson::new(f, lang))
                .collect(),
        }
    }
}

/// A row of `bounce --count --json`.
#[derive(Serialize)]
pub struct BounceCountJson {
    pub reason: Option<&'static str>,
    pub basic: Option<String>,
    pub enhanced: Option<String>,
    pub count: u64,
}
