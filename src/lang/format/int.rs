//! Integers to text: `repr(int)`, `bin`/`oct`/`hex`, digits in any base, `int.__format__`, and
//! the exact `int` → `float` conversion that float presentation types (`e f g %`) need.
//!
//! Decimal conversions enforce CPython 3.11's default limit on integer string conversion
//! ([`INT_MAX_STR_DIGITS`] digits, `sys.set_int_max_str_digits`); binary bases are unlimited.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::float::format_float_internal;
use super::spec::{render_number, unknown_code, FormatSpec, Grouping, NumberParts, Separator};
use super::FormatError;

/// CPython's default `sys.get_int_max_str_digits()`: decimal strings of more digits are refused.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `repr(i)` for a machine integer (never limited).
pub fn int_repr_i64(i: i64) -> String {
    i.to_string()
}

fn limit_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal digits of `|v|`, refusing more than [`INT_MAX_STR_DIGITS`] digits as CPython does.
fn decimal_magnitude(v: &BigInt) -> Result<String, FormatError> {
    if let Some(u) = v.magnitude().to_u64() {
        return Ok(u.to_string());
    }
    // 2**14300 has 4305 digits: anything longer is surely over the limit.
    if v.magnitude().bits() > 14300 {
        return Err(limit_error());
    }
    let s = v.magnitude().to_str_radix(10);
    if s.len() > INT_MAX_STR_DIGITS {
        return Err(limit_error());
    }
    Ok(s)
}

/// `repr(v)` / `str(v)` for an `int`; fails like CPython past [`INT_MAX_STR_DIGITS`] digits.
///
/// ```
/// use num_bigint::BigInt;
/// use looplab::lang::format::int_repr;
/// assert_eq!(int_repr(&BigInt::from(-42)).unwrap(), "-42");
/// ```
pub fn int_repr(v: &BigInt) -> Result<String, FormatError> {
    if let Some(i) = v.to_i64() {
        return Ok(i.to_string());
    }
    let digits = decimal_magnitude(v)?;
    Ok(if v.is_negative() { format!("-{digits}") } else { digits })
}

/// Digits of `v` in `base` (2..=36, lower case, `-` for negatives, no prefix). Bases outside
/// 2..=36 are clamped into it. Not limited: callers that need `str()` semantics use [`int_repr`].
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    v.to_str_radix(base.clamp(2, 36))
}

fn prefixed(v: &BigInt, base: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(base);
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `bin(v)`: `0b101`, `-0b101`.
pub fn int_bin(v: &BigInt) -> String {
    prefixed(v, 2, "0b")
}

/// `oct(v)`: `0o17`, `-0o17`.
pub fn int_oct(v: &BigInt) -> String {
    prefixed(v, 8, "0o")
}

/// `hex(v)`: `0xff`, `-0xff`.
pub fn int_hex(v: &BigInt) -> String {
    prefixed(v, 16, "0x")
}

/// `float(v)` for an `int`: correctly rounded (ties to even); `OverflowError` when too large.
pub fn int_to_float(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(u64::MAX) as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit keeps the rounding of the 64-bit head right (it has > 53 + 1 bits).
        let sticky = u64::from(mag.trailing_zeros().is_some_and(|tz| tz < shift));
        let head = (top | sticky) as f64;
        if shift > 1100 {
            f64::INFINITY
        } else {
            head * 2f64.powi(shift as i32)
        }
    };
    if f.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if v.sign() == BigSign::Minus { -f } else { f })
}

/// `format(v, spec)` for an `int` (CPython's `int.__format__`), for every presentation type:
/// `b c d o x X n` and none, and `e E f F g G %` through `float(v)`.
///
/// `n` formats as in the C locale, which is the locale task scripts run in: like `d`, no grouping.
/// An empty spec must be handled by the caller as `str(value)` (it differs for `bool`).
///
/// ```
/// use num_bigint::BigInt;
/// use looplab::lang::format::{format_int, parse_spec};
/// let spec = parse_spec("#010_x", "int").unwrap();
/// assert_eq!(format_int(&BigInt::from(255), &spec).unwrap(), "0x0000_00ff");
/// ```
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(value, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(int_to_float(value)?, spec),
        _ => Err(unknown_code(ty, &spec.type_name)),
    }
}

fn format_long_internal(value: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = char_from_int(value)?;
        let remainder = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", decimal: false, remainder: &remainder };
        return render_number(&parts, spec, None, false);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        decimal_magnitude(value)?
    } else if value.is_zero() {
        "0".to_string()
    } else {
        value.magnitude().to_str_radix(base)
    };
    let sep = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(Grouping::Comma)) => Some(Separator { sep: ',', every: 3 }),
        (_, Some(Grouping::Underscore)) => Some(Separator { sep: '_', every: if base == 10 { 3 } else { 4 } }),
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    render_number(&parts, spec, sep.as_ref(), ty == 'X')
}

/// The character for code point `value` (`format(v, 'c')`, `chr`-like), with CPython's errors.
pub(crate) fn char_from_int(value: &BigInt) -> Result<char, FormatError> {
    let x = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(x as u32)
        .ok_or_else(|| FormatError::value("lone surrogates are not supported in strings"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::format::parse_spec;

    fn fmt(v: i64, spec: &str) -> String {
        let spec = parse_spec(spec, "int").unwrap();
        format_int(&BigInt::from(v), &spec).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn examples() {
        assert_eq!(fmt(1234567, ","), "1,234,567");
        assert_eq!(fmt(-255, "#x"), "-0xff");
        assert_eq!(fmt(255, "#X"), "0XFF");
        assert_eq!(fmt(-42, "010"), "-000000042");
        assert_eq!(fmt(1234, "010,"), "00,001,234");
        assert_eq!(fmt(65, "^5c"), "  A  ");
        assert_eq!(fmt(5, "%"), "500.000000%");
        assert_eq!(fmt(1, ".2"), "ValueError: Precision not allowed in integer format specifier");
        assert_eq!(fmt(1, "s"), "ValueError: Unknown format code 's' for object of type 'int'");
    }

    #[test]
    fn to_float_rounds_correctly() {
        let two = BigInt::from(2);
        let big = two.pow(80) + BigInt::from(1);
        assert_eq!(int_to_float(&big).unwrap(), 2f64.powi(80));
        let tie = (BigInt::from(1) << 80) + (BigInt::from(1) << 27); // halfway: to even
        assert_eq!(int_to_float(&tie).unwrap(), 2f64.powi(80));
        let above = tie + BigInt::from(1);
        assert_eq!(int_to_float(&above).unwrap(), 2f64.powi(80) + 2f64.powi(28));
        assert!(int_to_float(&(BigInt::from(1) << 1024)).is_err());
    }
}
