//! `randrange` and `randint` with Python 3.11's argument semantics: `operator.index` first, the
//! deprecated fallback to `int(x)` for integral floats (a non-integral float is a `ValueError`),
//! `step` checked by identity with the default `1`, and every error message of `Lib/random.py`.
//!
//! Two paths compute the same thing: [`IntArg`]/[`BigInt`] for any Python int, and an `i64` fast
//! path (`i128` inside) for the common case; tests check they agree.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::error::{RandomError, RandomResult};
use super::Random;

/// An argument of `randrange`/`randint` as the VM received it. CPython 3.11 still accepts an
/// integral `float` (with a `DeprecationWarning`, which the VM prints: this module does not).
#[derive(Clone, Debug, PartialEq)]
pub enum IntArg {
    /// An `int` (a `bool` is an `int`, but note `step=True` is not the default `1` in CPython:
    /// the VM should pass it as `Float(1.0)` to get the "Missing a non-None stop" check right).
    Int(BigInt),
    /// A `float`.
    Float(f64),
}

impl From<i64> for IntArg {
    fn from(n: i64) -> Self {
        IntArg::Int(BigInt::from(n))
    }
}

#[derive(Clone, Copy)]
enum Pos {
    Start,
    Stop,
    Step,
}

/// `istart = _index(start)` with the `int(start)` fallback of 3.11.
fn to_int(arg: &IntArg, pos: Pos) -> RandomResult<BigInt> {
    match arg {
        IntArg::Int(n) => Ok(n.clone()),
        IntArg::Float(x) => {
            if x.is_nan() {
                return Err(RandomError::value("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(RandomError::Overflow(
                    "cannot convert float infinity to integer".into(),
                ));
            }
            let t = x.trunc();
            if t != *x {
                let which = match pos {
                    Pos::Start => "arg 1",
                    Pos::Stop => "stop",
                    Pos::Step => "step",
                };
                return Err(RandomError::Value(format!(
                    "non-integer {which} for randrange()"
                )));
            }
            BigInt::from_f64(t).ok_or_else(|| RandomError::value("cannot convert float to integer"))
        }
    }
}

/// Python's `a // b` for `b != 0`.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn empty_range() -> RandomError {
    RandomError::value("empty range for randrange()")
}

fn missing_stop() -> RandomError {
    RandomError::Type("Missing a non-None stop argument".into())
}

impl Random {
    /// `randrange(start, stop=None, step=1)`. `step: None` is the default; `Some(IntArg::Int(1))`
    /// behaves the same (CPython's `step is not _ONE` sees the cached small int).
    pub fn randrange(
        &mut self,
        start: &IntArg,
        stop: Option<&IntArg>,
        step: Option<&IntArg>,
    ) -> RandomResult<BigInt> {
        let istart = to_int(start, Pos::Start)?;
        let Some(stop) = stop else {
            let default_step = match step {
                None => true,
                Some(IntArg::Int(s)) => s.is_one(),
                Some(IntArg::Float(_)) => false,
            };
            if !default_step {
                return Err(missing_stop());
            }
            if istart.is_positive() {
                return self.randbelow_big(&istart);
            }
            return Err(empty_range());
        };
        let istop = to_int(stop, Pos::Stop)?;
        let width = &istop - &istart;
        let istep = match step {
            None => BigInt::one(),
            Some(s) => to_int(s, Pos::Step)?,
        };
        if istep.is_one() {
            if width.is_positive() {
                return Ok(istart + self.randbelow_big(&width)?);
            }
            return Err(RandomError::Value(format!(
                "empty range for randrange() ({istart}, {istop}, {width})"
            )));
        }
        let n = if istep.is_positive() {
            Integer::div_floor(&(width + &istep - 1), &istep)
        } else if istep.is_negative() {
            Integer::div_floor(&(width + &istep + 1), &istep)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(empty_range());
        }
        Ok(istart + istep * self.randbelow_big(&n)?)
    }

    /// `randint(a, b)`: `randrange(a, b + 1)` (so its errors name `b + 1`).
    pub fn randint(&mut self, a: &IntArg, b: &IntArg) -> RandomResult<BigInt> {
        let stop = match b {
            IntArg::Int(n) => IntArg::Int(n + 1),
            IntArg::Float(x) => IntArg::Float(x + 1.0),
        };
        self.randrange(a, Some(&stop), None)
    }

    /// [`Random::randrange`] for machine integers (same draws, same errors).
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> RandomResult<i64> {
        let r = self.randrange_i128(
            i128::from(start),
            stop.map(i128::from),
            step.map(i128::from),
        )?;
        i64::try_from(r)
            .map_err(|_| RandomError::Overflow("randrange() result out of range".into()))
    }

