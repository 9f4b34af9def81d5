//! One module per command. Each builds its whole output (or fails) and returns it; `main`
//! writes it once through `outcome::finish`.

pub mod bounce;
pub mod compare;
pub mod docs;
pub mod explain;
pub mod list;
pub mod search;
pub mod show;
pub mod site;

use codes_core::Lang;

/// What every command is told besides its own arguments.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    /// `--json`: one JSON document on stdout instead of text.
    pub json: bool,
    /// The language of the output.
    pub lang: Lang,
}
