//! The shape every generated enum shares: one documented variant per entry, `ALL`, an
//! optional lookup from the entry's key, and the table of rows the accessors in `codes-core`
//! read (`ROWS[variant as usize]`).

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// A lookup from the key that names an entry to its variant: `from_u16(code: u16)`.
pub struct Lookup {
    /// `from_u16`.
    pub name: Ident,
    /// `code: u16`, or `subject: u16, detail: u16`.
    pub params: TokenStream,
    /// What the parameters are matched as: `code`, or `(subject, detail)`.
    pub scrutinee: TokenStream,
    /// The rustdoc of the lookup.
    pub doc: &'static str,
    /// One pattern per variant, in variant order: `250`, `(1, 1)`.
    pub keys: Vec<TokenStream>,
}

/// A lookup by one number: its name, its parameter and its rustdoc.
pub type NumberLookup = (&'static str, &'static str, &'static str);

impl Lookup {
    /// `name(param: u16)`, matching the numbers in variant order.
    pub fn by_number((name, param, doc): NumberLookup, numbers: impl Iterator<Item = u16>) -> Self {
        let param = Ident::new(param, Span::call_site());
        Lookup {
            name: Ident::new(name, Span::call_site()),
            params: quote!(#param: u16),
            scrutinee: quote!(#param),
            doc,
            keys: numbers
                .map(|n| {
                    let n = Literal::u16_unsuffixed(n);
                    quote!(#n)
                })
                .collect(),
        }
    }
}

/// The cells of the matrix that `keep` selects, as `&[AllowedReply, ...]`.
pub fn cells(
    catalogue: &crate::resolved::Resolved,
    keep: impl Fn(&crate::resolved::Cell) -> bool,
) -> TokenStream {
    let cells = catalogue
        .matrix
        .cells
        .iter()
        .filter(|c| keep(c))
        .map(|c| super::commands::cell(catalogue, c));
    quote! { &[#(#cells),*] }
}

/// One generated enum.
pub struct Enumeration<'a> {
    pub name: Ident,
    /// The rustdoc and attributes of the enum.
    pub docs: TokenStream,
    /// Each variant with its rustdoc and attributes.
    pub variants: Vec<(TokenStream, &'a Ident)>,
    /// The rustdoc of `ALL`.
    pub all_doc: &'static str,
    pub lookup: Option<Lookup>,
    /// `crate::table::ReplyRow`.
    pub row_type: TokenStream,
    /// One row per variant, in variant order.
    pub rows: Vec<TokenStream>,
}

pub fn enumeration(e: Enumeration<'_>) -> TokenStream {
    let Enumeration {
        name,
        docs,
        variants,
        all_doc,
        lookup,
        row_type,
        rows,
    } = e;
    let count = variants.len();
    let idents: Vec<&Ident> = variants.iter().map(|(_, ident)| *ident).collect();
    let attributed = variants
        .iter()
        .map(|(attrs, ident)| quote! { #attrs #ident });
    let lookup = lookup.map(|l| {
        let Lookup {
            name,
            params,
            scrutinee,
            doc,
            keys,
        } = l;
        quote! {
            #[doc = #doc]
            pub const fn #name(#params) -> ::core::option::Option<Self> {
                match #scrutinee {
                    #(#keys => ::core::option::Option::Some(Self::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    });
    quote! {
        #docs
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#attributed,)*
        }

        #[allow(deprecated)]
        impl #name {
            #[doc = #all_doc]
            pub const ALL: [Self; #count] = [#(Self::#idents),*];

            #lookup

            pub(crate) const ROWS: &'static [#row_type] = &[#(#rows),*];
        }
    }
}
