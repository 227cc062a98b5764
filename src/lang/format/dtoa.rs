//! Float to text: the decimal digits of an `f64` and CPython's layouts of them.
//!
//! Owns `repr(float)` ([`float_repr`]) and [`double_to_string`], the port of CPython's
//! `PyOS_double_to_string`/`format_float_short` (`Python/pystrtod.c`) that every float
//! presentation (`e f g r` and their upper-case forms, `%`-formatting, `format()`) goes through.
//!
//! Digits come from Rust's `core::fmt`, which plays the part of David Gay's `dtoa` here:
//! `{:e}` gives the shortest digits that round-trip (dtoa mode 0), `{:.N e}` the first N+1
//! significant digits (mode 2) and `{:.N}` the digits up to the N-th decimal place (mode 3),
//! both correctly rounded with ties to even on the exact binary value, as `dtoa` does.
//! (The one place they differ, a tie between two shortest strings, is fixed up in `shortest`.)

use num_bigint::BigInt;

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values written without exponent get `.0` (repr style).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, a negative value that rounds to zero loses its sign.
    pub no_neg_0: bool,
}

/// `dtoa`'s answer: `0.d1d2d3... × 10**decpt`, no leading or trailing zeros, zero is `("0", 1)`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    fn normalize(mut digits: Vec<u8>, mut decpt: i64) -> Digits {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        if lead == digits.len() {
            return Digits { digits: vec![b'0'], decpt: 1 };
        }
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }

    /// From Rust's scientific form `d.ddde-5` / `de7`.
    fn from_sci(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalize(digits, exp + 1)
    }

    /// From Rust's fixed form `123.4500`.
    fn from_fixed(s: &str) -> Digits {
        let int_len = s.bytes().take_while(u8::is_ascii_digit).count();
        let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalize(digits, int_len as i64)
    }
}

/// Shortest round-trip digits of a finite non-negative `x` (dtoa mode 0).
///
/// Rust and dtoa both return the shortest digit strings closest to `x`; when two such strings
/// are exactly equally close, dtoa takes the one with the even last digit and Rust the larger.
fn shortest(x: f64) -> Digits {
    let d = Digits::from_sci(&format!("{x:e}"));
    let n = d.digits.len();
    if n < 15 || d.digits.last().is_none_or(|&c| (c - b'0').is_multiple_of(2)) {
        return d;
    }
    let text = std::str::from_utf8(&d.digits).unwrap_or("0");
    let Ok(big) = text.parse::<BigInt>() else { return d };
    let k = d.decpt - n as i64;
    for other in [&big - 1u32, &big + 1u32] {
        if is_midpoint(x, &(&big + &other), k) {
            let alt = format!("{other}e{k}");
            if alt.parse::<f64>() == Ok(x) {
                let digits = other.to_string().into_bytes();
                let len = digits.len() as i64;
                return Digits::normalize(digits, k + len);
            }
        }
    }
    d
}

/// Whether `2 * x == sum * 10**k` exactly (`x` finite, non-negative).
fn is_midpoint(x: f64, sum: &BigInt, k: i64) -> bool {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
    // Cheap exits: 2x * 10**-k must be an odd integer. With e >= 0 it is even when k <= 0; with
    // e < 0 it is not an integer unless 10**-k supplies the missing factors of two.
    let twos = i64::from(m.trailing_zeros()) + e + 1;
    if (e >= 0 && k <= 0) || (twos < 0 && -k < -twos) {
        return false;
    }
    let ten = BigInt::from(10u32);
    let mut lhs = BigInt::from(m) * 2u32;
    let mut rhs = sum.clone();
    if k < 0 {
        lhs *= ten.pow(k.unsigned_abs() as u32);
    } else {
        rhs *= ten.pow(k as u32);
    }
    if e < 0 {
        rhs <<= e.unsigned_abs() as usize;
    } else {
        lhs <<= e as usize;
    }
    lhs == rhs
}

/// The first `n >= 1` significant digits of a finite non-negative `x` (dtoa mode 2).
fn significant(x: f64, n: usize) -> Digits {
    Digits::from_sci(&format!("{:.*e}", n.saturating_sub(1), x))
}

/// Digits of a finite non-negative `x` rounded to `n` decimal places (dtoa mode 3).
pub(crate) fn fixed_digits(x: f64, n: usize) -> String {
    format!("{x:.n$}")
}

/// `repr(x)` and `str(x)` for a float, exactly as CPython 3.11 writes them:
/// shortest round-trip digits, exponent form when the decimal exponent is < -4 or >= 16.
///
/// ```
/// use looplab::lang::format::float_repr;
/// assert_eq!(float_repr(0.1), "0.1");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(-0.0), "-0.0");
/// assert_eq!(float_repr(1e-05), "1e-05");
/// ```
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    double_to_string(x, 'r', 0, flags)
}

/// CPython's `PyOS_double_to_string(val, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` is repr style and ignores `precision`); any other code is treated as `r`.
/// `precision` is the number of digits after the point (`e`, `f`) or of significant digits (`g`);
/// the result holds about `precision` characters, so callers bound it first (the `format_*` and
/// `percent_*` functions fail with `MemoryError` past [`MAX_OUTPUT_CHARS`](super::MAX_OUTPUT_CHARS)).
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let (code, precision) = match code {
        'e' => ('e', precision.saturating_add(1)),
        'f' => ('f', precision),
        'g' => ('g', precision.max(1)),
        _ => ('r', 0),
    };
    format_float_short(val, code, precision, flags, upper)
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Port of `format_float_short`: lays out dtoa's digits for `code` in `e f g r` (lower case),
/// `precision` already adjusted as `PyOS_double_to_string` does.
fn format_float_short(d: f64, code: char, precision: usize, flags: DtoaFlags, upper: bool) -> String {
    let mut out = String::new();
    if d.is_nan() {
        // The sign of a nan is ignored.
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    if d.is_infinite() {
        if d < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let mut sign = d.is_sign_negative();
    let x = d.abs();
    let Digits { digits, mut decpt } = match code {
        'e' | 'g' => significant(x, precision),
        'f' => Digits::from_fixed(&fixed_digits(x, precision)),
        _ => shortest(x),
    };
    if flags.no_neg_0 && sign && digits == b"0" {
        sign = false;
    }
    let precision = precision as i64;
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    // `digits` is ASCII, so byte slicing is char slicing.
    let text = std::str::from_utf8(&digits).unwrap_or("0");
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&text[..split]);
        out.push('.');
        out.push_str(&text[split..]);
    } else {
        out.push_str(text);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_examples() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (1e-5, "1e-05"),
            (1e16, "1e+16"),
            (1.5e300, "1.5e+300"),
            (123456789012345.6, "123456789012345.6"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.0001, "0.0001"),
            (5e-324, "5e-324"),
            (1e15, "1000000000000000.0"),
            (-271556098175374.12, "-271556098175374.12"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn layouts() {
        let f = DtoaFlags::default();
        assert_eq!(double_to_string(2.675, 'f', 2, f), "2.67");
        assert_eq!(double_to_string(0.125, 'f', 2, f), "0.12");
        assert_eq!(double_to_string(0.5, 'f', 0, f), "0");
        assert_eq!(double_to_string(1e22, 'f', 0, f), "10000000000000000000000");
        assert_eq!(double_to_string(12345.678, 'e', 3, f), "1.235e+04");
        assert_eq!(double_to_string(0.0001, 'g', 6, f), "0.0001");
        assert_eq!(double_to_string(1e-5, 'G', 6, f), "1E-05");
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(double_to_string(12.0, 'g', 3, alt), "12.0");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
    }
}
