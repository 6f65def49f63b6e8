//! The one formatter: tokens → `syn::File` → prettyplease, behind an `@generated` header.

use proc_macro2::TokenStream;
use syn::visit_mut::VisitMut;

use crate::ir::LowerError;

/// Formats a whole file. `source` is the spec it came from (`specs/pooul.yaml`).
pub fn rust_file(source: &str, tokens: TokenStream) -> Result<String, LowerError> {
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| LowerError(format!("generated tokens do not parse: {e}")))?;
    PlainDocs.visit_file_mut(&mut file);
    Ok(format!(
        "// @generated from {source} by `codegen generate`; do not edit.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// Whether `c` may not appear as itself in generated source: a control character other than
/// a newline or a tab (rustc refuses a bare CR in a doc comment), or a bidirectional-text
/// control (rustc denies them in comments and literals: they make text read differently from
/// how it compiles). String literals escape them already; doc text is written as comments.
pub fn needs_escape(c: char) -> bool {
    let bidi = matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    );
    bidi || (c.is_control() && c != '\n' && c != '\t')
}

/// Doc attributes (spec text: titles, docs, assumptions) become `///` comments when
/// prettyplease prints them; each character that may not appear as itself is written as its
/// `\u{..}` escape instead.
struct PlainDocs;

impl VisitMut for PlainDocs {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if !attr.path().is_ident("doc") {
            return;
        }
        if let syn::Meta::NameValue(nv) = &mut attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &mut nv.value
            {
                let value = s.value();
                if value.chars().any(needs_escape) {
                    *s = syn::LitStr::new(&escaped(&value), s.span());
                }
            }
        }
    }
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_is_written_plainly() {
        let tokens: TokenStream = quote::quote! {
            #[doc = " a\rb \u{202e}c\u{7} d */ \\ \" #"]
            pub struct S;
        };
        let text = rust_file("specs/x.yaml", tokens).unwrap();
        assert!(
            text.contains(r#"/// a\u{d}b \u{202e}c\u{7} d */ \ " #"#),
            "{text}"
        );
        assert!(!text.chars().any(needs_escape));
        syn::parse_file(&text).unwrap();
    }
}
