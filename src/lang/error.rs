//! `SyntaxError`: a located error in a script's source, rendered exactly like CPython 3.11 prints
//! an uncaught syntax error (the file line, the stripped source line, a caret run, the message).

use std::fmt;

use super::source::{LineIndex, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxKind::SyntaxError => "SyntaxError",
            SyntaxKind::IndentationError => "IndentationError",
            SyntaxKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters (CPython's `offset`), and the end column (exclusive).
    pub column: u32,
    pub end_column: u32,
    /// The source line, as in the file.
    pub text: String,
}

impl SyntaxError {
    pub fn new(kind: SyntaxKind, message: impl Into<String>, filename: &str, source: &str, span: Span) -> SyntaxError {
        let index = LineIndex::new(source);
        let start = span.start.min(source.len() as u32);
        let line = index.line(start);
        let text = source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").to_string();
        let column = index.column(source, start) + 1;
        let end = span.end.max(span.start).min(source.len() as u32);
        let end_column = if index.line(end) == line { index.column(source, end) + 1 } else { text.chars().count() as u32 + 1 };
        SyntaxError {
            kind,
            message: message.into(),
            filename: filename.to_string(),
            line,
            column,
            end_column: end_column.max(column + 1),
            text,
        }
    }
}

impl fmt::Display for SyntaxError {
    /// CPython's rendering: the source line without its indentation, and carets under the span.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let trimmed = self.text.trim_start();
        let indent = self.text.chars().count() - trimmed.chars().count();
        let shown = trimmed.trim_end_matches(['\n', '\r']);
        if !shown.trim().is_empty() {
            writeln!(f, "    {shown}")?;
            let col = (self.column as usize).saturating_sub(1).saturating_sub(indent);
            let width = (self.end_column.saturating_sub(self.column) as usize).max(1);
            let width = width.min(shown.chars().count().saturating_sub(col).max(1));
            writeln!(f, "    {}{}", " ".repeat(col), "^".repeat(width))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
