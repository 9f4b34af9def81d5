//! Facts about a [`Code`] that the library gives per kind, gathered into one view for the
//! cards, the comparison and the JSON: the commands a reply may follow, grouped by role, the
//! registry's associations, and what the digits mean.

use codes_core::{AnyReplyCode, Class, Command, EnhancedClass, EnhancedCode, EnhancedSubject};
use codes_core::{ReplyCode, Role, Subject, Text};

use crate::query::Code;

/// The commands after which the documents allow a reply, by role, in session order and
/// without repeats (a code listed by two documents for the same command appears once).
/// Cells that apply only under a condition are kept apart, grouped by role and condition.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct After {
    pub success: Vec<Command>,
    pub intermediate: Vec<Command>,
    pub error: Vec<Command>,
    /// (role, condition, commands) for the cells that apply only under a condition, minus the
    /// commands that also allow the code unconditionally in that role.
    pub conditional: Vec<(Role, Text, Vec<Command>)>,
}

impl After {
    pub fn of(code: ReplyCode) -> Self {
        let mut after = After::default();
        for command in Command::ALL {
            let cells = code.allowed_after().iter().filter(|a| a.command == command);
            for allowed in cells.clone().filter(|a| a.condition.is_none()) {
                let list = after.role_mut(allowed.role);
                if !list.contains(&command) {
                    list.push(command);
                }
            }
            for allowed in cells {
                let Some(condition) = allowed.condition else {
                    continue;
                };
                if after.role_mut(allowed.role).contains(&command) {
                    continue;
                }
                match after
                    .conditional
                    .iter_mut()
                    .find(|(role, text, _)| *role == allowed.role && *text == condition)
                {
                    Some((_, _, list)) if !list.contains(&command) => list.push(command),
                    Some(_) => {}
                    None => after
                        .conditional
                        .push((allowed.role, condition, vec![command])),
                }
            }
        }
        after
    }

    /// Every command after which the code may come in `role`, with or without a condition.
    pub fn all_in(&self, role: Role) -> Vec<Command> {
        let mut all = match role {
            Role::Success => self.success.clone(),
            Role::Intermediate => self.intermediate.clone(),
            Role::Error => self.error.clone(),
        };
        for (_, _, list) in self.conditional.iter().filter(|(r, _, _)| *r == role) {
            for command in list {
                if !all.contains(command) {
                    all.push(*command);
                }
            }
        }
        all.sort();
        all
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
        self.success.is_empty()
            && self.intermediate.is_empty()
            && self.error.is_empty()
            && self.conditional.is_empty()
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
