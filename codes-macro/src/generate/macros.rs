//! `reply_code!(250)` and `enhanced_code!(X.1.1)`: a constant when the code is catalogued, a
//! compile error naming the code when it is not.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::resolved::Resolved;

pub fn checked_macros(catalogue: &Resolved) -> TokenStream {
    let numbers = catalogue
        .codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.number));
    let variants: Vec<&Ident> = catalogue.codes.iter().map(|c| &c.variant).collect();
    let enhanced_variants: Vec<&Ident> = catalogue.enhanced.iter().map(|e| &e.variant).collect();
    let enhanced_strings: Vec<&str> = catalogue.enhanced.iter().map(|e| e.code.as_str()).collect();
    // `X.1.1` as the compiler lexes it: the identifier `X`, a `.`, and the float literal
    // `1.1`, whose text is the subject and detail as the registry writes them.
    let (token_patterns, token_variants): (Vec<TokenStream>, Vec<&Ident>) = catalogue
        .enhanced
        .iter()
        .filter_map(|e| {
            let literal: Literal = format!("{}.{}", e.parts.0, e.parts.1).parse().ok()?;
            Some((quote! { X . #literal }, &e.variant))
        })
        .unzip();
    quote! {
        /// The catalogued [`ReplyCode`] for a number, checked at compile time:
        /// `reply_code!(250)` is `ReplyCode::Ok`, and a code that is not in the catalogue is a
        /// compile error that names it. Usable in `const` items.
        ///
        /// ```
        /// use codes_core::{reply_code, ReplyCode};
        /// const GREETING: ReplyCode = reply_code!(220);
        /// assert_eq!(GREETING.as_u16(), 220);
        /// ```
        #[macro_export]
        macro_rules! reply_code {
            #((#numbers) => { $crate::ReplyCode::#variants };)*
            ($code:literal) => {
                ::core::compile_error!(::core::concat!(
                    "reply code ", ::core::stringify!($code),
                    " is not in the catalogue; `ReplyCode::ALL` lists the codes it has"
                ))
            };
            ($($other:tt)*) => {
                ::core::compile_error!(::core::concat!(
                    "reply_code! takes one three-digit code, such as reply_code!(250); found `",
                    ::core::stringify!($($other)*), "`"
                ))
            };
        }

        /// The catalogued [`EnhancedCode`] for `X.S.D`, checked at compile time:
        /// `enhanced_code!(X.1.1)` (or `enhanced_code!("X.1.1")`) is
        /// `EnhancedCode::BadDestinationMailboxAddress`, and a code that is not in the
        /// catalogue is a compile error that names it. Usable in `const` items.
        ///
        /// ```
        /// use codes_core::{enhanced_code, EnhancedCode};
        /// const UNKNOWN_USER: EnhancedCode = enhanced_code!(X.1.1);
        /// assert_eq!(UNKNOWN_USER.as_str(), "X.1.1");
        /// ```
        #[macro_export]
        macro_rules! enhanced_code {
            #((#token_patterns) => { $crate::EnhancedCode::#token_variants };)*
            #((#enhanced_strings) => { $crate::EnhancedCode::#enhanced_variants };)*
            ($code:literal) => {
                ::core::compile_error!(::core::concat!(
                    "enhanced status code ", $code,
                    " is not in the catalogue; write it as \"X.S.D\", e.g. \"X.1.1\""
                ))
            };
            ($($code:tt)*) => {
                ::core::compile_error!(::core::concat!(
                    "enhanced status code ", ::core::stringify!($($code)*),
                    " is not in the catalogue; write it as X.S.D, e.g. X.1.1"
                ))
            };
        }

        /// Calls `$callback! { Variant Variant ... }` with every `ReplyCode` variant, in code
        /// order. For tests that need the whole list (the compile-fail test of
        /// exhaustiveness); not part of the API.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __reply_code_variants {
            ($callback:ident) => { $callback! { #(#variants)* } };
        }
    }
}
