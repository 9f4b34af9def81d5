//! SMTP reply codes as Rust types, generated from one catalogue.
//!
//! Everything this crate knows about a specific code comes from `catalogue.toml`, which the
//! `codes-macro` crate turns into types at build time:
//!
//! - [`ReplyCode`]: one variant per catalogued basic code (`ReplyCode::Ok` is 250), with `const`
//!   accessors for its title, reply text, description, when-seen notes, fix, references,
//!   class and subject. It is exhaustive: a `match` without a wildcard lists every code you
//!   have not handled, so **adding a code to the catalogue is a breaking change**.
//! - [`EnhancedCode`]: one variant per enhanced status code of the IANA registry (`X.1.1`).
//! - [`Class`] and [`Subject`]: the meaning of a basic code's first and second digit.
//! - [`Command`] and [`AllowedReply`]: which replies may follow which command (RFC 5321 §4.3.2).
//! - [`BasicCode`] and [`EnhancedStatus`]: any well-formed code seen on the wire, catalogued
//!   or not (`263`, `5.7.606`).
//! - [`PairCheck`]: whether a basic code and an enhanced code agree in class and are
//!   associated by the registry.
//! - [`reply_code!`] and [`enhanced_code!`]: compile-time checked constants.
//!
//! ```
//! use codes_core::{reply_code, BasicCode, ReplyCode};
//!
//! const OK: ReplyCode = reply_code!(250);
//! assert_eq!(OK.title(), ReplyCode::from_u16(250).unwrap().title());
//! assert_eq!(OK.class().digit(), 2);
//!
//! // A code the catalogue does not know still has a class.
//! let odd: BasicCode = "263".parse().unwrap();
//! assert!(odd.catalogued().is_none());
//! assert_eq!(odd.class().digit(), 2);
//! ```
//!
//! - [`Reply`] and [`ReplyStream`]: a lenient, honest parser for replies as servers send them,
//!   reporting every [`Deviation`] from the standards.
//!
//! Features: `std` (default; implies `alloc`), `alloc` (the stream parser and free-text
//! extraction) and `serde` (codes serialise as their text form; basic codes as numbers).
//! Without default features the crate is `#![no_std]` and allocation-free.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

codes_macro::catalogue!("catalogue.toml");

mod basic;
mod convert;
mod deviation;
mod enhanced;
mod error;
#[cfg(feature = "alloc")]
pub mod extract;
mod pair;
mod reply;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "alloc")]
mod stream;

pub use basic::BasicCode;
pub use deviation::{Deviation, Deviations};
pub use enhanced::EnhancedStatus;
pub use error::ParseCodeError;
pub use pair::PairCheck;
pub use reply::{Limits, Line, Lines, ParseError, Reply};
#[cfg(feature = "alloc")]
pub use stream::ReplyStream;
