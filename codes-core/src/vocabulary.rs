//! The words the catalogue is written in: how established a code is, what a reply does to the
//! connection, the role of a reply after a command, a reference, and a cell of the matrix.
//! They are the same for every catalogue, so they are plain Rust.

use core::fmt;

use crate::{Command, ReplyCode, Text};

/// How established a code is, as the catalogue records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Defined by a standards-track or core document (RFC 5321, RFC 3463, the registry).
    Standard,
    /// Defined by an SMTP service extension.
    Extension,
    /// Registered by IANA on the strength of an Internet-Draft that never became an RFC.
    Draft,
    /// No longer used; kept so old logs can still be explained.
    Obsolete,
    /// Marked deprecated in its registry.
    Deprecated,
    /// Seen in practice but not defined by any standard.
    NonStandard,
}

impl Status {
    /// The name the catalogue uses: `"standard"`, `"extension"`, `"draft"`, `"obsolete"`,
    /// `"deprecated"` or `"non-standard"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Extension => "extension",
            Self::Draft => "draft",
            Self::Obsolete => "obsolete",
            Self::Deprecated => "deprecated",
            Self::NonStandard => "non-standard",
        }
    }

    /// Whether new software should avoid sending a code with this status.
    pub const fn is_retired(self) -> bool {
        matches!(self, Self::Obsolete | Self::Deprecated)
    }
}

/// What a reply does to the connection, when it does more than answer a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Connection {
    /// The reply greets a new session (or a new TLS session).
    Opens,
    /// The server closes the connection after sending the reply.
    Closes,
}

impl Connection {
    /// `"opens"` or `"closes"`, as in the catalogue.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Opens => "opens",
            Self::Closes => "closes",
        }
    }
}

/// The role a reply plays after a command (RFC 5321 §4.3.2: S, I and E).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The command succeeded.
    Success,
    /// The server waits for more from the client (354 after DATA, 334 during AUTH).
    Intermediate,
    /// The command failed, for now or for good.
    Error,
}

impl Role {
    /// Every role, in the order RFC 5321 §4.3.2 names them.
    pub const ALL: [Role; 3] = [Role::Success, Role::Intermediate, Role::Error];

    /// `"success"`, `"intermediate"` or `"error"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Intermediate => "intermediate",
            Self::Error => "error",
        }
    }
}

/// A document that defines or uses a code, with its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    /// As the catalogue writes it: `"RFC 5321 §4.2.3"`.
    pub text: &'static str,
    /// Where to read it: `"https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"`.
    pub url: &'static str,
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// One cell of the command–reply matrix: `code` may answer `command` in `role`, as
/// `reference` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AllowedReply {
    /// The command (or event) the reply answers.
    pub command: Command,
    /// The reply.
    pub code: ReplyCode,
    /// What the reply means there.
    pub role: Role,
    /// The document that lists it.
    pub reference: Reference,
    /// When it applies, if not always: a phrase that follows "only" ("after a 554
    /// greeting"), in every language.
    pub condition: Option<Text>,
}
