//! Facts about a [`Code`] that the library gives per kind, gathered into one view for the
//! cards, the comparison and the JSON: the commands a reply may follow, grouped by role, the
//! registry's associations, and what the digits mean.

use codes_core::{AnyReplyCode, Class, Command, EnhancedClass, EnhancedCode, EnhancedSubject};
use codes_core::{ReplyCode, Role, Subject};

use crate::query::Code;

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
                let list = after.role_mut(allowed.role);
                if !list.contains(&command) {
                    list.push(command);
                }
            }
        }
        after
    }

    fn role_mut(&mut self, role: Role) -> &mut Vec<Command> {
        match role {
            Role::Success => &mut self.success,
            Role::Intermediate => &mut self.intermediate,
            Role::Error => &mut self.error,
        }
    }

    /// Each role with its commands, in `Role::ALL` order.
    pub fn by_role(&self) -> [(Role, &[Command]); 3] {
        [
            (Role::Success, &self.success),
            (Role::Intermediate, &self.intermediate),
            (Role::Error, &self.error),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.success.is_empty() && self.intermediate.is_empty() && self.error.is_empty()
    }
}

/// The enhanced codes the registry associates with a basic code, catalogued or not.
pub fn enhanced_for(code: AnyReplyCode) -> Vec<EnhancedCode> {
    code.associated_enhanced().collect()
}

/// The basic codes the registry associates with an enhanced code, as numbers, ascending.
pub fn basic_for(code: EnhancedCode) -> Vec<u16> {
    let mut numbers: Vec<u16> = code.associated_basic().iter().map(|c| c.as_u16()).collect();
    numbers.extend_from_slice(code.associated_uncatalogued());
    numbers.sort_unstable();
    numbers
}

/// What the digits of a code mean, for any well-formed code.
#[derive(Clone, Copy, Debug)]
pub enum Digits {
    Basic {
        class: Class,
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

    /// The basic class whose retry advice applies: a basic code's own, or the class with the
    /// same digit for an enhanced code (2, 4 and 5 mean success, temporary and permanent in
    /// both).
    pub fn retry_class(self) -> Option<Class> {
        match self {
            Digits::Basic { class, .. } => Some(class),
            Digits::Enhanced { class, .. } => class.and_then(|c| Class::from_digit(c.digit())),
        }
    }
}
