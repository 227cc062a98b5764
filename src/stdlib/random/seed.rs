//! Turning a `seed()` argument into the `u32` key that `init_by_array` takes, as
//! `Random.seed` (Lib/random.py) and `random_seed` (Modules/_randommodule.c) do together in 3.11:
//!
//! - `int`: its absolute value, split into 32-bit words from the least significant (0 → `[0]`);
//! - `float`: `hash(x)` reinterpreted as an unsigned 64-bit integer, then as an `int`;
//! - `str`/`bytes`/`bytearray`, version 2: `int.from_bytes(a + sha512(a).digest(), 'big')`
//!   (a `str` is UTF-8 encoded first);
//! - `str`/`bytes`, version 1: the old 64-bit string hash from Python 2;
//! - `None`: entropy bytes from the caller (CPython reads 624 words from `os.urandom`).

use num_bigint::{BigInt, BigUint};
use sha2::{Digest, Sha512};

use super::error::{RandomError, RandomResult};
use super::pymath::hash_float;

/// A value passed to `seed()` (or to `Random(x)`), as the VM classifies it. `bool` is an `Int`.
/// Other types are the VM's to reject with [`RandomError::bad_seed_type`].
#[derive(Clone, Copy, Debug)]
pub enum Seed<'a> {
    /// `seed(None)` or `seed()`: bytes from the platform's entropy source. CPython uses 2496 bytes
    /// (624 words); any length works, read as little-endian 32-bit words (the last one zero-padded).
    Entropy(&'a [u8]),
    /// An `int` (or `bool`).
    Int(&'a BigInt),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(&'a str),
    /// A `bytes` object.
    Bytes(&'a [u8]),
    /// A `bytearray` object.
    ByteArray(&'a [u8]),
}

/// The key `init_by_array` receives for `seed(seed, version=version)`.
pub(crate) fn seed_key(seed: Seed<'_>, version: i64) -> RandomResult<Vec<u32>> {
    Ok(match seed {
        Seed::Entropy(bytes) => bytes
            .chunks(4)
            .map(|c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(w)
            })
            .collect(),
        Seed::Int(n) => key_from_uint(n.magnitude()),
        Seed::Float(x) => key_from_u64(hash_float(x) as u64),
        Seed::Str(s) if version == 1 => key_from_u64(version1_hash(s.chars().map(u32::from))),
        Seed::Bytes(b) if version == 1 => key_from_u64(version1_hash(b.iter().map(|&c| c as u32))),
        Seed::Str(s) => version2_key(s.as_bytes()),
        Seed::Bytes(b) => version2_key(b),
        Seed::ByteArray(b) if version == 2 => version2_key(b),
        Seed::ByteArray(_) => {
            return Err(RandomError::Type("unhashable type: 'bytearray'".into()));
        }
    })
}

/// The key of a non-negative `int`: 32-bit words, least significant first, at least one.
fn key_from_uint(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

pub(crate) fn key_from_u64(x: u64) -> Vec<u32> {
    key_from_uint(&BigUint::from(x))
}

/// Version 2 for `str`, `bytes` and `bytearray` (any version other than 1 for `str` and `bytes`:
/// see `docs/differences-random.md`).
fn version2_key(bytes: &[u8]) -> Vec<u32> {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&Sha512::digest(bytes));
    key_from_uint(&BigUint::from_bytes_be(&all))
}

/// Version 1: `x = ord(a[0]) << 7`, then `x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF` per
/// character, then `x ^= len(a)`.
fn version1_hash(chars: impl Iterator<Item = u32> + Clone) -> u64 {
    let mut x: u64 = match chars.clone().next() {
        Some(c) => u64::from(c) << 7,
        None => 0,
    };
    let mut len: u64 = 0;
    for c in chars {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
        len += 1;
    }
    x ^ len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_keys_use_absolute_value_little_endian_words() {
        let n = BigInt::from(-((1i128 << 64) + 5));
        assert_eq!(seed_key(Seed::Int(&n), 2).unwrap(), vec![5, 0, 1]);
        assert_eq!(seed_key(Seed::Int(&BigInt::from(0)), 2).unwrap(), vec![0]);
    }

    #[test]
    fn float_keys_use_the_unsigned_hash() {
        // hash(-1.0) == -2, cast to size_t.
        assert_eq!(
            seed_key(Seed::Float(-1.0), 2).unwrap(),
            vec![0xffff_fffe, 0xffff_ffff]
        );
        assert_eq!(seed_key(Seed::Float(7.0), 2).unwrap(), vec![7]);
    }

    #[test]
    fn entropy_bytes_are_little_endian_words() {
        let key = seed_key(Seed::Entropy(&[1, 0, 0, 0, 2, 1]), 2).unwrap();
        assert_eq!(key, vec![1, 0x0102]);
    }

    #[test]
    fn bytearray_is_unhashable_outside_version_2() {
        assert!(seed_key(Seed::ByteArray(b"x"), 1).is_err());
        assert!(seed_key(Seed::ByteArray(b"x"), 2).is_ok());
    }
}