    /// [`Random::randint`] for machine integers.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> RandomResult<i64> {
        let r = self.randrange_i128(i128::from(a), Some(i128::from(b) + 1), None)?;
        i64::try_from(r).map_err(|_| RandomError::Overflow("randint() result out of range".into()))
    }

    /// The `randrange` algorithm on `i128`, valid while `|start|, |stop|, |step| <= 2**63`
    /// (every count it draws below then fits a `u64`).
    fn randrange_i128(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: Option<i128>,
    ) -> RandomResult<i128> {
        let Some(stop) = stop else {
            if step.is_some_and(|s| s != 1) {
                return Err(missing_stop());
            }
            if start > 0 {
                return Ok(i128::from(self.randbelow_u64(start as u64)?));
            }
            return Err(empty_range());
        };
        let width = stop - start;
        let step = step.unwrap_or(1);
        if step == 1 {
            if width > 0 {
                return Ok(start + i128::from(self.randbelow_u64(width as u64)?));
            }
            return Err(RandomError::Value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = if step > 0 {
            floor_div(width + step - 1, step)
        } else if step < 0 {
            floor_div(width + step + 1, step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if n <= 0 {
            return Err(empty_range());
        }
        Ok(start + step * i128::from(self.randbelow_u64(n as u64)?))
    }

    /// `_randbelow` for a positive `BigInt`.
    fn randbelow_big(&mut self, n: &BigInt) -> RandomResult<BigInt> {
        if let Some(small) = n.to_u64() {
            return Ok(BigInt::from(self.randbelow_u64(small)?));
        }
        if n.sign() != Sign::Plus {
            return Err(RandomError::value("_randbelow() needs a positive bound"));
        }
        let r = self.randbelow(n.magnitude())?;
        Ok(BigInt::from_biguint(
            if r.is_zero() {
                Sign::NoSign
            } else {
                Sign::Plus
            },
            r,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: RandomResult<BigInt>) -> String {
        r.map(|v| v.to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn error_messages_match_cpython_3_11() {
        let mut r = Random::from_int(0);
        let i = |n: i64| IntArg::from(n);
        assert_eq!(
            msg(r.randrange(&i(0), None, None)),
            "ValueError: empty range for randrange()"
        );
        assert_eq!(
            msg(r.randrange(&i(5), None, Some(&i(2)))),
            "TypeError: Missing a non-None stop argument"
        );
        assert_eq!(
            msg(r.randrange(&i(5), Some(&i(3)), None)),
            "ValueError: empty range for randrange() (5, 3, -2)"
        );
        assert_eq!(
            msg(r.randrange(&i(0), Some(&i(10)), Some(&i(0)))),
            "ValueError: zero step for randrange()"
        );
        assert_eq!(
            msg(r.randint(&i(5), &i(3))),
            "ValueError: empty range for randrange() (5, 4, -1)"
        );
        assert_eq!(
            msg(r.randrange(&IntArg::Float(1.5), None, None)),
            "ValueError: non-integer arg 1 for randrange()"
        );
        assert_eq!(
            msg(r.randrange(&i(0), Some(&IntArg::Float(2.5)), None)),
            "ValueError: non-integer stop for randrange()"
        );
    }

    #[test]
    fn i64_path_agrees_with_bigint_path() {
        let cases: [(i64, Option<i64>, Option<i64>); 8] = [
            (10, None, None),
            (-5, Some(5), None),
            (0, Some(100), Some(7)),
            (100, Some(0), Some(-3)),
            (i64::MIN, Some(i64::MAX), None),
            (i64::MIN, Some(i64::MAX), Some(i64::MAX)),
            (3, Some(4), Some(-1)),
            (0, Some(1 << 40), Some(3)),
        ];
        for (a, b, c) in cases {
            let mut x = Random::from_int(99);
            let mut y = Random::from_int(99);
            for _ in 0..50 {
                let small = x.randrange_i64(a, b, c).map(BigInt::from);
                let big = y.randrange(
                    &IntArg::from(a),
                    b.map(IntArg::from).as_ref(),
                    c.map(IntArg::from).as_ref(),
                );
                assert_eq!(small, big, "randrange({a}, {b:?}, {c:?})");
            }
        }
        let mut x = Random::from_int(7);
        let mut y = Random::from_int(7);
        for _ in 0..50 {
            let small = x.randint_i64(i64::MAX - 3, i64::MAX).map(BigInt::from);
            let big = y.randint(&IntArg::from(i64::MAX - 3), &IntArg::from(i64::MAX));
            assert_eq!(small, big);
        }
    }
}
