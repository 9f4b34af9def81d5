//! `PAIRS`: the codes people confuse, as the catalogue's `[[pair]]` table lists them.

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::enhanced_class;
use crate::resolved::{PairCode, Resolved};

pub fn pair_table(catalogue: &Resolved) -> TokenStream {
    let code = |member: &PairCode| match *member {
        PairCode::Basic(i) => {
            let variant = &catalogue.codes[i].variant;
            quote! { crate::table::PairCode::Basic(ReplyCode::#variant) }
        }
        PairCode::Enhanced(i, class) => {
            let variant = &catalogue.enhanced[i].variant;
            let class = enhanced_class(catalogue, class);
            quote! { crate::table::PairCode::Enhanced(EnhancedCode::#variant, #class) }
        }
    };
    let rows = catalogue.pairs.iter().map(|[a, b]| {
        let (a, b) = (code(a), code(b));
        quote! { crate::table::ConfusedPair { a: #a, b: #b } }
    });
    quote! {
        /// Codes people confuse, lower code first, in catalogue order.
        #[allow(deprecated)]
        pub(crate) const PAIRS: &[crate::table::ConfusedPair] = &[#(#rows),*];
    }
}
