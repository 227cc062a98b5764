//! `str.__format__`: padding, alignment and truncation of strings (port of CPython's
//! `format_string_internal`), with its errors for options that only make sense for numbers.

use super::spec::{pad_to, unknown_code, Align, FormatSpec, Sign};
use super::{check_size, FormatError};

/// `format(value, spec)` for a `str`: type `s` or none.
///
/// ```
/// use looplab::lang::format::{format_str, parse_spec};
/// let f = |v: &str, s: &str| format_str(v, &parse_spec(s, "str").unwrap());
/// assert_eq!(f("abc", "*^7.2").unwrap(), "**ab***");
/// assert_eq!(f("abc", "+").unwrap_err().to_string(),
///            "ValueError: Sign not allowed in string format specifier");
/// ```
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.ty.is_none() {
        spec.check_grouping('s')?;
    }
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, &spec.type_name));
    }
    match spec.sign {
        Some(Sign::Space) => return Err(FormatError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(FormatError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    let (fill, align) = spec.fill_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let mut len = value.chars().count();
    let width_fits = spec.width.is_none_or(|w| w <= len);
    if width_fits && spec.precision.is_none_or(|p| p >= len) {
        return Ok(value.to_string());
    }
    check_size(spec.width.unwrap_or(0))?;
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let end = value.char_indices().nth(p).map_or(value.len(), |(i, _)| i);
            &value[..end]
        }
        _ => value,
    };
    Ok(pad_to(text, len, spec.width, fill, align))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::format::parse_spec;

    fn fmt(v: &str, spec: &str) -> String {
        let spec = parse_spec(spec, "str").unwrap();
        format_str(v, &spec).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn examples() {
        assert_eq!(fmt("abc", "010"), "abc0000000");
        assert_eq!(fmt("abc", ">5"), "  abc");
        assert_eq!(fmt("héllo", ".2"), "hé");
        assert_eq!(fmt("x", ","), "ValueError: Cannot specify ',' with 's'.");
        assert_eq!(fmt("x", "=5"), "ValueError: '=' alignment not allowed in string format specifier");
        assert_eq!(fmt("x", "d"), "ValueError: Unknown format code 'd' for object of type 'str'");
    }
}
