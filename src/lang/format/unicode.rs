//! Character classes the way CPython 3.11 sees them, and `repr()`/`ascii()` of a `str`.
//!
//! Owns the lookups over the generated `unicode_tables` (Unicode 14.0, as CPython 3.11 ships):
//! `str.isprintable()` (which decides what `repr` escapes), decimal digit values
//! (`Py_UNICODE_TODECIMAL`, used by `int()`, `float()` and format-spec widths) and
//! `str.isspace()` (used to strip `int()`/`float()` arguments).

use super::unicode_tables::{DECIMAL_ZEROS, NON_PRINTABLE, WHITESPACE};

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    let idx = table.partition_point(|&(_, hi)| hi < c);
    table.get(idx).is_some_and(|&(lo, _)| lo <= c)
}

/// `c.isprintable()` in CPython 3.11.
pub(crate) fn is_printable(c: char) -> bool {
    !in_ranges(&NON_PRINTABLE, c as u32)
}

/// `c.isspace()` in CPython 3.11.
pub(crate) fn is_space(c: char) -> bool {
    in_ranges(&WHITESPACE, c as u32)
}

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), or `None`.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - u32::from(b'0'));
    }
    let c = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let v = c - zero;
    (v < 10).then_some(v)
}

fn push_escape(out: &mut String, c: char) {
    let c = c as u32;
    if c <= 0xff {
        out.push_str(&format!("\\x{c:02x}"));
    } else if c <= 0xffff {
        out.push_str(&format!("\\u{c:04x}"));
    } else {
        out.push_str(&format!("\\U{c:08x}"));
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_escape(&mut out, c),
            c if c.is_ascii() => out.push(c),
            c if !ascii_only && is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a `str`, as CPython 3.11 writes it.
///
/// ```
/// use looplab::lang::format::str_repr;
/// assert_eq!(str_repr("it's"), "\"it's\"");
/// assert_eq!(str_repr("a\u{200b}\n"), "'a\\u200b\\n'");
/// ```
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a `str`: like [`str_repr`] with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true)
}

/// `'%.200R' % s`-style truncation CPython applies to `repr` in error messages: the repr of `s`,
/// cut to its first 200 characters.
pub(crate) fn repr_200(s: &str) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_printable('a') && is_printable('é') && !is_printable('\u{200b}'));
        assert!(is_space(' ') && is_space('\u{1c}') && is_space('\u{3000}') && !is_space('x'));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{0665}'), Some(5));
        assert_eq!(decimal_value('x'), None);
        assert_eq!(decimal_value('\u{00b2}'), None);
    }

    #[test]
    fn reprs() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("\x00\x7f\u{85}é"), "'\\x00\\x7f\\x85é'");
        assert_eq!(str_ascii("é\u{1F600}"), "'\\xe9\\U0001f600'");
    }
}
