//! One view over what the catalogue says about a [`Code`], whichever kind it is, so the text
//! cards, the comparison and the JSON all read the same facts.

use codes_core::{
    BasicCode, Command, EnhancedClass, EnhancedCode, EnhancedSubject, Reference, ReplyCode, Role,
    Status, Subject,
};

use crate::query::Code;

/// The prose and metadata every catalogued code has.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub title: &'static str,
    pub description: &'static str,
    pub when_seen: &'static str,
    pub fix: &'static str,
    pub use_when: &'static str,
    pub keywords: &'static [&'static str],
    pub references: &'static [Reference],
    pub status: Status,
}

impl Entry {
    /// The catalogue entry for a code, if it has one.
    pub fn of(code: Code) -> Option<Self> {
        if let Some(c) = code.reply_code() {
            return Some(Entry {
                title: c.title(),
                description: c.description(),
                when_seen: c.when_seen(),
                fix: c.fix(),
                use_when: c.use_when(),
                keywords: c.keywords(),
                references: c.references(),
                status: c.status(),
            });
        }
        code.enhanced_code().map(|c| Entry {
            title: c.title(),
            description: c.description(),
            when_seen: c.when_seen(),
            fix: c.fix(),
            use_when: c.use_when(),
            keywords: c.keywords(),
            references: c.references(),
            status: c.status(),
        })
    }
}

/// The commands after which the documents allow a reply, by role, in session order and
/// without repeats (a code listed by two documents for the same command appears once).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct After {
    pub success: Vec<Command>,
    pub intermediate: Vec<Command>,
    pub error: Vec<Command>,
}

impl After {
    pub fn of(code: ReplyCode) -> Self {
        let mut after = After::default();
        for command in Command::ALL {
            for allowed in code.allowed_after().iter().filter(|a| a.command == command) {
                let list = match allowed.role {
                    Role::Success => &mut after.success,
                    Role::Intermediate => &mut after.intermediate,
                    Role::Error => &mut after.error,
                };
                if !list.contains(&command) {
                    list.push(command);
                }
            }
        }
        after
    }

    pub fn is_empty(&self) -> bool {
        self.success.is_empty() && self.intermediate.is_empty() && self.error.is_empty()
    }
}

/// The enhanced codes the registry associates with a basic code, catalogued or not.
pub fn enhanced_for(code: BasicCode) -> Vec<EnhancedCode> {
    match code.catalogued() {
        Some(known) => known.enhanced().to_vec(),
        None => EnhancedCode::ALL
            .into_iter()
            .filter(|e| e.basic_uncatalogued().contains(&code.as_u16()))
            .collect(),
    }
}

/// The basic codes the registry associates with an enhanced code, as numbers, ascending.
pub fn basic_for(code: EnhancedCode) -> Vec<u16> {
    let mut numbers: Vec<u16> = code.basic().iter().map(|c| c.as_u16()).collect();
    numbers.extend_from_slice(code.basic_uncatalogued());
    numbers.sort_unstable();
    numbers
}

/// What the digits of a code mean, for any well-formed code.
#[derive(Clone, Copy, Debug)]
pub enum Digits {
    Basic {
        class: codes_core::Class,
        subject_digit: u8,
        subject: Option<Subject>,
    },
    Enhanced {
        class: Option<EnhancedClass>,
        subject_number: u16,
        subject: Option<EnhancedSubject>,
    },
}

impl Digits {
    pub fn of(code: Code) -> Self {
        match code {
            Code::Basic(basic) => Digits::Basic {
                class: basic.class(),
                subject_digit: basic.digits()[1],
                subject: basic.subject(),
            },
            Code::Enhanced { class, subject, .. } => Digits::Enhanced {
                class,
                subject_number: subject,
                subject: EnhancedSubject::from_digit(subject),
            },
        }
    }
}
