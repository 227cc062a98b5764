//! The real-valued distributions of `Lib/random.py` (3.11), with the same float operations in the
//! same order, so results are bit-identical wherever the `math` functions agree with CPython's
//! libm. Arguments arrive as floats (the VM converts ints; see `docs/differences-random.md`).
//!
//! Errors follow Python's float rules (`pymath`): division by zero, `**` overflow and `math`
//! domain/range errors raise as in CPython, after the same draws. Rejection loops whose parameters
//! keep them from ever accepting (NaN, infinities) stop with [`RandomError::NoProgress`].

use super::error::{RandomError, RandomResult};
use super::pymath::{self, E, LOG4, NV_MAGICCONST, PI, SG_MAGICCONST, TWOPI};
use super::{Random, MAX_REJECTIONS};

fn no_progress(what: &str) -> RandomError {
    RandomError::NoProgress(format!(
        "{what}() rejected {MAX_REJECTIONS} draws in a row; with these parameters CPython never returns"
    ))
}

impl Random {
    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low=0.0, high=1.0, mode=None)`. When `mode` is given and `high - low == 0`,
    /// CPython catches the `ZeroDivisionError` and returns `low` itself (so an `int` stays an
    /// `int`): the result is then `low`, and the VM should return its original `low` object.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> RandomResult<f64> {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => match pymath::div(m - low, high - low) {
                Ok(c) => c,
                Err(_) => return Ok(low),
            },
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Ok(low + (high - low) * pymath::sqrt(u * c)?)
    }

    /// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman–Monahan ratio of uniforms.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> RandomResult<f64> {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -pymath::log(u2)? {
                return Ok(mu + z * sigma);
            }
        }
    }

    /// `gauss(mu=0.0, sigma=1.0)`: Box–Muller, caching the second value until the next call
    /// (cleared by `seed()`, saved by `getstate()`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> RandomResult<f64> {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = pymath::sqrt(-2.0 * pymath::log(1.0 - self.random())?)?;
                let z = pymath::cos(x2pi)? * g2rad;
                self.gauss_next = Some(pymath::sin(x2pi)? * g2rad);
                z
            }
        };
        Ok(mu + z * sigma)
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> RandomResult<f64> {
        let x = self.normalvariate(mu, sigma)?;
        pymath::exp(x)
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd` (3.11 has no default for `lambd`).
    pub fn expovariate(&mut self, lambd: f64) -> RandomResult<f64> {
        let u = self.random();
        pymath::div(-pymath::log(1.0 - u)?, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`: a circular angle in [0, 2π).
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> RandomResult<f64> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = pymath::div(0.5, kappa)?;
        let r = s + pymath::sqrt(1.0 + s * s)?;
        let mut tries = 0u32;
        let z = loop {
            let u1 = self.random();
            let z = pymath::cos(PI * u1)?;
            let d = pymath::div(z, r + z)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * pymath::exp(d)? {
                break z;
            }
            tries += 1;
            if tries >= MAX_REJECTIONS {
                return Err(no_progress("vonmisesvariate"));
            }
        };
        let q = pymath::div(1.0, r)?;
        let f = pymath::div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        if u3 > 0.5 {
            pymath::rem(mu + pymath::acos(f)?, TWOPI)
        } else {
            pymath::rem(mu - pymath::acos(f)?, TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)` (not the gamma function): alpha > 0 and beta > 0.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            // Cheng's algorithm (1977).
            let ainv = pymath::sqrt(2.0 * alpha - 1.0)?;
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            for _ in 0..MAX_REJECTIONS {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = pymath::div(pymath::log(u1 / (1.0 - u1))?, ainv)?;
                let x = alpha * pymath::exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pymath::log(z)? {
                    return Ok(x * beta);
                }
            }
            Err(no_progress("gammavariate"))
        } else if alpha == 1.0 {
            Ok(-pymath::log(1.0 - self.random())? * beta)
        } else {
            // alpha in (0, 1) (or NaN): Ahrens–Dieter GS, as in CPython.
            for _ in 0..MAX_REJECTIONS {
                let u = self.random();
                let b = (E + alpha) / E;
                let p = b * u;
                let x = if p <= 1.0 {
                    pymath::pow(p, pymath::div(1.0, alpha)?)?
                } else {
                    -pymath::log(pymath::div(b - p, alpha)?)?
                };
                let u1 = self.random();
                let accept = if p > 1.0 {
                    u1 <= pymath::pow(x, alpha - 1.0)?
                } else {
                    u1 <= pymath::exp(-x)?
                };
                if accept {
                    return Ok(x * beta);
                }
            }
            Err(no_progress("gammavariate"))
        }
    }

    /// `betavariate(alpha, beta)`: from two gamma variates; 0.0 when the first is zero.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let g = self.gammavariate(beta, 1.0)?;
            return pymath::div(y, y + g);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        pymath::pow(u, pymath::div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        let base = -pymath::log(u)?;
        Ok(alpha * pymath::pow(base, pymath::div(1.0, beta)?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_that_never_accept_stop_with_an_error() {
        let mut r = Random::from_int(5);
        assert!(matches!(
            r.gammavariate(f64::NAN, 1.0),
            Err(RandomError::NoProgress(_))
        ));
        assert!(matches!(
            r.gammavariate(f64::INFINITY, 1.0),
            Err(RandomError::NoProgress(_))
        ));
        assert!(matches!(
            r.vonmisesvariate(0.0, f64::NAN),
            Err(RandomError::NoProgress(_))
        ));
    }

    #[test]
    fn division_errors_come_after_the_draw() {
        let mut r = Random::from_int(5);
        let mut s = Random::from_int(5);
        assert!(matches!(
            r.expovariate(0.0),
            Err(RandomError::ZeroDivision(_))
        ));
        assert!(matches!(
            r.paretovariate(0.0),
            Err(RandomError::ZeroDivision(_))
        ));
        s.random();
        s.random();
        assert_eq!(r.random(), s.random());
    }

    #[test]
    fn triangular_with_equal_bounds_returns_low() {
        let mut r = Random::from_int(5);
        assert_eq!(r.triangular(2.0, 2.0, Some(2.0)), Ok(2.0));
    }
}
