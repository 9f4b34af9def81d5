//! Small text helpers shared by the stages: reflowing prose and checking names.

/// Joins the lines of each paragraph with single spaces; paragraphs (separated by blank lines)
/// stay separate, joined by one blank line. Authors wrap text in the TOML file for reading;
/// the program wraps it again for the reader's terminal.
pub fn reflow(raw: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in raw.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs.join("\n\n")
}

/// Whether `name` can be a variant name: `UpperCamelCase` ASCII, not a keyword.
pub fn is_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_ascii_uppercase() && chars.all(|c| c.is_ascii_alphanumeric()) && name != "Self"
}

/// Whether a reference names a source in one of the forms the catalogue uses:
/// `RFC 5321`, `RFC 5321 §4.2.3`, `RFC 5321 §4.2.3 (errata 1234)`... or the IANA registry.
pub fn is_reference(text: &str) -> bool {
    if text == IANA_REGISTRY {
        return true;
    }
    let Some(rest) = text.strip_prefix("RFC ") else {
        return false;
    };
    let number_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if number_len == 0 || rest.starts_with('0') {
        return false;
    }
    let rest = &rest[number_len..];
    if rest.is_empty() {
        return true;
    }
    let Some(section) = rest.strip_prefix(" §") else {
        return false;
    };
    let section_len = section
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'.')
        .count();
    section_len > 0 && section.as_bytes()[0].is_ascii_alphanumeric() && !section.ends_with('.') && {
        let tail = &section[section_len..];
        tail.is_empty() || (tail.starts_with(" (") && tail.ends_with(')'))
    }
}

/// The web address of a reference: the RFC Editor's page (at the section when one is given)
/// or the IANA registry.
pub fn reference_url(reference: &str) -> String {
    if reference == IANA_REGISTRY {
        return "https://www.iana.org/assignments/smtp-enhanced-status-codes".to_owned();
    }
    let rest = reference.trim_start_matches("RFC ");
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let base = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    match rest.split_once(" §") {
        None => base,
        Some((_, section)) => {
            let section: String = section
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
                .collect();
            if section.starts_with(|c: char| c.is_ascii_digit()) {
                format!("{base}#section-{section}")
            } else {
                format!("{base}#appendix-{section}")
            }
        }
    }
}

/// Escapes text so rustdoc's Markdown shows it as written (`<domain>` is not an HTML tag,
/// `[X.7.1]` is not a link).
pub fn doc_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// How the catalogue names the IANA registry of enhanced status codes.
pub const IANA_REGISTRY: &str = "IANA SMTP Enhanced Status Codes registry";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflow_joins_lines_and_keeps_paragraphs() {
        let raw = "First line\n  goes on.\n\n\nSecond\nparagraph.\n";
        assert_eq!(reflow(raw), "First line goes on.\n\nSecond paragraph.");
        assert_eq!(reflow("  \n \n"), "");
    }

    #[test]
    fn variant_names_are_upper_camel_case() {
        let valid = ["ServiceReady", "Ok"];
        let invalid = ["ok", "Service_Ready", "Service Ready", "", "Self", "2xx"];
        assert!(valid.iter().all(|name| is_variant_name(name)));
        assert!(!invalid.iter().any(|name| is_variant_name(name)));
    }

    #[test]
    fn references_link_to_their_section() {
        assert_eq!(
            reference_url("RFC 5321 §4.2.3"),
            "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"
        );
        assert_eq!(
            reference_url("RFC 1985"),
            "https://www.rfc-editor.org/rfc/rfc1985"
        );
        assert_eq!(
            reference_url("RFC 5321 §D.1"),
            "https://www.rfc-editor.org/rfc/rfc5321#appendix-D.1"
        );
        assert_eq!(
            reference_url("RFC 4954 §4 (errata 4702)"),
            "https://www.rfc-editor.org/rfc/rfc4954#section-4"
        );
        assert!(reference_url(IANA_REGISTRY).starts_with("https://www.iana.org/"));
    }

    #[test]
    fn doc_text_is_escaped() {
        assert_eq!(
            doc_escape("<domain> [X.7.1] a_b"),
            "\\<domain\\> \\[X.7.1\\] a\\_b"
        );
    }

    #[test]
    fn references_take_the_catalogue_forms() {
        let valid = [
            "RFC 5321",
            "RFC 5321 §4.2.3",
            "RFC 5321 §D.1",
            "RFC 4954 §4 (errata 4702)",
            IANA_REGISTRY,
        ];
        let invalid = [
            "rfc 5321",
            "RFC",
            "RFC 0821",
            "RFC 5321 section 4",
            "RFC 5321 §",
            "RFC 5321 §4.2.",
            "See RFC 5321",
        ];
        for reference in valid {
            assert!(is_reference(reference), "{reference}");
        }
        for reference in invalid {
            assert!(!is_reference(reference), "{reference}");
        }
    }
}
