//! The sequence methods — `choice`, `shuffle`, `sample` (with and without `counts`) and
//! `choices` — reduced to index arithmetic: they take a population length and return positions,
//! and the VM reads or permutes its own sequence with them. The draws (how many, in which order,
//! and which of `sample`'s two strategies runs) are CPython 3.11's.

use std::cmp::Ordering;
use std::collections::HashSet;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::error::{RandomError, RandomResult};
use super::{pymath, Random, MAX_ITEMS};

/// A weight for `choices()`: Python adds ints exactly and compares ints with floats exactly, so
/// both kinds are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// An `int` (or `bool`).
    Int(BigInt),
    /// A `float`.
    Float(f64),
}

impl Num {
    /// `float(n)`, with `OverflowError` for ints beyond the float range.
    fn to_f64(&self) -> RandomResult<f64> {
        match self {
            Num::Float(x) => Ok(*x),
            Num::Int(n) => n
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| RandomError::Overflow("int too large to convert to float".into())),
        }
    }

    /// `self + other` with Python's int/float rules.
    fn add(&self, other: &Num) -> RandomResult<Num> {
        Ok(match (self, other) {
            (Num::Int(a), Num::Int(b)) => Num::Int(a + b),
            _ => Num::Float(self.to_f64()? + other.to_f64()?),
        })
    }

    /// `x < self` for a float `x`, exact as Python compares a float with an int.
    fn float_lt(&self, x: f64) -> bool {
        match self {
            Num::Float(y) => x < *y,
            Num::Int(n) => {
                if x.is_nan() {
                    false
                } else if x.is_infinite() {
                    x < 0.0
                } else {
                    // For an integer n: x < n exactly when floor(x) < n.
                    BigInt::from_f64(x.floor()).is_some_and(|f| f.cmp(n) == Ordering::Less)
                }
            }
        }
    }
}

fn limit(what: &str, k: u64) -> RandomError {
    RandomError::Limit(format!(
        "looplab limits {what}() to {MAX_ITEMS} items (asked for {k})"
    ))
}

impl Random {
    /// `choice(seq)` for a sequence of length `len`: the index to pick.
    pub fn choice(&mut self, len: u64) -> RandomResult<u64> {
        if len == 0 {
            return Err(RandomError::Index(
                "Cannot choose from an empty sequence".into(),
            ));
        }
        self.randbelow_u64(len)
    }

