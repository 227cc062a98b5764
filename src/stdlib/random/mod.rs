//! Python's `random` module, in pure Rust, producing CPython 3.11's sequences exactly.
//!
//! Owns [`Random`]: one Mersenne Twister ([`mt::Mt19937`]) plus the cached second Box–Muller
//! value (`gauss_next`), i.e. exactly the state of a CPython `random.Random` instance. The VM binds
//! a Python `Random` object (and the module-level functions, which share one hidden instance) to
//! it; it converts Python arguments to the Rust types taken here and turns [`RandomError`] into the
//! exception it names.
//!
//! Layout: `mt` (the generator core), `seed` (seed argument → key), `ints` (`randrange`,
//! `randint`), `seq` (`choice`, `shuffle`, `sample`, `choices`), `dist` (the float
//! distributions), `pymath` (Python's float semantics and `math` error checks).
//!
//! Invariants: every method consumes generator output in the same order and amount as CPython's
//! `Lib/random.py` and `Modules/_randommodule.c`, including on error paths that raise after a draw.
//! No argument makes a method panic or run unbounded: results are capped by [`MAX_BITS`] and
//! [`MAX_ITEMS`], and rejection loops that CPython would run forever stop after
//! [`MAX_REJECTIONS`]. Differences from CPython are listed in `docs/differences-random.md`.

mod crmath;
mod dist;
pub mod error;
mod ints;
pub mod module;
pub mod mt;
mod pymath;
pub mod seed;
mod seq;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

pub use error::{RandomError, RandomResult};
pub use ints::IntArg;
pub use mt::N as STATE_WORDS;
pub use pymath::hash_float;
pub use seed::Seed;
pub use seq::Num;

use mt::Mt19937;

/// Largest `k` for `getrandbits(k)` (and `8 * n` for `randbytes(n)`): 2**24 bits (2 MiB).
/// CPython allows up to 2**31 - 1; above this bound looplab raises `MemoryError`.
pub const MAX_BITS: u64 = 1 << 24;
/// Largest number of items `sample()` and `choices()` return (`MemoryError` above it).
pub const MAX_ITEMS: u64 = 1 << 24;
/// Rejections after which `gammavariate`/`vonmisesvariate` give up. Reached only with parameters
/// for which CPython never terminates (NaN, infinities): with finite parameters every try is
/// accepted with probability above 1/2, so 10,000 rejections in a row has probability < 2**-10000.
pub const MAX_REJECTIONS: u32 = 10_000;

/// `getstate()`'s value: `(3, (*words, index), gauss_next)`.
#[derive(Clone, Debug, PartialEq)]
pub struct RandomState {
    /// The 624 state words.
    pub words: [u32; STATE_WORDS],
    /// The read position, `0..=624`.
    pub index: u32,
    /// The cached second value of `gauss()`, `None` when empty.
    pub gauss_next: Option<f64>,
}

/// A `random.Random` instance.
#[derive(Clone, Debug)]
pub struct Random {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

impl Random {
    /// `Random(x)`: a generator seeded with `x` (version 2).
    pub fn new(seed: Seed<'_>) -> RandomResult<Self> {
        let mut r = Random {
            mt: Mt19937::new(),
            gauss_next: None,
        };
        r.seed(seed, 2)?;
        Ok(r)
    }

    /// `Random(n)` for a machine integer (negative seeds use the absolute value).
    pub fn from_int(n: i64) -> Self {
        let mut r = Random {
            mt: Mt19937::new(),
            gauss_next: None,
        };
        r.mt.init_by_array(&seed::key_from_u64(n.unsigned_abs()));
        r
    }

    /// `seed(a, version)`: reinitialises the generator and clears the `gauss()` cache. Fails only
    /// for a `bytearray` with a version other than 2 (unhashable, as in CPython); on failure the
    /// state is unchanged.
    pub fn seed(&mut self, seed: Seed<'_>, version: i64) -> RandomResult<()> {
        let key = seed::seed_key(seed, version)?;
        self.mt.init_by_array(&key);
        self.gauss_next = None;
        Ok(())
    }

    /// `random()`: a float in [0.0, 1.0) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        self.mt.next_f64()
    }

    /// `getrandbits(k)`: a non-negative int with `k` random bits. Errors: `k < 0` (`ValueError`),
    /// `k` outside C `int` (`OverflowError`, as CPython), `k > MAX_BITS` (`MemoryError`, looplab).
    pub fn getrandbits(&mut self, k: i64) -> RandomResult<BigInt> {
        let k = check_bits(i128::from(k))?;
        Ok(BigInt::from_biguint(Sign::Plus, self.bits_big(k)))
    }

