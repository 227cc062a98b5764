//! CPython 3.11's text formatting of numbers and strings, as pure functions on Rust values.
//!
//! This module owns every byte a task script can see when it turns a number or a string into
//! text (or text back into a number): `repr(float)`, the format-spec mini-language of `format()`,
//! f-strings and `str.format`, `%`-formatting, `int()`/`float()` parsing and `round()`. No VM type
//! crosses this boundary: values are `i64`/[`BigInt`](num_bigint::BigInt), `f64` and `&str`, and
//! every failure is a [`FormatError`] naming the Python exception the VM must raise, with CPython's
//! exact message.
//!
//! Invariants:
//! - Output is byte-identical to CPython 3.11 for every input; known exceptions are listed in
//!   `docs/differences-format.md` and nowhere else.
//! - No input (spec string, template, value) makes any function here panic; oversized requests
//!   fail with [`FormatError::MemoryError`] instead of allocating (see [`MAX_OUTPUT_CHARS`]).
//! - Digit generation is correctly rounded (round-half-even on the exact binary value), like
//!   CPython's `dtoa.c`; it is done by Rust's `core::fmt`, whose exact modes have the same contract.
//!
//! Submodules: `dtoa` (digits and CPython's float layouts, `repr`), `spec` (mini-language parser
//! and number layout), `int`/`float`/`string` (`__format__` per type), `percent` (`%`-formatting
//! pieces), `parse` (`int()`/`float()` from text), `round` (`round()`), `unicode` (tables, `repr`
//! of `str`).

mod dtoa;
mod float;
mod int;
mod parse;
mod percent;
mod round;
mod spec;
mod string;
mod unicode;
mod unicode_tables;

use std::fmt;

pub use dtoa::{double_to_string, float_repr, DtoaFlags};
pub use float::format_float;
pub use int::{
    format_int, int_bin, int_hex, int_oct, int_repr, int_repr_i64, int_to_base, int_to_float,
    INT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int};
pub use percent::messages as percent_messages;
pub use percent::{
    parse_percent, percent_char, percent_char_from_int, percent_float, percent_int, percent_str,
    percent_wrong_type, PercentConv, PercentCount, PercentFlags, PercentPiece, PercentSpec,
};
pub use round::{float_to_int, round_float, round_float_to_int};
pub use spec::{parse_spec, Align, FormatSpec, Grouping, Sign};
pub use string::format_str;
pub use unicode::{str_ascii, str_repr};

/// Largest string (in characters) that formatting will build; a width or precision asking for
/// more fails with [`FormatError::MemoryError`] (CPython would try to allocate it).
pub const MAX_OUTPUT_CHARS: usize = 1 << 24;

/// A Python exception raised by formatting or parsing: the variant is the exception type, the
/// payload its message, exactly as CPython 3.11 words it.
///
/// `Display` renders the traceback's last line, e.g.
/// `ValueError: Unknown format code 'd' for object of type 'float'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    ValueError(String),
    /// `TypeError(message)`.
    TypeError(String),
    /// `OverflowError(message)`.
    OverflowError(String),
    /// `MemoryError()`: the result would exceed [`MAX_OUTPUT_CHARS`].
    MemoryError,
}

impl FormatError {
    /// The Python exception type name (`"ValueError"`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            FormatError::ValueError(_) => "ValueError",
            FormatError::TypeError(_) => "TypeError",
            FormatError::OverflowError(_) => "OverflowError",
            FormatError::MemoryError => "MemoryError",
        }
    }

    /// The exception's message (`str(exc)`); empty for `MemoryError`.
    pub fn message(&self) -> &str {
        match self {
            FormatError::ValueError(m) | FormatError::TypeError(m) | FormatError::OverflowError(m) => m,
            FormatError::MemoryError => "",
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::ValueError(msg.into())
    }

    pub(crate) fn type_error(msg: impl Into<String>) -> Self {
        FormatError::TypeError(msg.into())
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError::OverflowError(msg.into())
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::MemoryError => f.write_str("MemoryError"),
            _ => write!(f, "{}: {}", self.type_name(), self.message()),
        }
    }
}

impl std::error::Error for FormatError {}

/// Fails with `MemoryError` when a result of `chars` characters would be too large.
pub(crate) fn check_size(chars: usize) -> Result<(), FormatError> {
    if chars > MAX_OUTPUT_CHARS {
        Err(FormatError::MemoryError)
    } else {
        Ok(())
    }
}
