//! The task-script language: a faithful subset of Python 3.11.
//!
//! `parse` is the only module that sees Ruff's parser; it turns source text into our own `ast`.
//! `source` maps byte offsets to lines and columns; `error` holds `SyntaxError` and friends;
//! `format` is CPython's text formatting of numbers and strings (repr, format specs, `%`).

pub mod ast;
pub mod error;
pub mod format;
pub mod parse;
pub mod source;
