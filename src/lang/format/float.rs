//! `float.__format__`: the presentation types `e E f F g G n %` and none for floats
//! (port of CPython's `format_float_internal`), also used by `int.__format__` for those types.

use super::dtoa::{double_to_string, DtoaFlags};
use super::spec::{render_number, unknown_code, FormatSpec, Grouping, NumberParts, Separator};
use super::{check_size, FormatError};

/// `format(value, spec)` for a `float`.
///
/// With no type, the result is `repr`-like (shortest digits, at least one digit after the point)
/// when no precision is given, else like `g` but keeping at least one digit after the point.
/// `n` formats as in the C locale, the locale task scripts run in: like `g`, no grouping.
///
/// ```
/// use looplab::lang::format::{format_float, parse_spec};
/// let f = |x: f64, s: &str| format_float(x, &parse_spec(s, "float").unwrap()).unwrap();
/// assert_eq!(f(2.675, ".2f"), "2.67");
/// assert_eq!(f(1234.5, "_"), "1_234.5");
/// assert_eq!(f(-0.0001, "z.2f"), "0.00");
/// ```
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(value, spec),
        Some(ty) => Err(unknown_code(ty, &spec.type_name)),
    }
}

/// Port of `format_float_internal`; `spec.ty` is none or one of `e E f F g G n %`.
pub(crate) fn format_float_internal(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
    let mut ty = spec.ty.unwrap_or('r');
    let mut default_precision = 6;
    if ty == 'r' {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = value;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    // 'f' writes up to 309 digits before the point; every type writes `precision` digits after.
    check_size(precision.saturating_add(330))?;
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let sep = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(Grouping::Comma)) => Some(Separator { sep: ',', every: 3 }),
        (_, Some(Grouping::Underscore)) => Some(Separator { sep: '_', every: 3 }),
    };
    let parts = NumberParts { negative, prefix: "", digits, decimal, remainder };
    render_number(&parts, spec, sep.as_ref(), false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::format::parse_spec;

    fn fmt(x: f64, spec: &str) -> String {
        let spec = parse_spec(spec, "float").unwrap();
        format_float(x, &spec).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn examples() {
        assert_eq!(fmt(1.5, ""), "1.5");
        assert_eq!(fmt(1e16, "#"), "1.e+16");
        assert_eq!(fmt(12.0, ".3"), "12.0");
        assert_eq!(fmt(123.0, ".3"), "1.23e+02");
        assert_eq!(fmt(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(fmt(1234567.0, ",.2f"), "1,234,567.00");
        assert_eq!(fmt(0.5, ".0%"), "50%");
        assert_eq!(fmt(-1.5, "=+10.2f"), "-     1.50");
        assert_eq!(fmt(1.0, "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
        assert_eq!(fmt(1.0, ".2147483648f"), "ValueError: precision too big");
    }
}
