//! `round()` for floats and float → int conversion (`int(x)`, `round(x)`), as CPython 3.11 does
//! them: `round(x, n)` rounds the exact binary value to `n` decimal places with ties to even
//! (`float.__round__`'s `double_round`), so `round(2.675, 2) == 2.67`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::dtoa::fixed_digits;
use super::FormatError;

/// `m * 2**e == |x|` for a finite `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for inf and nan.
pub fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t);
    // |t| >= 2**63, so e > 0.
    let mag = BigInt::from(m) << e.max(0) as usize;
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `round(x)` (no `ndigits`): nearest integer, ties to even.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FormatError> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    float_to_int(rounded)
}

/// `round(x, ndigits)` for a float: correctly rounded to `ndigits` decimal places (negative
/// `ndigits` rounds to tens, hundreds, ...); `OverflowError` if the result is too large.
///
/// ```
/// use looplab::lang::format::round_float;
/// assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
/// assert_eq!(round_float(12345.0, -2).unwrap(), 12300.0);
/// ```
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        fixed_digits(x, ndigits as usize)
    } else {
        let k = ndigits.unsigned_abs() as u32;
        let (m, e) = decompose(x);
        let pow10 = BigInt::from(10u32).pow(k);
        let (num, den) = if e >= 0 {
            (BigInt::from(m) << e as usize, pow10)
        } else {
            (BigInt::from(m), pow10 << (-e) as usize)
        };
        let (mut q, r) = num.div_rem(&den);
        let twice: BigInt = r * 2u32;
        if twice > den || (twice == den && q.is_odd()) {
            q += BigInt::one();
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        if q.is_zero() {
            format!("{sign}0")
        } else {
            format!("{sign}{q}e{k}")
        }
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(-0.001, 2).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_float(25.0, -1).unwrap(), 20.0);
        assert_eq!(round_float(35.0, -1).unwrap(), 40.0);
        assert!(round_float(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_float_to_int(0.5).unwrap(), BigInt::from(0));
        assert_eq!(round_float_to_int(1.5).unwrap(), BigInt::from(2));
        assert_eq!(round_float_to_int(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(float_to_int(1e20).unwrap().to_string(), "100000000000000000000");
        assert!(float_to_int(f64::NAN).is_err());
    }
}
