//! Text to numbers: `int(s, base)` and `float(s)` for `str` arguments, with CPython 3.11's
//! grammar (whitespace, signs, base prefixes, underscores, Unicode decimal digits) and errors.
//!
//! Both start like CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: a non-ASCII
//! whitespace character becomes a space, a non-ASCII decimal digit its ASCII digit, and any other
//! non-ASCII character ends the usable text (the literal is then invalid).

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::int::INT_MAX_STR_DIGITS;
use super::unicode::{decimal_value, is_space, repr_200, str_repr};
use super::FormatError;

/// The ASCII text CPython parses for `s` (see the module doc); `'?'` marks an unusable char.
fn transform(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE`: ASCII whitespace only.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `int(s, base)` for a `str` `s`; `base` is 0 (infer from a prefix) or 2..=36.
///
/// ```
/// use looplab::lang::format::parse_int;
/// assert_eq!(parse_int("  -1_000 ", 10).unwrap(), (-1000).into());
/// assert_eq!(parse_int("0x_ff", 0).unwrap(), 255.into());
/// assert_eq!(parse_int("x", 10).unwrap_err().to_string(),
///            "ValueError: invalid literal for int() with base 10: 'x'");
/// ```
pub fn parse_int(s: &str, base: i64) -> Result<BigInt, FormatError> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(FormatError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || FormatError::value(format!("invalid literal for int() with base {base}: {}", repr_200(s)));
    let text = transform(s);
    let t = text.as_slice();
    let mut i = 0;
    while i < t.len() && is_ascii_space(t[i]) {
        i += 1;
    }
    let mut negative = false;
    match t.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let at = |k: usize| t.get(k).copied().unwrap_or(0);
    let mut b = base as u32;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    let p = at(i + 1).to_ascii_lowercase();
    if at(i) == b'0' && ((b == 16 && p == b'x') || (b == 8 && p == b'o') || (b == 2 && p == b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < t.len() && (digit_value(t[i]) < b || t[i] == b'_') {
        if t[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(t[i]);
        }
        prev = t[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} \
             digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let digits = std::str::from_utf8(&digits).map_err(|_| invalid())?;
    let mut value = BigInt::from_str_radix(digits, b).map_err(|_| invalid())?;
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    while i < t.len() && is_ascii_space(t[i]) {
        i += 1;
    }
    if i != t.len() {
        return Err(invalid());
    }
    if negative {
        value = -value;
    }
    Ok(value)
}

/// Removes underscores placed as CPython allows (each one between two digits), or `None`.
fn strip_underscores(t: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(t.len());
    let mut prev = 0u8;
    for &c in t {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `dtoa`'s grammar for a finite decimal: `[+-] (d+ [. d*] | . d+) [(e|E) [+-] d+]`.
fn is_decimal_literal(t: &[u8]) -> bool {
    let mut i = usize::from(matches!(t.first(), Some(b'+' | b'-')));
    let int_digits = t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if t.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(t.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == t.len()
}

/// `inf`, `infinity` or `nan` in any case, with an optional sign.
fn parse_special(t: &[u8]) -> Option<f64> {
    let (negative, rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let word = rest.to_ascii_lowercase();
    let v = match word.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -v } else { v })
}

/// `float(s)` for a `str` `s`: surrounding whitespace, underscores between digits, `inf`/`nan`,
/// Unicode digits; correctly rounded; out-of-range values become `±inf` or `±0.0`.
///
/// ```
/// use looplab::lang::format::parse_float;
/// assert_eq!(parse_float(" 1e3 ").unwrap(), 1000.0);
/// assert_eq!(parse_float("1_0.5").unwrap(), 10.5);
/// assert_eq!(parse_float("x").unwrap_err().to_string(),
///            "ValueError: could not convert string to float: 'x'");
/// ```
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::value(format!("could not convert string to float: {}", str_repr(s)));
    let text = transform(s);
    let text = if text.contains(&b'_') { strip_underscores(&text).ok_or_else(invalid)? } else { text };
    let start = text.iter().position(|&b| !is_ascii_space(b)).ok_or_else(invalid)?;
    let end = text.iter().rposition(|&b| !is_ascii_space(b)).map_or(start, |e| e + 1);
    let t = &text[start..end];
    if let Some(v) = parse_special(t) {
        return Ok(v);
    }
    if !is_decimal_literal(t) {
        return Err(invalid());
    }
    std::str::from_utf8(t).ok().and_then(|t| t.parse::<f64>().ok()).ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: i64) -> String {
        parse_int(s, base).map_or_else(|e| e.to_string(), |v| v.to_string())
    }

    fn float(s: &str) -> String {
        parse_float(s).map_or_else(|e| e.to_string(), super::super::float_repr)
    }

    #[test]
    fn ints() {
        assert_eq!(int("0_7", 0), "ValueError: invalid literal for int() with base 0: '0_7'");
        assert_eq!(int("00", 0), "0");
        assert_eq!(int("\u{0661}\u{0662}", 10), "12");
        assert_eq!(int("\u{2000}1\u{2000}", 10), "1");
        assert_eq!(int("\x1c1", 10), "ValueError: invalid literal for int() with base 10: '\\x1c1'");
        assert_eq!(int("z", 36), "35");
        assert_eq!(int("1__0", 10), "ValueError: invalid literal for int() with base 10: '1__0'");
        assert_eq!(int("1", 37), "ValueError: int() base must be >= 2 and <= 36, or 0");
    }

    #[test]
    fn floats() {
        assert_eq!(float("-nan"), "nan");
        assert_eq!(float(" -Infinity"), "-inf");
        assert_eq!(float("1e500"), "inf");
        assert_eq!(float(".5"), "0.5");
        assert_eq!(float("5."), "5.0");
        assert_eq!(float("1_e5"), "ValueError: could not convert string to float: '1_e5'");
        assert_eq!(float("1e"), "ValueError: could not convert string to float: '1e'");
        assert_eq!(float(" "), "ValueError: could not convert string to float: ' '");
        assert_eq!(float("\u{0661}.\u{0665}"), "1.5");
    }
}
