//! SMTP reply codes as Rust types, generated from one catalogue.
//!
//! Everything this crate knows about a specific code comes from `catalogue.toml`, which the
//! `codes-macro` crate turns into enums and tables at build time:
//!
//! - [`ReplyCode`]: one variant per catalogued basic code (`ReplyCode::Ok` is 250), with `const`
//!   accessors for its title, reply text, description, when-seen notes, fix, references,
//!   class and subject, each text in every language of the catalogue ([`Lang`]). It is
//!   exhaustive: a `match` without a wildcard lists every code you have not handled, so
//!   **adding a code to the catalogue is a breaking change**.
//! - [`EnhancedCode`]: one variant per enhanced status code of the IANA registry (`X.1.1`).
//! - [`Entry`]: everything the catalogue says about one code, whatever its kind.
//! - [`Class`] and [`Subject`]: the meaning of a basic code's first and second digit;
//!   [`EnhancedClass`] and [`EnhancedSubject`] for enhanced codes.
//! - [`Command`] and [`AllowedReply`]: which replies may follow which command (RFC 5321 §4.3.2).
//! - [`AnyReplyCode`] and [`AnyEnhancedCode`]: any well-formed code seen on the wire,
//!   catalogued or not (`263`, `5.7.606`).
//! - [`PairCheck`]: whether a basic code and an enhanced code agree in class and are
//!   associated by the registry.
//! - [`reply_code!`] and [`enhanced_code!`]: compile-time checked constants.
//!
//! ```
//! use codes_core::{reply_code, AnyReplyCode, Lang, ReplyCode};
//!
//! const OK: ReplyCode = reply_code!(250);
//! assert_eq!(OK.title(), ReplyCode::from_u16(250).unwrap().title());
//! assert!(OK.is_positive_completion());
//! assert_eq!(OK.description_in(Lang::SOURCE), OK.description());
//!
//! // A code the catalogue does not know still has a class.
//! let odd: AnyReplyCode = "263".parse().unwrap();
//! assert!(odd.catalogued().is_none());
//! assert_eq!(odd.class().digit(), 2);
//! ```
//!
//! Reading what servers send:
//!
//! - [`Reply`] (module [`reply`]) and [`ReplyStream`]: a lenient, honest parser for replies as
//!   servers send them, reporting every [`Deviation`] from the standards.
//! - [`extract`]: replies inside free text (logs, bounces, pasted errors).
//!
//! Features: `std` (default; implies `alloc`), `alloc` (the stream parser and free-text
//! extraction) and `serde` (codes serialise as their text form; basic codes as numbers).
//! Without default features the crate is `#![no_std]` and allocation-free.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

codes_macro::catalogue!("catalogue.toml");

#[cfg(feature = "bounce")]
pub mod bounce;
mod codes;
mod confusion;
mod convert;
mod deviation;
mod entry;
mod error;
#[cfg(feature = "alloc")]
pub mod extract;
mod message;
mod pair;
mod reason;
pub mod reply;
mod scan;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "alloc")]
mod stream;
mod table;
mod vocabulary;

pub use codes::{AnyEnhancedCode, AnyReplyCode};
pub use confusion::{ConfusedPair, PairCode};
pub use deviation::{Deviation, Deviations};
pub use entry::{Entry, Text, Words};
pub use error::{ParseCodeError, ParseReplyError};
pub use pair::PairCheck;
pub use reply::Reply;
#[cfg(feature = "alloc")]
pub use stream::ReplyStream;
pub use vocabulary::{AllowedReply, Connection, Reference, Role, Status};
