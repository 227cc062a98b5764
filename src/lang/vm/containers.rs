//! Item access and container construction: indexing and slicing of sequences, dict and set
//! operations with Python key semantics, and `__getitem__`/`__setitem__`/`__delitem__` on instances.

use std::cell::RefCell;
use std::rc::Rc;

use super::ops::{as_int, IntRef};
use super::{PyErr, PyResult, Vm};
use crate::lang::bytecode::BinOp;
use crate::lang::value::{Dict, Slice, Value};

/// Resolved `slice.indices(len)`.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    pub fn positions(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = self.start;
        if self.step > 0 {
            while i < self.stop {
                out.push(i as usize);
                i += self.step;
            }
        } else {
            while i > self.stop {
                out.push(i as usize);
                i += self.step;
            }
        }
        out
    }
}

impl Vm {
    pub fn slice_indices(&mut self, s: &Slice, len: i64) -> PyResult<SliceIndices> {
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                other => match as_int(other) {
                    Some(IntRef::Small(i)) => Ok(Some(i)),
                    Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                    None => match other {
                        Value::Instance(_) => vm.index_value(other).map(Some),
                        _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
                    },
                },
            }
        };
        let step = get(self, &s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = clamp(get(self, &s.start)?, if step < 0 { upper } else { lower });
        let stop = clamp(get(self, &s.stop)?, if step < 0 { lower } else { upper });
        Ok(SliceIndices { start, stop, step })
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match as_int(key) {
            Some(IntRef::Small(i)) => i,
            Some(IntRef::Big(_)) => {
                return Err(self.new_error(&self.types.index_error.clone(), "cannot fit 'int' into an index-sized integer"))
            }
            None => match key {
                Value::Instance(_) if self.lookup_special(key, "__index__").is_some() => self.index_value(key)?,
                _ => {
                    let msg = format!("{what} indices must be integers or slices, not {}", self.type_name(key));
                    return Err(self.type_error(&msg));
                }
            },
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = format!("{what} index out of range");
            return Err(self.new_error(&self.types.index_error.clone(), &msg));
        }
        Ok(j as usize)
    }

    pub fn get_item(&mut self, obj: &Value, key: Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = l.borrow().clone();
                    let ix = self.slice_indices(s, items.len() as i64)?;
                    return Ok(Value::list(ix.positions().into_iter().map(|i| items[i].clone()).collect()));
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = &key {
                    let ix = self.slice_indices(s, t.len() as i64)?;
                    return Ok(Value::tuple(ix.positions().into_iter().map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(&key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                if let Value::Slice(sl) = &key {
                    let ix = self.slice_indices(sl, chars.len() as i64)?;
                    let out: String = ix.positions().into_iter().map(|i| chars[i]).collect();
                    return Ok(Value::str(&out));
                }
                let i = self.seq_index(&key, chars.len(), "string")?;
                Ok(Value::str(chars[i].encode_utf8(&mut [0; 4])))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = &key {
                    let ix = self.slice_indices(sl, b.len() as i64)?;
                    let out: Vec<u8> = ix.positions().into_iter().map(|i| b[i]).collect();
                    return Ok(Value::Bytes(Rc::from(out)));
                }
                let i = self.seq_index(&key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = &key {
                    let ix = self.slice_indices(sl, r.len())?;
                    let start = r.start + ix.start * r.step;
                    let stop = r.start + ix.stop * r.step;
                    return Ok(Value::Range(Rc::new(crate::lang::value::Range { start, stop, step: r.step * ix.step })));
                }
                let i = self.seq_index(&key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Value::Dict(d) => {
                let k = self.dict_key(key.clone())?;
                match self.dict_find(d, &k)? {
                    Some(ix) => Ok(d.borrow().value_at(ix).unwrap_or(Value::None)),
                    None => Err(PyErr(self.new_exception(&self.types.key_error.clone(), vec![key]))),
                }
            }
            Value::Class(c) => {
                // `list[int]` and friends: generic aliases are accepted and ignored.
                let _ = c;
                Ok(obj.clone())
            }
            _ => match self.lookup_special(obj, "__getitem__") {
                Some(m) => self.call1(&m, key),
                None => {
                    let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
                    Err(self.type_error(&msg))
                }
            },
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new = self.collect(&value)?;
                    let len = l.borrow().len() as i64;
                    let ix = self.slice_indices(s, len)?;
                    if ix.step == 1 {
                        let start = ix.start.max(0) as usize;
                        let stop = (ix.stop.max(ix.start)) as usize;
                        l.borrow_mut().splice(start..stop, new);
                        return Ok(());
                    }
                    let pos = ix.positions();
                    if pos.len() != new.len() {
                        let msg = format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), pos.len());
                        return Err(self.value_error(&msg));
                    }
                    let mut list = l.borrow_mut();
                    for (i, v) in pos.into_iter().zip(new) {
                        list[i] = v;
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(key)?;
                match self.dict_find(d, &k)? {
                    Some(ix) => d.borrow_mut().set_value_at(ix, value),
                    None => {
                        if d.borrow().len() >= self.limits.max_container {
                            return Err(self.new_error(&self.types.memory_error.clone(), ""));
                        }
                        d.borrow_mut().insert_new(k, value)
                    }
                }
                Ok(())
            }
            _ => match self.lookup_special(obj, "__setitem__") {
                Some(m) => {
                    self.call(&m, super::Args::positional(vec![key, value]))?;
                    Ok(())
                }
                None => {
                    let msg = format!("'{}' object does not support item assignment", self.type_name(obj));
                    Err(self.type_error(&msg))
                }
            },
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let len = l.borrow().len() as i64;
                    let ix = self.slice_indices(s, len)?;
                    let mut pos = ix.positions();
                    pos.sort_unstable();
                    let mut list = l.borrow_mut();
                    for i in pos.into_iter().rev() {
                        list.remove(i);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(key.clone())?;
                match self.dict_find(d, &k)? {
                    Some(ix) => {
                        let removed = d.borrow_mut().remove_at(ix);
                        drop(removed);
                        Ok(())
                    }
                    None => Err(PyErr(self.new_exception(&self.types.key_error.clone(), vec![key]))),
                }
            }
            _ => match self.lookup_special(obj, "__delitem__") {
                Some(m) => {
                    self.call1(&m, key)?;
                    Ok(())
                }
                None => {
                    let msg = format!("'{}' object doesn't support item deletion", self.type_name(obj));
                    Err(self.type_error(&msg))
                }
            },
        }
    }

    pub fn new_dict(&self) -> Value {
        Value::Dict(Rc::new(RefCell::new(Dict::new())))
    }

    pub fn new_dict_from_pairs(&mut self, flat: Vec<Value>) -> PyResult<Value> {
        let d = self.new_dict();
        let mut it = flat.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.set_item(&d, k, v)?;
        }
        Ok(d)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::Set(Rc::new(RefCell::new(Dict::new())));
        for item in items {
            self.set_add(&s, item)?;
        }
        Ok(s)
    }

    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let Value::Set(d) = set else { return Err(self.internal("set_add on a non-set")) };
        let k = self.dict_key(item)?;
        if self.dict_find(d, &k)?.is_none() {
            d.borrow_mut().insert_new(k, Value::None);
        }
        Ok(())
    }

    /// Keys of a set or frozenset.
    pub fn set_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Set(d) => d.borrow().keys(),
            Value::FrozenSet(d) => d.keys(),
            Value::Dict(d) => d.borrow().keys(),
            _ => Vec::new(),
        }
    }

    pub(crate) fn set_contains(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        self.contains(set, item)
    }

    pub(crate) fn set_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let xs = self.set_items(a);
        let ys = self.set_items(b);
        let mut out = Vec::new();
        match op {
            BinOp::Or => {
                out.extend(xs);
                out.extend(ys);
            }
            BinOp::And => {
                for x in xs {
                    if self.set_contains(b, &x)? {
                        out.push(x);
                    }
                }
            }
            BinOp::Sub => {
                for x in xs {
                    if !self.set_contains(b, &x)? {
                        out.push(x);
                    }
                }
            }
            BinOp::Xor => {
                for x in xs {
                    if !self.set_contains(b, &x)? {
                        out.push(x);
                    }
                }
                for y in ys {
                    if !self.set_contains(a, &y)? {
                        out.push(y);
                    }
                }
            }
            _ => return Err(self.internal("set_op")),
        }
        let s = self.new_set(out)?;
        if let (Value::FrozenSet(_), Value::Set(d)) = (a, &s) {
            return Ok(Value::FrozenSet(Rc::new(d.borrow().clone())));
        }
        Ok(s)
    }

    pub(crate) fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        for x in self.set_items(a) {
            if !self.set_contains(b, &x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub(crate) fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(y)) = (a, b) else { return Ok(false) };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        for (k, v) in x.borrow().items() {
            let key = self.dict_key(k)?;
            match self.dict_find(y, &key)? {
                Some(ix) => {
                    let w = y.borrow().value_at(ix).unwrap_or(Value::None);
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `d.update(mapping)`; with `merge`, duplicate keys are an error (`f(**a, **b)`).
    pub fn dict_update(&mut self, target: &Value, mapping: &Value, merge: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(d) => d.borrow().items(),
            _ if self.lookup_special(mapping, "keys").is_some() => {
                let keys = self.call_method(mapping, "keys", vec![])?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::new();
                for k in keys {
                    let v = self.get_item(mapping, k.clone())?;
                    pairs.push((k, v));
                }
                pairs
            }
            _ => {
                if merge {
                    let msg = format!("'{}' object is not a mapping", self.type_name(mapping));
                    return Err(self.type_error(&msg));
                }
                let items = self.collect(mapping)?;
                let mut pairs = Vec::new();
                for (i, item) in items.into_iter().enumerate() {
                    let kv = self.collect(&item).map_err(|_| {
                        let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
                        self.type_error(&msg)
                    })?;
                    if kv.len() != 2 {
                        let msg = format!("dictionary update sequence element #{i} has length {}; 2 is required", kv.len());
                        return Err(self.value_error(&msg));
                    }
                    pairs.push((kv[0].clone(), kv[1].clone()));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if merge {
                if let Value::Dict(d) = target {
                    let key = self.dict_key(k.clone())?;
                    if self.dict_find(d, &key)?.is_some() {
                        let msg = format!("got multiple values for keyword argument '{}'", self.to_str(&k)?);
                        return Err(self.type_error(&msg));
                    }
                }
            }
            self.set_item(target, k, v)?;
        }
        Ok(())
    }
}
