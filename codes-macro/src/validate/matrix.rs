//! `[[command]]` and `[[any_command]]`: the command–reply matrix, every cell naming a
//! catalogued code and every `except` a known command.

use std::collections::BTreeMap;

use super::Cx;
use super::rules::{duplicate, kebab_name, reference, references, text, variant};
use super::texts::Translator;
use crate::diagnostic::Diagnostics;
use crate::model::{Catalogue, ROLES, ReplyGroup};
use crate::resolved::{Cell, Code, Command, Matrix, Texts};

fn is_command_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && name.as_bytes()[0].is_ascii_uppercase()
}

/// The commands in catalogue order, and the cells of the matrix.
pub fn resolve(cx: &mut Cx<'_>, catalogue: &Catalogue, codes: &[Code]) -> Matrix {
    let Cx { diags, translator } = cx;
    let mut names = BTreeMap::new();
    let mut variants = BTreeMap::new();
    let mut commands = Vec::new();
    // (index into catalogue.commands, its resolved index)
    let mut indices = Vec::new();
    for (i, item) in catalogue.commands.iter().enumerate() {
        let name = &item.name;
        if is_command_name(&name.value) {
            duplicate(
                diags,
                &mut names,
                &name.value,
                name.pos,
                &format!("command {}", name.value),
            );
        } else {
            diags.push(
                name.pos,
                format!(
                    "command name `{}` must be upper-case letters, digits and `-`",
                    name.value
                ),
            );
        }
        let base = &item.base;
        let ident = variant(diags, &mut variants, &base.variant, "[[command]]");
        text(diags, &item.syntax, "syntax");
        let refs = references(diags, &base.references, base.pos);
        let mut texts = translator.prose(diags, ("command", &name.value), &base.texts, base.pos);
        let (on_success, on_error) = (texts.take("on_success"), texts.take("on_error"));
        let description = texts.take("description");
        if let (Some(ident), Some(description)) = (ident, description) {
            indices.push((i, commands.len()));
            commands.push(Command {
                name: name.value.clone(),
                variant: ident,
                syntax: item.syntax.value.clone(),
                description,
                on_success,
                on_error,
                references: refs,
            });
        }
    }
    let (condition_ids, conditions) = conditions(diags, translator, catalogue);
    let mut cells = Vec::new();
    for &(i, command) in &indices {
        for group in &catalogue.commands[i].replies {
            cells.extend(group_cells(diags, group, command, (codes, &condition_ids)));
        }
    }
    for rule in &catalogue.any_command {
        for name in &rule.except {
            if !names.contains_key(&name.value) {
                diags.push(
                    name.pos,
                    format!("`except` names {}, which is not a [[command]]", name.value),
                );
            }
        }
        for &(i, command) in &indices {
            let name = &catalogue.commands[i].name.value;
            if !rule.except.iter().any(|e| &e.value == name) {
                cells.extend(group_cells(
                    diags,
                    &rule.group,
                    command,
                    (codes, &condition_ids),
                ));
            }
        }
        // A rule that applies to no command is still checked.
        if indices.is_empty() {
            group_cells(diags, &rule.group, 0, (codes, &condition_ids));
        }
    }
    Matrix {
        commands,
        cells,
        conditions,
    }
}

/// The `[[condition]]`s: each id once, written in lowercase words joined by `-`; their texts
/// in every language, and the index of each id.
fn conditions(
    diags: &mut Diagnostics,
    translator: &mut Translator<'_>,
    catalogue: &Catalogue,
) -> (BTreeMap<String, usize>, Vec<Texts>) {
    let mut seen = BTreeMap::new();
    let mut ids = BTreeMap::new();
    let mut texts = Vec::new();
    for entry in &catalogue.conditions {
        let id = &entry.id;
        kebab_name(diags, &mut seen, id, "condition id");
        let mut translated =
            translator.prose(diags, ("condition", &id.value), &entry.texts, id.pos);
        if let Some(text) = translated.take("text") {
            ids.insert(id.value.clone(), texts.len());
            texts.push(text);
        }
    }
    (ids, texts)
}

/// The cells of one reply group for one command. Problems are reported once per group: the
/// same group spelled out for many commands gives the same diagnostics, which are merged.
fn group_cells(
    diags: &mut Diagnostics,
    group: &ReplyGroup,
    command: usize,
    (codes, conditions): (&[Code], &BTreeMap<String, usize>),
) -> Vec<Cell> {
    let source = reference(diags, &group.reference);
    let condition = group.condition.as_ref().map(|c| {
        let index = conditions.get(&c.value).copied();
        if index.is_none() {
            diags.push(
                c.pos,
                format!("condition `{}` is not a [[condition]]", c.value),
            );
        }
        index
    });
    let mut seen = BTreeMap::new();
    let mut cells = Vec::new();
    for (role, numbers) in ROLES.iter().zip(&group.roles) {
        for number in numbers {
            let code = codes
                .iter()
                .position(|c| i64::from(c.number) == number.value);
            if code.is_none() {
                diags.push(
                    number.pos,
                    format!(
                        "{} reply {} is not a [[code]] in the catalogue",
                        role.name, number.value
                    ),
                );
            }
            duplicate(
                diags,
                &mut seen,
                &number.value,
                number.pos,
                &format!("reply {} in this group", number.value),
            );
            if let (Some(code), Some(reference), Some(condition)) =
                (code, &source, condition.or(Some(None)))
            {
                cells.push(Cell {
                    command,
                    code,
                    role: *role,
                    reference: reference.clone(),
                    condition,
                });
            }
        }
    }
    cells
}