    /// `shuffle(x)` in place: `for i in reversed(range(1, len(x))): j = randbelow(i + 1); swap`.
    /// Shuffle `(0..n).collect::<Vec<_>>()` to get the permutation as indices.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            // i + 1 >= 2, so the bound is positive and the draw cannot fail.
            let j = self.randbelow_u64(i as u64 + 1).unwrap_or(0) as usize;
            items.swap(i, j);
        }
    }

    /// `sample(population, k)` for a population of length `n`: the `k` chosen indices in
    /// selection order. Uses a pool when `n` is small relative to `k` (CPython's `setsize`
    /// heuristic) and set-based rejection otherwise, exactly as CPython decides.
    pub fn sample(&mut self, n: u64, k: i64) -> RandomResult<Vec<u64>> {
        if k < 0 || k as u64 > n {
            return Err(RandomError::value(
                "Sample larger than population or is negative",
            ));
        }
        let k = k as u64;
        if k > MAX_ITEMS {
            return Err(limit("sample", k));
        }
        let mut setsize: u64 = 21;
        if k > 5 {
            let e = pymath::log_base4_of_int(k * 3).ceil() as u32;
            setsize += 4u64.pow(e);
        }
        let mut result = Vec::with_capacity(k as usize);
        if n <= setsize {
            // n <= setsize <= 21 + 4**13 here (k <= MAX_ITEMS), so indices fit a u32.
            let mut pool: Vec<u32> = (0..n as u32).collect();
            for i in 0..k {
                let j = self.randbelow_u64(n - i)? as usize;
                result.push(u64::from(pool[j]));
                pool[j] = pool[(n - i - 1) as usize];
            }
        } else {
            let mut selected = HashSet::with_capacity(k as usize);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n)?;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n)?;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` for a population of length `n`: indices into the
    /// population (each repeated element is drawn as CPython draws from `range(sum(counts))`).
    /// The VM rejects non-int counts (`TypeError: Counts must be integers`).
    pub fn sample_counts(&mut self, n: u64, counts: &[i64], k: i64) -> RandomResult<Vec<u64>> {
        let mut cum: Vec<i128> = Vec::with_capacity(counts.len());
        let mut acc: i128 = 0;
        for &c in counts {
            acc += i128::from(c);
            cum.push(acc);
        }
        if cum.len() as u64 != n {
            return Err(RandomError::value(
                "The number of counts does not match the population",
            ));
        }
        let Some(total) = cum.pop() else {
            return Err(RandomError::Index("pop from empty list".into()));
        };
        if total <= 0 {
            return Err(RandomError::value(
                "Total of counts must be greater than zero",
            ));
        }
        let total = u64::try_from(total)
            .ok()
            .filter(|&t| t <= i64::MAX as u64)
            .ok_or_else(RandomError::ssize_overflow)?;
        let selections = self.sample(total, k)?;
        Ok(selections
            .into_iter()
            .map(|s| bisect_right_by(cum.len(), |mid| i128::from(s) < cum[mid]) as u64)
            .collect())
    }

    /// `choices(population, weights, cum_weights=..., k=k)` for a population of length `n`: the
    /// `k` chosen indices (a negative `k` gives none). Without weights each index is
    /// `floor(random() * n)`; with weights, `bisect(cum_weights, random() * total, 0, n - 1)`.
    pub fn choices(
        &mut self,
        n: u64,
        weights: Option<&[Num]>,
        cum_weights: Option<&[Num]>,
        k: i64,
    ) -> RandomResult<Vec<u64>> {
        let k = u64::try_from(k).unwrap_or(0);
        let accumulated: Vec<Num>;
        let cum: &[Num] = match (weights, cum_weights) {
            (None, None) => {
                if k > MAX_ITEMS {
                    return Err(limit("choices", k));
                }
                let nf = n as f64;
                let mut out = Vec::with_capacity(k as usize);
                for _ in 0..k {
                    let i = (self.random() * nf).floor() as u64;
                    if i >= n {
                        return Err(RandomError::PopulationIndex(i));
                    }
                    out.push(i);
                }
                return Ok(out);
            }
            (Some(w), None) => {
                let mut acc: Vec<Num> = Vec::with_capacity(w.len());
                for x in w {
                    let next = match acc.last() {
                        Some(prev) => prev.add(x)?,
                        None => x.clone(),
                    };
                    acc.push(next);
                }
                accumulated = acc;
                &accumulated
            }
            (None, Some(c)) => c,
            (Some(_), Some(_)) => {
                return Err(RandomError::Type(
                    "Cannot specify both weights and cumulative weights".into(),
                ));
            }
        };
        if cum.len() as u64 != n {
            return Err(RandomError::value(
                "The number of weights does not match the population",
            ));
        }
        let Some(last) = cum.last() else {
            return Err(RandomError::Index("list index out of range".into()));
        };
        let total = last.to_f64()? + 0.0;
        if total <= 0.0 {
            return Err(RandomError::value(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        if k > MAX_ITEMS {
            return Err(limit("choices", k));
        }
        let hi = cum.len() - 1;
        let mut out = Vec::with_capacity(k as usize);
        for _ in 0..k {
            let x = self.random() * total;
            out.push(bisect_right_by(hi, |mid| cum[mid].float_lt(x)) as u64);
        }
        Ok(out)
    }
}

/// `bisect.bisect_right(a, x, 0, hi)` where `x_lt(mid)` answers `x < a[mid]`.
fn bisect_right_by(hi: usize, x_lt: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if x_lt(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_int_comparison_is_exact() {
        let big = Num::Int(BigInt::from(1u64 << 60) + 1);
        assert!(Num::Int(BigInt::from(3)).float_lt(2.5));
        assert!(!Num::Int(BigInt::from(3)).float_lt(3.0));
        assert!(big.float_lt((1u64 << 60) as f64));
        assert!(!big.float_lt(f64::NAN));
        assert!(big.float_lt(f64::NEG_INFINITY));
    }

    #[test]
    fn setsize_ceil_is_exact_for_every_allowed_k() {
        // ceil(log(3k, 4)) only depends on the libm's last bit when 3k is within a hair of a
        // power of 4. Check every k whose 3k lies near one, up to MAX_ITEMS, against the exact
        // integer answer: then `sample` takes the same branch on every platform.
        for m in 1..=13u32 {
            let p = 4u64.pow(m);
            let lo = (p / 3).saturating_sub(2000).max(6);
            for k in lo..=(p / 3 + 2000).min(MAX_ITEMS) {
                let exact = (0..=14u32).find(|&e| 4u64.pow(e) >= 3 * k).unwrap_or(99);
                let float = pymath::log_base4_of_int(3 * k).ceil() as u32;
                assert_eq!(float, exact, "k = {k}");
                let x = pymath::log_base4_of_int(3 * k);
                let margin = (x - x.round()).abs();
                assert!(margin > 1e-9, "k = {k} is too close to a boundary");
            }
        }
    }

    #[test]
    fn sample_limits_and_errors() {
        let mut r = Random::from_int(3);
        assert!(r.sample(3, 4).is_err());
        assert!(r.sample(3, -1).is_err());
        assert_eq!(r.sample(0, 0).unwrap(), Vec::<u64>::new());
        assert!(matches!(
            r.sample(u64::MAX, MAX_ITEMS as i64 + 1),
            Err(RandomError::Limit(_))
        ));
    }

    #[test]
    fn choices_on_empty_population_indexes_out_of_range_after_one_draw() {
        let mut r = Random::from_int(3);
        let mut s = Random::from_int(3);
        assert_eq!(
            r.choices(0, None, None, 3),
            Err(RandomError::PopulationIndex(0))
        );
        s.random();
        assert_eq!(r.random(), s.random());
    }
}
