//! Operators on values: truth, unary and binary arithmetic (int with arbitrary precision, float,
//! str/list/tuple concatenation and repetition), comparisons, containment, hashing, and the
//! dunder-method protocol (`__add__`, reflected `__radd__`, `__iadd__`, rich comparisons) for
//! instances of user classes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{PyResult, Vm};
use crate::lang::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::lang::value::{fast_eq, str_hash, Dict, DictKey, Value};

/// An int operand, small or big.
pub(crate) enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

pub(crate) fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Big(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

pub(crate) fn to_big(v: &IntRef) -> BigInt {
    match v {
        IntRef::Small(i) => BigInt::from(*i),
        IntRef::Big(b) => (*b).clone(),
    }
}

pub(crate) fn int_to_f64(v: &IntRef) -> Option<f64> {
    match v {
        IntRef::Small(i) => Some(*i as f64),
        IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
    }
}

/// Python floor division and modulo for floats.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Big(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) | Value::Set(d) => !d.borrow().is_empty(),
            Value::FrozenSet(d) => !d.is_empty(),
            Value::Range(r) => r.len() > 0,
            Value::Instance(_) | Value::Native(_) => {
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call0(&m)?;
                    match r {
                        Value::Bool(b) => b,
                        other => {
                            let msg = format!("__bool__ should return bool, returned {}", self.type_name(&other));
                            return Err(self.type_error(&msg));
                        }
                    }
                } else if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call0(&m)?;
                    self.truthy(&r)?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    pub fn unary(&mut self, op: UnaryOp, a: Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(&a)?));
        }
        let r = match (op, &a) {
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (UnaryOp::Neg, Value::Big(b)) => Value::from_bigint(-(**b).clone()),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Pos, Value::Int(_) | Value::Big(_) | Value::Float(_)) => a.clone(),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
            (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (UnaryOp::Invert, Value::Big(b)) => Value::from_bigint(-(**b).clone() - 1),
            _ => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    UnaryOp::Invert => "__invert__",
                    UnaryOp::Not => "__bool__",
                };
                if let Some(m) = self.lookup_special(&a, name) {
                    return self.call0(&m);
                }
                let sym = match op {
                    UnaryOp::Neg => "unary -",
                    UnaryOp::Pos => "unary +",
                    _ => "unary ~",
                };
                let msg = format!("bad operand type for {sym}: '{}'", self.type_name(&a));
                return Err(self.type_error(&msg));
            }
        };
        Ok(r)
    }

    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = self.binary_builtin(op, &a, &b)? {
            return Ok(r);
        }
        let (name, rname, _) = op.dunders();
        self.binary_dunder(op, name, rname, a, b)
    }

    pub fn inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(&b)?;
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            (Value::List(l), BinOp::Mul) => {
                let n = self.index_value(&b)?;
                let items = l.borrow().clone();
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a);
            }
            (Value::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
                let r = self.binary(op, a.clone(), b)?;
                if let (Value::Set(target), Value::Set(src)) = (&a, &r) {
                    let new = src.borrow().clone();
                    *target.borrow_mut() = new;
                }
                return Ok(a);
            }
            (Value::Dict(_), BinOp::Or) => {
                self.dict_update(&a, &b, false)?;
                return Ok(a);
            }
            (Value::Instance(_) | Value::Native(_), _) => {
                let (_, _, iname) = op.dunders();
                if let Some(m) = self.lookup_special(&a, iname) {
                    let r = self.call1(&m, b.clone())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        if let Some(r) = self.binary_builtin(op, &a, &b)? {
            return Ok(r);
        }
        let (name, rname, _) = op.dunders();
        let (ta, tb) = (self.type_name(&a), self.type_name(&b));
        self.binary_dunder(op, name, rname, a, b).map_err(|e| {
            // CPython names the augmented operator in the message.
            let unsupported = e.0.as_instance().and_then(|i| i.exc.as_ref()).is_some_and(|d| {
                matches!(d.borrow().args.first(), Some(Value::Str(s)) if s.starts_with("unsupported operand"))
            });
            if unsupported {
                let sym = if op == BinOp::Pow { "**".to_string() } else { op.symbol().to_string() };
                self.type_error(&format!("unsupported operand type(s) for {sym}=: '{ta}' and '{tb}'"))
            } else {
                e
            }
        })
    }

    fn binary_dunder(&mut self, op: BinOp, name: &str, rname: &str, a: Value, b: Value) -> PyResult<Value> {
        let ta = self.type_of(&a);
        let tb = self.type_of(&b);
        let b_is_subclass = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(rname).is_some();
        if b_is_subclass {
            if let Some(m) = self.lookup_special(&b, rname) {
                let r = self.call1(&m, a.clone())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = self.lookup_special(&a, name) {
            let r = self.call1(&m, b.clone())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !b_is_subclass && !Rc::ptr_eq(&ta, &tb) {
            if let Some(m) = self.lookup_special(&b, rname) {
                let r = self.call1(&m, a.clone())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mod {
            if let Value::Str(_) = a {
                return self.percent_format(&a, &b);
            }
        }
        if op == BinOp::Add {
            let kind = match &a {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(kind) = kind {
                let msg = format!("can only concatenate {kind} (not \"{}\") to {kind}", tb.name);
                return Err(self.type_error(&msg));
            }
        }
        let msg = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op == BinOp::Pow { "** or pow()" } else { op.symbol() },
            ta.name,
            tb.name
        );
        Err(self.type_error(&msg))
    }

    /// Arithmetic on builtin types; `None` when the operands are not handled here.
    fn binary_builtin(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(*x & *y))),
                BinOp::Or => return Ok(Some(Value::Bool(*x | *y))),
                BinOp::Xor => return Ok(Some(Value::Bool(*x ^ *y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return self.int_op(op, x, y).map(Some);
        }
        let fa = match a {
            Value::Float(f) => Some(*f),
            _ => as_int(a).map(|i| int_to_f64(&i)).and_then(|f| f.or(Some(f64::INFINITY))),
        };
        let fb = match b {
            Value::Float(f) => Some(*f),
            _ => as_int(b).map(|i| int_to_f64(&i)).and_then(|f| f.or(Some(f64::INFINITY))),
        };
        if let (Some(x), Some(y)) = (fa, fb) {
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                if (as_int(a).is_some() && int_to_f64(&as_int(a).unwrap_or(IntRef::Small(0))).is_none())
                    || (as_int(b).is_some() && int_to_f64(&as_int(b).unwrap_or(IntRef::Small(0))).is_none())
                {
                    return Err(self.new_error(&self.types.overflow_error.clone(), "int too large to convert to float"));
                }
                return self.float_op(op, x, y).map(Some);
            }
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Some(Value::str(&s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Some(Value::Bytes(Rc::from(v)))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _) if as_int(b).is_some() => {
                Some(self.repeat(a, b)?)
            }
            (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) if as_int(a).is_some() => {
                Some(self.repeat(b, a)?)
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), Value::Instance(_)) if self.lookup_special(b, "__index__").is_some() => {
                Some(self.repeat(a, b)?)
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::None | Value::Dict(_)) => {
                let msg = format!("can't multiply sequence by non-int of type '{}'", self.type_name(b));
                return Err(self.type_error(&msg));
            }
            (BinOp::Mod, Value::Str(_), _) => Some(self.percent_format(a, b)?),
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                Some(self.set_op(op, a, b)?)
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(_)) => {
                let d = Value::Dict(Rc::new(std::cell::RefCell::new(x.borrow().clone())));
                self.dict_update(&d, b, false)?;
                Some(d)
            }
            _ => None,
        })
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = self.index_value(n)?.max(0) as usize;
        let len = match seq {
            Value::Str(s) => s.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > self.limits.max_container.saturating_mul(4) {
            return Err(self.new_error(&self.types.memory_error.clone(), ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::List(l) => {
                let items = l.borrow();
                Value::list((0..n).flat_map(|_| items.iter().cloned()).collect())
            }
            Value::Tuple(t) => Value::tuple((0..n).flat_map(|_| t.iter().cloned()).collect()),
            Value::Bytes(b) => Value::Bytes(Rc::from(b.repeat(n))),
            _ => Value::None,
        })
    }

    fn int_op(&mut self, op: BinOp, x: IntRef, y: IntRef) -> PyResult<Value> {
        if let (IntRef::Small(a), IntRef::Small(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::And => Some(a & b),
                BinOp::Or => Some(a | b),
                BinOp::Xor => Some(a ^ b),
                BinOp::FloorDiv if b != 0 => a.checked_div_euclid(b).map(|_| a.div_floor(&b)),
                BinOp::Mod if b != 0 => a.checked_rem(b).map(|_| a.mod_floor(&b)),
                BinOp::LShift if (0..63).contains(&b) => a.checked_mul(1i64 << b).filter(|_| a.abs() < (1i64 << (62 - b.min(62)))),
                BinOp::RShift if b >= 0 => Some(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b }),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(Value::Int(r));
            }
        }
        let a = to_big(&x);
        let b = to_big(&y);
        Ok(match op {
            BinOp::Add => Value::from_bigint(a + b),
            BinOp::Sub => Value::from_bigint(a - b),
            BinOp::Mul => Value::from_bigint(a * b),
            BinOp::And => Value::from_bigint(a & b),
            BinOp::Or => Value::from_bigint(a | b),
            BinOp::Xor => Value::from_bigint(a ^ b),
            BinOp::FloorDiv | BinOp::Mod => {
                if b.is_zero() {
                    let msg = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                    return Err(self.new_error(&self.types.zero_division_error.clone(), msg));
                }
                let (q, r) = a.div_mod_floor(&b);
                Value::from_bigint(if op == BinOp::FloorDiv { q } else { r })
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.new_error(&self.types.zero_division_error.clone(), "division by zero"));
                }
                match (a.to_f64(), b.to_f64()) {
                    (Some(x), Some(y)) if x.is_finite() && y.is_finite() && x.abs() < 9.0e15 && y.abs() < 9.0e15 => Value::Float(x / y),
                    _ => Value::Float(big_true_div(&a, &b).ok_or_else(|| {
                        self.new_error(&self.types.overflow_error.clone(), "integer division result too large for a float")
                    })?),
                }
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let (x, y) = (a.to_f64().unwrap_or(f64::INFINITY), b.to_f64().unwrap_or(f64::NEG_INFINITY));
                    if x == 0.0 {
                        return Err(self.new_error(&self.types.zero_division_error.clone(), "0.0 cannot be raised to a negative power"));
                    }
                    return self.float_op(BinOp::Pow, x, y);
                }
                let Some(e) = b.to_u32() else {
                    return Err(self.new_error(&self.types.memory_error.clone(), ""));
                };
                if a.bits() as u64 * e as u64 > 64_000_000 {
                    return Err(self.new_error(&self.types.memory_error.clone(), ""));
                }
                Value::from_bigint(num_traits::pow(a, e as usize))
            }
            BinOp::LShift => {
                let Some(s) = b.to_i64() else {
                    return Err(self.new_error(&self.types.overflow_error.clone(), "too many digits in integer"));
                };
                if s < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if s > 64_000_000 {
                    return Err(self.new_error(&self.types.memory_error.clone(), ""));
                }
                Value::from_bigint(a << s as usize)
            }
            BinOp::RShift => {
                let Some(s) = b.to_i64() else { return Ok(Value::Int(if a.is_negative() { -1 } else { 0 })) };
                if s < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::from_bigint(a >> s as usize)
            }
            BinOp::MatMul => {
                let msg = "unsupported operand type(s) for @: 'int' and 'int'";
                return Err(self.type_error(msg));
            }
        })
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        let zero = |vm: &Vm, msg: &str| Err(vm.new_error(&vm.types.zero_division_error.clone(), msg));
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return zero(self, "float division by zero");
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return zero(self, "float floor division by zero");
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return zero(self, "float modulo");
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return zero(self, "0.0 cannot be raised to a negative power");
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    // CPython returns a complex number here; looplab has no complex type.
                    return Err(self.value_error("math domain error (complex result not supported)"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.new_error(&self.types.overflow_error.clone(), "(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                let msg = format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol());
                return Err(self.type_error(&msg));
            }
        }))
    }

    /// `operator.index`: an int (or bool) as i64.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Big(b) => b.to_i64().ok_or_else(|| {
                let msg = format!("cannot fit 'int' into an index-sized integer");
                self.new_error(&self.types.index_error.clone(), &msg)
            }),
            Value::Instance(_) => match self.lookup_special(v, "__index__") {
                Some(m) => {
                    let r = self.call0(&m)?;
                    self.index_value(&r)
                }
                None => {
                    let msg = format!("'{}' object cannot be interpreted as an integer", self.type_name(v));
                    Err(self.type_error(&msg))
                }
            },
            _ => {
                let msg = format!("'{}' object cannot be interpreted as an integer", self.type_name(v));
                Err(self.type_error(&msg))
            }
        }
    }

    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = self.compare_builtin(op, &a, &b)? {
            return Ok(Value::Bool(r));
        }
        let (name, reflected) = op.dunders();
        let ta = self.type_of(&a);
        let tb = self.type_of(&b);
        let try_b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        let order: [(bool, &str); 2] = if try_b_first { [(true, reflected), (false, name)] } else { [(false, name), (true, reflected)] };
        for (swapped, method) in order {
            let (recv, arg) = if swapped { (&b, &a) } else { (&a, &b) };
            if matches!(recv, Value::Instance(_) | Value::Native(_)) || self.type_of(recv).lookup(method).is_some_and(|m| matches!(m, Value::Function(_))) {
                if let Some(m) = self.lookup_special(recv, method) {
                    let r = self.call1(&m, arg.clone())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(&b))),
            CmpOp::Ne => {
                // `__ne__` defaults to the negation of `__eq__`.
                if let Some(m) = self.lookup_special(&a, "__eq__").filter(|_| matches!(a, Value::Instance(_))) {
                    let r = self.call1(&m, b.clone())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                Ok(Value::Bool(!a.is(&b)))
            }
            _ => {
                let msg = format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), ta.name, tb.name);
                Err(self.type_error(&msg))
            }
        }
    }

    /// Comparisons between builtin values; `None` when dunder methods must decide.
    fn compare_builtin(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            _ if as_int(a).is_some() && as_int(b).is_some() => {
                let (x, y) = (as_int(a), as_int(b));
                match (x, y) {
                    (Some(IntRef::Small(x)), Some(IntRef::Small(y))) => Some(x.cmp(&y)),
                    (Some(x), Some(y)) => Some(to_big(&x).cmp(&to_big(&y))),
                    _ => None,
                }
            }
            (Value::Float(f), _) | (_, Value::Float(f)) if self.is_number(a) && self.is_number(b) && (as_int(a).is_some() || as_int(b).is_some()) => {
                // int vs float: exact, like CPython (2**63 + 1 > 2.0**63).
                if f.is_nan() {
                    return Ok(Some(op == CmpOp::Ne));
                }
                let int_first = as_int(a).is_some();
                let big = match as_int(if int_first { a } else { b }) {
                    Some(i) => to_big(&i),
                    None => return Ok(None),
                };
                let c = if f.is_infinite() {
                    if *f > 0.0 { Ordering::Less } else { Ordering::Greater }
                } else {
                    let fl = f.floor();
                    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
                    match big.cmp(&fb) {
                        Ordering::Equal if f.fract() != 0.0 => Ordering::Less,
                        other => other,
                    }
                };
                Some(if int_first { c } else { c.reverse() })
            }
            (Value::Float(_), _) | (_, Value::Float(_)) if self.is_number(a) && self.is_number(b) => {
                let x = self.number_f64(a);
                let y = self.number_f64(b);
                match (x, y) {
                    (Some(x), Some(y)) => {
                        if x.is_nan() || y.is_nan() {
                            return Ok(Some(op == CmpOp::Ne));
                        }
                        x.partial_cmp(&y)
                    }
                    _ => None,
                }
            }
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) => {
                let xs = self.seq_items(a);
                let ys = self.seq_items(b);
                for (x, y) in xs.iter().zip(ys.iter()) {
                    if x.is(y) {
                        continue;
                    }
                    if !self.eq(x, y)? {
                        if op == CmpOp::Eq {
                            return Ok(Some(false));
                        }
                        if op == CmpOp::Ne {
                            return Ok(Some(true));
                        }
                        let r = self.compare(op, x.clone(), y.clone())?;
                        return Ok(Some(self.truthy(&r)?));
                    }
                }
                Some(xs.len().cmp(&ys.len()))
            }
            (Value::Dict(_), Value::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let e = self.dict_eq(a, b)?;
                return Ok(Some(e == (op == CmpOp::Eq)));
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let (sub, sup) = (self.set_is_subset(a, b)?, self.set_is_subset(b, a)?);
                return Ok(Some(match op {
                    CmpOp::Eq => sub && sup,
                    CmpOp::Ne => !(sub && sup),
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && !sup,
                    CmpOp::Ge => sup,
                    CmpOp::Gt => sup && !sub,
                }));
            }
            (Value::None, Value::None) => Some(Ordering::Equal).filter(|_| matches!(op, CmpOp::Eq | CmpOp::Ne)),
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = (x.len() == 0 && y.len() == 0) || (x.len() == y.len() && x.start == y.start && (x.len() == 1 || x.step == y.step));
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    if let Some(e) = fast_eq(a, b) {
                        return Ok(Some(e == (op == CmpOp::Eq)));
                    }
                }
                return Ok(None);
            }
        };
        let Some(ord) = ord else { return Ok(None) };
        Ok(Some(match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        }))
    }

    fn is_number(&self, v: &Value) -> bool {
        matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_))
    }

    fn number_f64(&self, v: &Value) -> Option<f64> {
        match v {
            Value::Float(f) => Some(*f),
            _ => as_int(v).and_then(|i| int_to_f64(&i)),
        }
    }

    pub(crate) fn seq_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if let Some(e) = fast_eq(a, b) {
            return Ok(e);
        }
        let r = self.compare(CmpOp::Eq, a.clone(), b.clone())?;
        self.truthy(&r)
    }

    /// `hash(v)` with CPython's numeric hash (so 1, 1.0 and True are the same dict key).
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        const MODULUS: i64 = (1 << 61) - 1;
        Ok(match v {
            Value::None => 0x5f3a_1b2c,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => {
                let h = (i.unsigned_abs() % MODULUS as u64) as i64;
                let h = if *i < 0 { -h } else { h };
                if h == -1 { -2 } else { h }
            }
            Value::Big(b) => {
                let m = BigInt::from(MODULUS);
                let h = (b.abs() % &m).to_i64().unwrap_or(0);
                let h = if b.is_negative() { -h } else { h };
                if h == -1 { -2 } else { h }
            }
            Value::Float(f) => float_hash(*f, v.id()),
            Value::Str(s) => str_hash(s),
            Value::Bytes(b) => str_hash(&String::from_utf8_lossy(b)) ^ 0x55,
            Value::Tuple(items) => {
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                for item in items.iter() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(0x9E37_79B1_85EB_CA87);
                }
                acc = acc.wrapping_add(items.len() as u64 ^ (0x27D4_EB2F_1656_67C5 ^ 3_527_539));
                let h = acc as i64;
                if h == -1 { 1_546_275_796 } else { h }
            }
            Value::FrozenSet(d) => {
                let mut h: i64 = 0;
                for (k, _) in d.iter() {
                    h ^= k.hash.wrapping_mul(0x0100_0193);
                }
                h
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                let msg = format!("unhashable type: '{}'", self.type_name(v));
                return Err(self.type_error(&msg));
            }
            Value::Instance(inst) => {
                let class = inst.class.clone();
                match class.lookup("__hash__") {
                    Some(Value::None) => {
                        let msg = format!("unhashable type: '{}'", class.name);
                        return Err(self.type_error(&msg));
                    }
                    Some(m @ Value::Function(_)) => {
                        let bound = self.bind(m, v.clone());
                        let r = self.call0(&bound)?;
                        match as_int(&r) {
                            Some(_) => self.hash(&r)?,
                            None => return Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => {
                        if class.lookup("__eq__").is_some_and(|m| matches!(m, Value::Function(_))) {
                            let msg = format!("unhashable type: '{}'", class.name);
                            return Err(self.type_error(&msg));
                        }
                        (v.id() >> 4) as i64
                    }
                }
            }
            _ => (v.id() >> 4) as i64,
        })
    }

    pub fn dict_key(&mut self, key: Value) -> PyResult<DictKey> {
        let hash = self.hash(&key)?;
        Ok(DictKey { hash, key })
    }

    /// Index of `key` in a dict-like table, running `__eq__` outside any borrow when needed.
    pub fn dict_find(&mut self, table: &std::cell::RefCell<Dict>, key: &DictKey) -> PyResult<Option<usize>> {
        let fast = {
            let t = table.borrow();
            match fast_eq(&key.key, &key.key) {
                Some(_) if is_fast_key(&key.key) => Some(t.find_fast(key.hash, &key.key)),
                _ => None,
            }
        };
        if let Some(found) = fast {
            if found.is_some() || !table.borrow().candidates(key.hash).iter().any(|&i| table.borrow().entry(i).is_some_and(|(k, _)| !is_fast_key(&k.key))) {
                return Ok(found);
            }
        }
        let candidates = table.borrow().candidates(key.hash);
        for ix in candidates {
            let stored = table.borrow().entry(ix).map(|(k, _)| k.key.clone());
            if let Some(stored) = stored {
                if stored.is(&key.key) || self.eq(&stored, &key.key)? {
                    return Ok(Some(ix));
                }
            }
        }
        Ok(None)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                _ => {
                    let msg = format!("'in <string>' requires string as left operand, not {}", self.type_name(item));
                    Err(self.type_error(&msg))
                }
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &**sub)),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Dict(d) | Value::Set(d) => {
                let key = self.dict_key(item.clone())?;
                Ok(self.dict_find(d, &key)?.is_some())
            }
            Value::FrozenSet(d) => {
                let key = self.dict_key(item.clone())?;
                let cell = std::cell::RefCell::new((**d).clone());
                Ok(self.dict_find(&cell, &key)?.is_some())
            }
            Value::Range(r) => match as_int(item) {
                Some(IntRef::Small(i)) => {
                    let len = r.len();
                    if len == 0 {
                        return Ok(false);
                    }
                    let off = i - r.start;
                    Ok(off % r.step == 0 && (0..len).contains(&(off / r.step)))
                }
                _ => Ok(false),
            },
            Value::List(_) | Value::Tuple(_) => {
                let items = self.seq_items(container);
                for x in items {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self.call1(&m, item.clone())?;
                    return self.truthy(&r);
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

/// Keys whose equality never runs Python code.
pub(crate) fn is_fast_key(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::None | Value::Float(_) | Value::Bytes(_) => true,
        Value::Tuple(t) => t.iter().all(is_fast_key),
        _ => false,
    }
}

/// CPython's `_Py_HashDouble`.
pub(crate) fn float_hash(f: f64, id: usize) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << 61) - 1;
    if f.is_nan() {
        return (id >> 4) as i64;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = frexp(f);
    let mut sign = 1i64;
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
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Correctly rounded big-int true division (a / b), or None on overflow.
fn big_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has 54+ significant bits, then round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift > 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let f = (q as f64) * 2f64.powi(-(shift as i32));
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}
