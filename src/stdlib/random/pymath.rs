//! Python float semantics that `random.py` leans on: the `math` functions with their error checks
//! (`math_1` in `Modules/mathmodule.c`), `float ** float` (`float_pow`), `float % float`
//! (`float_rem`), `float / float` (division by zero raises), and the module constants with the
//! exact bits CPython computes at import.
//!
//! The transcendental functions are the correctly rounded ones of `crmath`, identical on every
//! platform; only at the edges `crmath` declines (overflow, subnormal results, huge arguments) do
//! they fall back to Rust's `f64` methods (the platform libm natively, Rust's `libm` port on
//! wasm32). See `docs/differences-random.md` for how this compares with CPython's libm.

use super::crmath;
use super::error::{RandomError, RandomResult};

/// `math.tau`.
pub const TWOPI: f64 = std::f64::consts::TAU;
/// `math.pi`.
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`.
pub const E: f64 = std::f64::consts::E;
/// `random.NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)` as CPython computes it (0x1.b72cd3f331398p+0).
pub const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
/// `random.LOG4 = log(4.0)` (0x1.62e42fefa39efp+0).
pub const LOG4: f64 = 1.386_294_361_119_890_6;
/// `random.SG_MAGICCONST = 1.0 + log(4.5)` (0x1.40859baee748fp+1).
pub const SG_MAGICCONST: f64 = 2.504_077_396_776_274;

fn domain_error() -> RandomError {
    RandomError::value("math domain error")
}

/// `math_1`'s checks: NaN out of a non-NaN input is a domain error; an infinity out of a finite
/// input is an overflow (`can_overflow`) or a domain error (a singularity).
fn math_1(x: f64, r: f64, can_overflow: bool) -> RandomResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            RandomError::Overflow("math range error".into())
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// `math.log(x)` for a float `x` (`m_log` then `math_1`): zero and negatives are domain errors.
pub fn log(x: f64) -> RandomResult<f64> {
    let r = if x.is_finite() {
        if x > 0.0 {
            crmath::log(x).unwrap_or_else(|| x.ln())
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    };
    math_1(x, r, false)
}

/// `math.log(n, 4)` for a positive integer `n` exactly representable as a float, as `sample()`
/// uses it: `log(n) / log(4)` (`loghelper` for both, then a float division).
pub fn log_base4_of_int(n: u64) -> f64 {
    let x = n as f64;
    crmath::log(x).unwrap_or_else(|| x.ln()) / LOG4
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> RandomResult<f64> {
    math_1(x, crmath::exp(x).unwrap_or_else(|| x.exp()), true)
}

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> RandomResult<f64> {
    math_1(x, x.sqrt(), false)
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> RandomResult<f64> {
    math_1(x, crmath::cos(x).unwrap_or_else(|| x.cos()), false)
}

/// `math.sin(x)`.
pub fn sin(x: f64) -> RandomResult<f64> {
    math_1(x, crmath::sin(x).unwrap_or_else(|| x.sin()), false)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> RandomResult<f64> {
    math_1(x, crmath::acos(x).unwrap_or_else(|| x.acos()), false)
}

/// `x / y` for floats: `ZeroDivisionError: float division by zero` when `y == 0`.
pub fn div(x: f64, y: f64) -> RandomResult<f64> {
    if y == 0.0 {
        return Err(RandomError::float_division());
    }
    Ok(x / y)
}

/// `x % y` for floats (`float_rem`): the result takes the sign of `y`.
pub fn rem(x: f64, y: f64) -> RandomResult<f64> {
    if y == 0.0 {
        return Err(RandomError::ZeroDivision("float modulo".into()));
    }
    let m = x % y;
    Ok(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    })
}

fn is_odd_integer(x: f64) -> bool {
    // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
    (x.abs() % 2.0) == 1.0
}

/// `x ** y` for floats (`float_pow`), including its special cases and errors:
/// `0.0 ** negative` is a `ZeroDivisionError`, an overflow is `OverflowError` with the
/// `strerror(ERANGE)` message. A negative base with a fractional exponent would make a complex
/// number in CPython; no `random` method can reach that, and it is reported as a `ValueError`.
pub fn pow(x: f64, y: f64) -> RandomResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(RandomError::ZeroDivision(
                "0.0 cannot be raised to a negative power".into(),
            ));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            return Err(RandomError::value(
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = crmath::pow(base, y).unwrap_or_else(|| base.powf(y));
    if r.is_infinite() {
        return Err(RandomError::Overflow(
            "(34, 'Numerical result out of range')".into(),
        ));
    }
    Ok(if negate { -r } else { r })
}

/// `hash(x)` for a float (`_Py_HashDouble`): the value reduced modulo the Mersenne prime
/// 2**61 - 1, with the sign applied and -1 mapped to -2. NaN hashes by object identity in
/// CPython 3.11, which no script can reproduce; here it hashes to 0 (the pre-3.10 value).
pub fn hash_float(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp` for finite `v`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    if exp_field == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp_field - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_cpython_bits() {
        assert_eq!(NV_MAGICCONST.to_bits(), 0x3ffb_72cd_3f33_1398);
        assert_eq!(LOG4.to_bits(), 0x3ff6_2e42_fefa_39ef);
        assert_eq!(SG_MAGICCONST.to_bits(), 0x4004_0859_baee_748f);
        assert_eq!(TWOPI.to_bits(), 0x4019_21fb_5444_2d18);
    }

    #[test]
    fn float_hash_matches_cpython() {
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-1.5), -1_152_921_504_606_846_977);
        assert_eq!(hash_float(f64::INFINITY), 314_159);
        assert_eq!(hash_float(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_float(f64::from_bits(1)), 16_777_216);
        assert_eq!(hash_float(0.0), 0);
        assert_eq!(hash_float(12345.0), 12345);
    }

    #[test]
    fn float_remainder_takes_divisor_sign() {
        assert_eq!(rem(-1.0, TWOPI).unwrap(), -1.0 + TWOPI);
        assert_eq!(rem(-0.0, 2.0).unwrap().to_bits(), 0.0f64.to_bits());
        assert!(rem(1.0, 0.0).is_err());
    }

    #[test]
    fn pow_special_cases() {
        assert_eq!(pow(-0.0, 1.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert!(matches!(pow(0.0, -1.0), Err(RandomError::ZeroDivision(_))));
        assert!(matches!(pow(0.5, -1e300), Err(RandomError::Overflow(_))));
        assert_eq!(pow(-1.0, 1e300).unwrap(), 1.0);
        assert_eq!(pow(f64::NAN, 0.0).unwrap(), 1.0);
    }
}
