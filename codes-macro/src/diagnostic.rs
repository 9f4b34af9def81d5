//! Problems found in a catalogue, each pinned to a file, line and column.

use std::fmt;
use std::ops::Range;

/// Which file a position is in: 0 is the catalogue, 1.. its translations in the order the
/// catalogue lists them.
pub type FileId = usize;

/// A 1-based line and column in one of the catalogue's files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub file: FileId,
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// The start of a file, for problems that belong to no line.
    pub fn start(file: FileId) -> Self {
        Pos {
            file,
            line: 1,
            column: 1,
        }
    }
}

/// `line:column`; messages that point to another file name it themselves.
impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Maps byte offsets of one file to line and column (columns count characters, as editors do).
pub struct LineIndex<'a> {
    file: FileId,
    source: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(file: FileId, source: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            file,
            source,
            line_starts,
        }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.source.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        // `offset` may fall inside a multi-byte character; count whole characters before it.
        let column = self.source[start..]
            .char_indices()
            .take_while(|(i, _)| start + i < offset)
            .count()
            + 1;
        Pos {
            file: self.file,
            line: line + 1,
            column,
        }
    }

    pub fn span_pos(&self, span: &Range<usize>) -> Pos {
        self.pos(span.start)
    }
}

/// One problem in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub message: String,
}

impl Diagnostic {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            pos,
            message: message.into(),
        }
    }

    /// `catalogue.toml:42:1: duplicate code 550 (first defined at 12:1)`, with the names of
    /// the files as the user wrote them (`files[pos.file]`).
    pub fn render(&self, files: &[String]) -> String {
        let file = files.get(self.pos.file).map_or("catalogue", String::as_str);
        format!("{file}:{}: {}", self.pos, self.message)
    }
}

/// Collects every problem so that one build reports all of them.
#[derive(Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, pos: Pos, message: impl Into<String>) {
        self.items.push(Diagnostic::new(pos, message));
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems in file order, so the first one printed is the first one in the file.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_key(|d| d.pos);
        self.items.dedup();
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Pos {
        Pos {
            file: 0,
            line,
            column,
        }
    }

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let index = LineIndex::new(0, "ab\n§d\nx");
        assert_eq!(index.pos(0), at(1, 1));
        assert_eq!(index.pos(1), at(1, 2));
        assert_eq!(index.pos(3), at(2, 1));
        // `§` is two bytes: `d` starts at byte 5 and is the second character of line 2.
        assert_eq!(index.pos(5), at(2, 2));
        assert_eq!(index.pos(7), at(3, 1));
        assert_eq!(index.pos(100), at(3, 2));
    }

    #[test]
    fn diagnostics_render_with_file_line_and_column() {
        let files = ["catalogue.toml".to_owned(), "catalogue.vi.toml".to_owned()];
        let d = Diagnostic::new(at(42, 1), "duplicate code 550");
        assert_eq!(d.render(&files), "catalogue.toml:42:1: duplicate code 550");
        let t = Diagnostic::new(
            Pos {
                file: 1,
                line: 3,
                column: 2,
            },
            "empty",
        );
        assert_eq!(t.render(&files), "catalogue.vi.toml:3:2: empty");
    }

    #[test]
    fn diagnostics_come_out_in_file_order() {
        let mut all = Diagnostics::default();
        all.push(at(9, 1), "b");
        all.push(at(2, 5), "a");
        let sorted = all.into_sorted();
        assert_eq!(sorted[0].message, "a");
        assert_eq!(sorted[1].message, "b");
    }
}
