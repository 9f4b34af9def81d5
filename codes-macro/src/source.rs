//! Stage one: find and read the catalogue file.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Resolves `written` against the calling crate's directory and reads it.
///
/// Absolute paths are refused (a crate must build the same on every machine). A missing file
/// is reported with the path as written and where it was looked for, not with the absolute
/// path, which differs from machine to machine.
pub fn read(manifest_dir: Option<&OsStr>, written: &str) -> Result<(PathBuf, String), String> {
    if Path::new(written).is_absolute() {
        return Err(format!(
            "catalogue path `{written}` is absolute; give it relative to the crate's Cargo.toml"
        ));
    }
    let Some(dir) = manifest_dir else {
        return Err("CARGO_MANIFEST_DIR is not set; build the crate with cargo".to_owned());
    };
    let path = Path::new(dir).join(written);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok((path, text)),
        Err(error) => Err(format!(
            "cannot read catalogue `{written}` (looked for it next to the calling crate's \
             Cargo.toml): {error}"
        )),
    }
}

/// The file of the translation into `tag` of the catalogue `written`: beside it, with the tag
/// before the extension (`catalogue.toml` → `catalogue.vi.toml`).
pub fn translation_file(written: &str, tag: &str) -> String {
    match written.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() && !extension.contains('/') => {
            format!("{stem}.{tag}.{extension}")
        }
        _ => format!("{written}.{tag}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_relative_to_the_manifest_dir() {
        let dir = std::env::temp_dir().join(format!("codes-macro-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("cat.toml"), "x = 1\n").expect("write");
        let (path, text) = read(Some(dir.as_os_str()), "cat.toml").expect("reads");
        assert_eq!(path, dir.join("cat.toml"));
        assert_eq!(text, "x = 1\n");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_missing_file_names_the_resolved_path() {
        let error = read(Some(OsStr::new("/nonexistent-dir")), "catalogue.toml").unwrap_err();
        assert!(
            error.starts_with("cannot read catalogue `catalogue.toml` (looked for it next to"),
            "{error}"
        );
        assert!(!error.contains("/nonexistent-dir"), "{error}");
    }

    #[test]
    fn absolute_paths_are_refused() {
        let error = read(Some(OsStr::new("/tmp")), "/etc/catalogue.toml").unwrap_err();
        assert!(error.contains("is absolute"), "{error}");
    }

    #[test]
    fn a_missing_manifest_dir_is_explained() {
        let error = read(None, "catalogue.toml").unwrap_err();
        assert!(error.contains("CARGO_MANIFEST_DIR"), "{error}");
    }
}
