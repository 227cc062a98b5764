//! The task-script language: a faithful subset of Python 3.11.
//!
//! `parse` is the only module that sees Ruff's parser; it turns source text into our own `ast`.
//! `compile` turns the AST into `bytecode`; `vm` runs it on heap frames with `value`s; `builtins`
//! are the functions and types every script sees; `format` is CPython's text formatting of
//! numbers and strings; `source` maps byte offsets to lines; `error` holds `SyntaxError`.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod error;
pub mod format;
pub mod host;
pub mod parse;
pub mod source;
pub mod value;
pub mod vm;
