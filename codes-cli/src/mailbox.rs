//! What `bounce` reads: `.eml` files, mbox files and Maildir folders (or any folder of
//! messages), and standard input, cut into messages, each with the name it is reported
//! under (`path`, `path#3` for the third message of an mbox).

use std::io::Read;
use std::path::{Path, PathBuf};

/// One message and where it came from.
pub struct Item {
    pub label: String,
    pub bytes: Vec<u8>,
}

/// Whether bytes are an mbox: the first line is a `From ` envelope line.
fn is_mbox(bytes: &[u8]) -> bool {
    bytes.starts_with(b"From ")
}

/// The messages of one file's content: each of an mbox, or the file itself.
fn split(label: &str, bytes: Vec<u8>) -> std::io::Result<Vec<Item>> {
    if !is_mbox(&bytes) {
        return Ok(vec![Item {
            label: label.to_owned(),
            bytes,
        }]);
    }
    let messages = mail_parser::mailbox::mbox::MessageIterator::new(&bytes[..]);
    messages
        .enumerate()
        .map(|(i, message)| {
            Ok(Item {
                label: format!("{label}#{}", i + 1),
                bytes: message?.unwrap_contents(),
            })
        })
        .collect()
}

/// The files of a folder: a Maildir's `cur` and `new` (never `tmp`, where messages are still
/// being written), or every file below any other folder, in name order.
fn folder_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let maildir = dir.join("cur").is_dir() && dir.join("new").is_dir();
    let mut files = Vec::new();
    if maildir {
        for sub in ["cur", "new"] {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(dir.join(sub))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            entries.sort();
            files.extend(entries);
        }
        return Ok(files);
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            files.extend(folder_files(&entry)?);
        } else if entry.is_file() {
            files.push(entry);
        }
    }
    Ok(files)
}

/// The messages of one argument: a file, a folder, or `-` for standard input. An error
/// names the path that could not be read.
pub fn read(arg: &str) -> Result<Vec<Item>, (String, std::io::Error)> {
    if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| ("-".to_owned(), e))?;
        return split("-", bytes).map_err(|e| ("-".to_owned(), e));
    }
    let path = Path::new(arg);
    let files = if path.is_dir() {
        folder_files(path).map_err(|e| (arg.to_owned(), e))?
    } else {
        vec![path.to_path_buf()]
    };
    let mut items = Vec::new();
    for file in files {
        let label = file.display().to_string();
        let bytes = std::fs::read(&file).map_err(|e| (label.clone(), e))?;
        items.extend(split(&label, bytes).map_err(|e| (label, e))?);
    }
    Ok(items)
}