    /// `getrandbits(k)` for `k <= 64`, without allocating; `None` when `k > 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> Option<u64> {
        (k <= 64).then(|| self.bits_u64(k))
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`, with its errors.
    pub fn randbytes(&mut self, n: i64) -> RandomResult<Vec<u8>> {
        let bits = check_bits(i128::from(n) * 8)?;
        let words = self.bits_words(bits);
        let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.truncate((bits / 8) as usize);
        Ok(out)
    }

    /// `_randbelow(n)`: uniform in `[0, n)` by rejection on `getrandbits(n.bit_length())`.
    /// CPython loops forever for `n == 0`; this returns a `ValueError` instead (the public
    /// methods never call it with 0).
    pub fn randbelow(&mut self, n: &BigUint) -> RandomResult<BigUint> {
        if let Some(small) = n.to_u64() {
            return self.randbelow_u64(small).map(BigUint::from);
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return Ok(r);
            }
        }
    }

    /// [`Random::randbelow`] for a machine-sized bound.
    pub fn randbelow_u64(&mut self, n: u64) -> RandomResult<u64> {
        if n == 0 {
            return Err(RandomError::value("_randbelow() needs a positive bound"));
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return Ok(r);
            }
        }
    }

    /// `getstate()`.
    pub fn getstate(&self) -> RandomState {
        let (words, index) = self.mt.words();
        RandomState {
            words: *words,
            index: index as u32,
            gauss_next: self.gauss_next,
        }
    }

    /// `setstate(state)` from a [`RandomState`]. `ValueError: invalid state` when `index > 624`
    /// (after `gauss_next` is stored, as CPython does).
    pub fn setstate(&mut self, state: &RandomState) -> RandomResult<()> {
        self.gauss_next = state.gauss_next;
        if self.mt.set_words(&state.words, state.index as usize) {
            Ok(())
        } else {
            Err(RandomError::value("invalid state"))
        }
    }

    /// `setstate((version, internalstate, gauss_next))` from Python integers, with CPython's
    /// conversions and errors: version 3 takes 625 ints (624 words truncated to 32 bits, then the
    /// index); version 2 reduces each modulo 2**32 first. The VM checks that `internalstate` is a
    /// tuple for version 3 (`TypeError: state vector must be a tuple`) and formats a non-int
    /// version itself.
    pub fn setstate_from_ints(
        &mut self,
        version: &BigInt,
        internal: &[BigInt],
        gauss_next: Option<f64>,
    ) -> RandomResult<()> {
        let modulus = BigInt::from(1u64 << 32);
        let reduced: Vec<BigInt>;
        let internal = if *version == BigInt::from(3) {
            internal
        } else if *version == BigInt::from(2) {
            reduced = internal.iter().map(|x| x.mod_floor(&modulus)).collect();
            &reduced
        } else {
            return Err(RandomError::Value(format!(
                "state with version {version} passed to Random.setstate() of version 3"
            )));
        };
        self.gauss_next = gauss_next;
        if internal.len() != STATE_WORDS + 1 {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        let mut words = [0u32; STATE_WORDS];
        for (w, x) in words.iter_mut().zip(internal) {
            if x.sign() == Sign::Minus {
                return Err(RandomError::Overflow(
                    "can't convert negative value to unsigned int".into(),
                ));
            }
            let v = x.to_u64().ok_or_else(|| {
                RandomError::Overflow("Python int too large to convert to C unsigned long".into())
            })?;
            *w = v as u32;
        }
        let index = internal[STATE_WORDS].to_i64().ok_or_else(|| {
            RandomError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=STATE_WORDS as i64).contains(&index) || !self.mt.set_words(&words, index as usize)
        {
            return Err(RandomError::value("invalid state"));
        }
        Ok(())
    }

    /// `k` random bits (`k <= 64`), assembled as CPython's `getrandbits` does.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.mt.next_u32() >> (32 - k)),
            _ => {
                let lo = u64::from(self.mt.next_u32());
                let hi = u64::from(self.mt.next_u32() >> (64 - k));
                lo | (hi << 32)
            }
        }
    }

    /// `k` random bits as 32-bit words, least significant first; the last word keeps its top bits.
    fn bits_words(&mut self, k: u64) -> Vec<u32> {
        if k == 0 {
            return Vec::new();
        }
        if k <= 32 {
            return vec![self.mt.next_u32() >> (32 - k)];
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut out = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }

    fn bits_big(&mut self, k: u64) -> BigUint {
        let words = self.bits_words(k);
        if words.is_empty() {
            BigUint::zero()
        } else {
            BigUint::new(words)
        }
    }
}

/// Checks a bit count as `getrandbits` converts it: C `int` range, non-negative, looplab bound.
fn check_bits(k: i128) -> RandomResult<u64> {
    if k < i128::from(i32::MIN) || k > i128::from(i32::MAX) {
        return Err(RandomError::Overflow(
            "Python int too large to convert to C int".into(),
        ));
    }
    if k < 0 {
        return Err(RandomError::value("number of bits must be non-negative"));
    }
    let k = k as u64;
    if k > MAX_BITS {
        return Err(RandomError::Limit(format!(
            "looplab limits getrandbits() to {MAX_BITS} bits (asked for {k})"
        )));
    }
    Ok(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_values_for_seed_42() {
        let mut r = Random::from_int(42);
        // random.seed(42); random.random()
        assert_eq!(r.random(), 0.6394267984578837);
    }

    #[test]
    fn entropy_seed_equals_int_seed_with_same_words() {
        let bytes: Vec<u8> = (0..2496u32).map(|i| (i * 7 + 1) as u8).collect();
        let n = BigInt::from_bytes_le(Sign::Plus, &bytes);
        let mut a = Random::new(Seed::Entropy(&bytes)).unwrap();
        let mut b = Random::new(Seed::Int(&n)).unwrap();
        assert_eq!(a.getstate(), b.getstate());
        assert_eq!(a.random(), b.random());
    }

    #[test]
    fn getrandbits_bounds() {
        let mut r = Random::from_int(1);
        assert!(matches!(r.getrandbits(-1), Err(RandomError::Value(_))));
        assert!(matches!(
            r.getrandbits(1 << 31),
            Err(RandomError::Overflow(_))
        ));
        assert!(matches!(
            r.getrandbits(MAX_BITS as i64 + 1),
            Err(RandomError::Limit(_))
        ));
        assert!(r.getrandbits(MAX_BITS as i64).is_ok());
        assert_eq!(r.getrandbits(0).unwrap(), BigInt::zero());
        assert!(r.randbelow_u64(0).is_err());
        assert!(r.randbelow(&BigUint::zero()).is_err());
    }

    #[test]
    fn extreme_arguments_never_panic_or_hang() {
        let floats = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            1e-300,
            -1e-300,
            1e300,
            -1e300,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let mut r = Random::from_int(11);
        for &a in &floats {
            let _ = r.expovariate(a);
            let _ = r.paretovariate(a);
            let _ = r.triangular(a, 1.0, Some(a));
            let _ = r.choices(
                3,
                Some(&[Num::Float(a), Num::Float(1.0), Num::Float(a)]),
                None,
                3,
            );
            for &b in &floats {
                let _ = r.uniform(a, b);
                let _ = r.triangular(a, b, None);
                let _ = r.normalvariate(a, b);
                let _ = r.gauss(a, b);
                let _ = r.lognormvariate(a, b);
                let _ = r.vonmisesvariate(a, b);
                let _ = r.gammavariate(a, b);
                let _ = r.betavariate(a, b);
                let _ = r.weibullvariate(a, b);
                let _ = r.seed(Seed::Float(a), 2);
            }
        }
        let ints = [i64::MIN, i64::MIN + 1, -1, 0, 1, 2, i64::MAX - 1, i64::MAX];
        for &a in &ints {
            let _ = r.getrandbits(a);
            let _ = r.randbytes(a);
            let _ = r.sample(10, a);
            let _ = r.sample(u64::MAX, a.min(1000));
            let _ = r.sample_counts(2, &[a, a], 3);
            let _ = r.choices(5, None, None, a.min(1000));
            let _ = r.choice(a.unsigned_abs());
            for &b in &ints {
                let _ = r.randint_i64(a, b);
                let _ = r.randint(&IntArg::from(a), &IntArg::from(b));
                for &c in &ints {
                    let _ = r.randrange_i64(a, Some(b), Some(c));
                    let _ = r.randrange(
                        &IntArg::from(a),
                        Some(&IntArg::from(b)),
                        Some(&IntArg::from(c)),
                    );
                }
            }
        }
        for &x in &floats {
            let _ = r.randrange(
                &IntArg::Float(x),
                Some(&IntArg::Float(x)),
                Some(&IntArg::Float(x)),
            );
        }
    }

    #[test]
    fn setstate_rejects_bad_index_but_keeps_gauss_next() {
        let mut r = Random::from_int(1);
        let mut st = r.getstate();
        st.index = 625;
        st.gauss_next = Some(0.5);
        assert_eq!(r.setstate(&st), Err(RandomError::value("invalid state")));
        assert_eq!(r.getstate().gauss_next, Some(0.5));
    }
}
