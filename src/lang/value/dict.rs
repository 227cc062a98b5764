//! An insertion-ordered hash table (CPython's compact dict layout): entries in a vector, an
//! open-addressing index of entry positions. Used for `dict`, `set`/`frozenset` (values unused),
//! and namespaces.
//!
//! The table never calls Python: hashes are computed by the VM beforehand, and key equality for
//! keys that may run Python code (`__eq__`) is decided by the VM from `candidates`. Keys whose
//! equality is plain Rust (str, int, float, bool, None, tuples of those) use `find_fast`.

use super::Value;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

/// A key with its Python hash.
#[derive(Clone, Debug)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<Option<(DictKey, Value)>>,
    indices: Vec<u32>,
    len: usize,
}

impl Dict {
    pub fn new() -> Self {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Positions (entry indexes) of keys with this hash, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.probe(hash, |i, _| {
            out.push(i);
            false
        });
        out
    }

    /// Visit live entries with `hash` in probe order until `f` returns true; returns that entry.
    fn probe(&self, hash: i64, mut f: impl FnMut(usize, &Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            match self.indices[slot] {
                EMPTY => return None,
                DELETED => {}
                ix => {
                    if let Some((k, _)) = &self.entries[ix as usize] {
                        if k.hash == hash && f(ix as usize, &k.key) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Find an entry whose key equals `key` by Rust-only equality (see `fast_eq`).
    pub fn find_fast(&self, hash: i64, key: &Value) -> Option<usize> {
        self.probe(hash, |_, k| fast_eq(k, key) == Some(true))
    }

    pub fn entry(&self, ix: usize) -> Option<&(DictKey, Value)> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.entry(ix).map(|(_, v)| v.clone())
    }

    pub fn set_value_at(&mut self, ix: usize, value: Value) {
        if let Some(Some((_, v))) = self.entries.get_mut(ix) {
            *v = value;
        }
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, key: DictKey, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len + 1) * 3);
        }
        let hash = key.hash;
        let ix = self.entries.len() as u32;
        self.entries.push(Some((key, value)));
        self.len += 1;
        let mask = self.mask();
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[slot] != EMPTY && self.indices[slot] != DELETED {
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.indices[slot] = ix;
    }

    /// Remove the entry at `ix`, returning it.
    pub fn remove_at(&mut self, ix: usize) -> Option<(DictKey, Value)> {
        let hash = self.entry(ix)?.0.hash;
        let mask = self.mask();
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            match self.indices[slot] {
                EMPTY => break,
                i if i as usize == ix => {
                    self.indices[slot] = DELETED;
                    break;
                }
                _ => {}
            }
            perturb >>= 5;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.len -= 1;
        let out = self.entries[ix].take();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.rebuild(self.len * 3);
        }
        out
    }

    fn rebuild(&mut self, min_slots: usize) {
        let size = min_slots.max(8).next_power_of_two();
        let entries: Vec<_> = self.entries.drain(..).flatten().collect();
        self.indices = vec![EMPTY; size];
        self.len = 0;
        for (k, v) in entries {
            self.insert_new(k, v);
        }
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    pub fn iter(&self) -> impl Iterator<Item = &(DictKey, Value)> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.key.clone(), v.clone())).collect()
    }

    /// Entry at position `n` among live entries (for iteration by index, robust to mutation).
    pub fn nth_slot(&self, from: usize) -> Option<(usize, &(DictKey, Value))> {
        self.entries.iter().enumerate().skip(from).find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// Number of entry slots (live or dead): iteration positions range over `0..slots()`.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(DictKey, Value)> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(ix)
    }

    // String-keyed helpers for namespaces (keys are always `str`).

    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = str_hash(name);
        let ix = self.probe(hash, |_, k| matches!(k, Value::Str(s) if &**s == name))?;
        self.value_at(ix)
    }

    pub fn set_str(&mut self, name: &str, value: Value) {
        let hash = str_hash(name);
        match self.probe(hash, |_, k| matches!(k, Value::Str(s) if &**s == name)) {
            Some(ix) => self.set_value_at(ix, value),
            None => self.insert_new(DictKey { hash, key: Value::str(name) }, value),
        }
    }

    pub fn del_str(&mut self, name: &str) -> Option<Value> {
        let hash = str_hash(name);
        let ix = self.probe(hash, |_, k| matches!(k, Value::Str(s) if &**s == name))?;
        self.remove_at(ix).map(|(_, v)| v)
    }
}

/// Equality decided without running Python code, or `None` if Python code could be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Big(x), Big(y)) => x == y,
        (Big(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), Big(_)) => false,
        (Big(x), Float(y)) | (Float(y), Big(x)) => {
            use num_traits::FromPrimitive;
            y.is_finite() && y.fract() == 0.0 && num_bigint::BigInt::from_f64(*y).is_some_and(|b| b == **x)
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Str(_), Int(_) | Float(_) | Bool(_) | None | Bytes(_) | Tuple(_) | Big(_))
        | (Int(_) | Float(_) | Bool(_) | None | Bytes(_) | Tuple(_) | Big(_), Str(_)) => false,
        (None, Int(_) | Float(_) | Bool(_) | Tuple(_) | Bytes(_)) | (Int(_) | Float(_) | Bool(_) | Tuple(_) | Bytes(_), None) => false,
        (Tuple(_), Int(_) | Float(_) | Bool(_) | Bytes(_)) | (Int(_) | Float(_) | Bool(_) | Bytes(_), Tuple(_)) => false,
        (Bytes(_), Int(_) | Float(_) | Bool(_)) | (Int(_) | Float(_) | Bool(_), Bytes(_)) => false,
        (Class(x), Class(y)) => std::rc::Rc::ptr_eq(x, y),
        (Function(x), Function(y)) => std::rc::Rc::ptr_eq(x, y),
        (Builtin(x), Builtin(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => return Option::None,
    })
}

/// Hash of a `str` (any good hash: CPython randomises str hashes, so no script can depend on them).
pub fn str_hash(s: &str) -> i64 {
    // FNV-1a, then avoid -1 (reserved by CPython's C API; kept for parity with int hashing).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}
