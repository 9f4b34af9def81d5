//! The accessors of the catalogue types, written once over the tables `codes-macro`
//! generates, and the open types that hold any well-formed code.

mod any_enhanced_code;
mod any_reply_code;
mod command;
mod digits;
mod enhanced_code;
mod reply_code;

pub use any_enhanced_code::AnyEnhancedCode;
pub use any_reply_code::AnyReplyCode;

/// The class predicates of `http::StatusCode`'s kind, for a type with a `class()`: written
/// once for `Class`'s users (`ReplyCode`, `AnyReplyCode`).
macro_rules! class_predicates {
    () => {
        /// Whether the code is 2yz: the request was done.
        pub const fn is_positive_completion(self) -> bool {
            self.class().is_positive_completion()
        }

        /// Whether the code is 3yz: the server waits for more from the client.
        pub const fn is_positive_intermediate(self) -> bool {
            self.class().is_positive_intermediate()
        }

        /// Whether the code is 4yz: refused for now; the same request may succeed later.
        pub const fn is_transient(self) -> bool {
            self.class().is_transient()
        }

        /// Whether the code is 5yz: refused; repeating the request unchanged will not help.
        pub const fn is_permanent(self) -> bool {
            self.class().is_permanent()
        }

        /// Whether the code is 4yz or 5yz: the request was refused.
        pub const fn is_negative(self) -> bool {
            self.is_transient() || self.is_permanent()
        }
    };
}

pub(crate) use class_predicates;
