//! Global builtin functions: `print`, `len`, `repr`, `isinstance`, `sorted`, `min`/`max`, `sum`,
//! `enumerate`/`zip`/`map`/`filter`/`reversed`, `round`, `divmod`, `pow`, `hash`, `id`, `chr`/`ord`,
//! `hex`/`oct`/`bin`, `format`, `getattr` & co, `iter`/`next`, `aiter`/`anext`, `vars`, `callable`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_traits::{Signed, ToPrimitive, Zero};

use super::{arg, arity, global, int_arg, str_arg};
use crate::lang::bytecode::{BinOp, CmpOp};
use crate::lang::value::{Class, Value};
use crate::lang::vm::{Args, PyErr, PyResult, Stream, Vm};

pub fn install(vm: &mut Vm) {
    global(vm, "print", |vm, mut args| {
        let sep = match args.take_kw("sep") {
            Some(Value::None) | None => " ".to_string(),
            Some(Value::Str(s)) => s.to_string(),
            Some(v) => return Err(vm.type_error(&format!("sep must be None or a string, not {}", vm.type_name(&v)))),
        };
        let end = match args.take_kw("end") {
            Some(Value::None) | None => "\n".to_string(),
            Some(Value::Str(s)) => s.to_string(),
            Some(v) => return Err(vm.type_error(&format!("end must be None or a string, not {}", vm.type_name(&v)))),
        };
        let file = args.take_kw("file");
        let _flush = args.take_kw("flush");
        if let Some((k, _)) = args.kwargs.first() {
            return Err(vm.type_error(&format!("'{k}' is an invalid keyword argument for print()")));
        }
        let mut out = String::new();
        for (i, a) in args.args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.to_str(a)?);
        }
        out.push_str(&end);
        let stream = match &file {
            Some(f) if vm.is_stderr(f) => Stream::Stderr,
            Some(f) if !f.is_none() && !vm.is_stdout(f) => {
                vm.call_method(f, "write", vec![Value::str(&out)])?;
                return Ok(Value::None);
            }
            _ => Stream::Stdout,
        };
        vm.write(stream, &out)?;
        Ok(Value::None)
    });
    global(vm, "len", |vm, args| {
        arity(vm, "len", &args, 1, 1)?;
        Ok(Value::Int(vm.len(&args.args[0])? as i64))
    });
    global(vm, "repr", |vm, args| {
        arity(vm, "repr", &args, 1, 1)?;
        Ok(Value::str(&vm.repr(&args.args[0])?))
    });
    global(vm, "ascii", |vm, args| {
        arity(vm, "ascii", &args, 1, 1)?;
        let r = vm.repr(&args.args[0])?;
        let mut out = String::new();
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 { out.push(c) } else if n <= 0xff { out.push_str(&format!("\\x{n:02x}")) } else if n <= 0xffff { out.push_str(&format!("\\u{n:04x}")) } else { out.push_str(&format!("\\U{n:08x}")) }
        }
        Ok(Value::str(&out))
    });
    global(vm, "isinstance", |vm, args| {
        arity(vm, "isinstance", &args, 2, 2)?;
        Ok(Value::Bool(vm.isinstance(&args.args[0], &args.args[1])?))
    });
    global(vm, "issubclass", |vm, args| {
        arity(vm, "issubclass", &args, 2, 2)?;
        let Value::Class(c) = &args.args[0] else { return Err(vm.type_error("issubclass() arg 1 must be a class")) };
        Ok(Value::Bool(class_matches(vm, c, &args.args[1])?))
    });
    global(vm, "callable", |vm, args| {
        arity(vm, "callable", &args, 1, 1)?;
        let v = &args.args[0];
        Ok(Value::Bool(match v {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
            _ => vm.lookup_special(v, "__call__").is_some(),
        }))
    });
    global(vm, "getattr", |vm, args| {
        arity(vm, "getattr", &args, 2, 3)?;
        let name = str_arg(vm, &args.args[1], "attribute name")?;
        match vm.get_attr(&args.args[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if args.args.len() == 3 && vm.isinstance_class(&e.0, &vm.types.attribute_error.clone()) => Ok(args.args[2].clone()),
            Err(e) => Err(e),
        }
    });
    global(vm, "setattr", |vm, args| {
        arity(vm, "setattr", &args, 3, 3)?;
        let name = str_arg(vm, &args.args[1], "attribute name")?;
        vm.set_attr(&args.args[0], &name, args.args[2].clone())?;
        Ok(Value::None)
    });
    global(vm, "delattr", |vm, args| {
        arity(vm, "delattr", &args, 2, 2)?;
        let name = str_arg(vm, &args.args[1], "attribute name")?;
        vm.del_attr(&args.args[0], &name)?;
        Ok(Value::None)
    });
    global(vm, "hasattr", |vm, args| {
        arity(vm, "hasattr", &args, 2, 2)?;
        let name = str_arg(vm, &args.args[1], "attribute name")?;
        match vm.get_attr(&args.args[0], &name) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if vm.isinstance_class(&e.0, &vm.types.attribute_error.clone()) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    });
    global(vm, "id", |vm, args| {
        arity(vm, "id", &args, 1, 1)?;
        Ok(Value::Int(args.args[0].id() as i64))
    });
    global(vm, "hash", |vm, args| {
        arity(vm, "hash", &args, 1, 1)?;
        Ok(Value::Int(vm.hash(&args.args[0])?))
    });
    global(vm, "abs", |vm, args| {
        arity(vm, "abs", &args, 1, 1)?;
        super::numbers::abs_value(vm, &args.args[0])
    });
    global(vm, "chr", |vm, args| {
        arity(vm, "chr", &args, 1, 1)?;
        let n = int_arg(vm, &args.args[0])?;
        match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    global(vm, "ord", |vm, args| {
        arity(vm, "ord", &args, 1, 1)?;
        match &args.args[0] {
            Value::Str(s) if s.chars().count() == 1 => Ok(Value::Int(s.chars().next().map_or(0, |c| c as i64))),
            Value::Str(s) => Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", s.chars().count()))),
            Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
            other => Err(vm.type_error(&format!("ord() expected string of length 1, but {} found", vm.type_name(other)))),
        }
    });
    for (name, radix, prefix) in [("hex", 16u32, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
        global(vm, name, move |vm, args| {
            arity(vm, name, &args, 1, 1)?;
            let v = &args.args[0];
            let n = match v {
                Value::Int(_) | Value::Big(_) | Value::Bool(_) => super::numbers::big_of(v),
                _ => {
                    let i = vm.index_value(v)?;
                    num_bigint::BigInt::from(i)
                }
            };
            let digits = n.abs().to_str_radix(radix);
            Ok(Value::str(&format!("{}{prefix}{digits}", if n.is_negative() { "-" } else { "" })))
        });
    }
    global(vm, "format", |vm, args| {
        arity(vm, "format", &args, 1, 2)?;
        let spec = match args.args.get(1) {
            Some(s) => str_arg(vm, s, "format() argument 2")?,
            None => Rc::from(""),
        };
        Ok(Value::str(&vm.format(&args.args[0], &spec)?))
    });
    global(vm, "iter", |vm, args| {
        arity(vm, "iter", &args, 1, 2)?;
        if args.args.len() == 2 {
            return Ok(Value::Native(Rc::new(crate::lang::vm::CallIter { func: args.args[0].clone(), sentinel: Some(args.args[1].clone()), index: Cell::new(0), done: Cell::new(false) })));
        }
        vm.get_iter(&args.args[0])
    });
    global(vm, "next", |vm, args| {
        arity(vm, "next", &args, 1, 2)?;
        let it = &args.args[0];
        if !matches!(it, Value::Gen(_) | Value::Native(_)) && vm.lookup_special(it, "__next__").is_none() {
            return Err(vm.type_error(&format!("'{}' object is not an iterator", vm.type_name(it))));
        }
        if let Value::Gen(g) = it {
            if g.kind == crate::lang::value::GenKind::Generator && !matches!(&*g.state.borrow(), crate::lang::value::GenState::Finished) {
                let g = g.clone();
                return match vm.gen_resume(&g, Value::None, None)? {
                    crate::lang::value::GenStep::Yield(v) => Ok(v),
                    crate::lang::value::GenStep::Return(v) => match args.args.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => {
                            let a = if v.is_none() { vec![] } else { vec![v] };
                            Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), a)))
                        }
                    },
                };
            }
        }
        match vm.next(it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), vec![]))),
            },
            Err(e) => Err(e),
        }
    });
    global(vm, "sorted", |vm, mut args| {
        let key = args.take_kw("key");
        let reverse = match args.take_kw("reverse") {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        arity(vm, "sorted", &args, 1, 1)?;
        let items = vm.collect(&args.args[0])?;
        Ok(Value::list(super::list::sort_values(vm, items, key.as_ref(), reverse)?))
    });
    for name in ["min", "max"] {
        global(vm, name, move |vm, mut args| min_max(vm, &mut args, name == "max"));
    }
    global(vm, "sum", |vm, mut args| {
        let start = args.take_kw("start").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::Int(0));
        if args.args.is_empty() || args.args.len() > 2 {
            return Err(vm.type_error(&format!("sum() takes at most 2 arguments ({} given)", args.args.len())));
        }
        if let Value::Str(_) = start {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        let it = vm.get_iter(&args.args[0])?;
        let mut acc = start;
        // Floats are summed with Neumaier compensation like CPython 3.12? No: 3.11 adds plainly.
        while let Some(x) = vm.next(&it)? {
            acc = vm.binary(BinOp::Add, acc, x)?;
        }
        Ok(acc)
    });
    global(vm, "all", |vm, args| {
        arity(vm, "all", &args, 1, 1)?;
        let it = vm.get_iter(&args.args[0])?;
        while let Some(x) = vm.next(&it)? {
            if !vm.truthy(&x)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
    global(vm, "any", |vm, args| {
        arity(vm, "any", &args, 1, 1)?;
        let it = vm.get_iter(&args.args[0])?;
        while let Some(x) = vm.next(&it)? {
            if vm.truthy(&x)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    global(vm, "enumerate", |vm, mut args| {
        let start = args.take_kw("start").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::Int(0));
        if args.args.is_empty() {
            return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
        }
        let it = vm.get_iter(&args.args[0])?;
        let counter = RefCell::new(start);
        Ok(vm.fn_iter("enumerate", move |vm| match vm.next(&it)? {
            Some(x) => {
                let i = counter.borrow().clone();
                let next = vm.binary(BinOp::Add, i.clone(), Value::Int(1))?;
                *counter.borrow_mut() = next;
                Ok(Some(Value::tuple(vec![i, x])))
            }
            None => Ok(None),
        }))
    });
    global(vm, "zip", |vm, mut args| {
        let strict = match args.take_kw("strict") {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        let iters = args.args.iter().map(|a| vm.get_iter(a)).collect::<PyResult<Vec<_>>>()?;
        let done = Cell::new(false);
        Ok(vm.fn_iter("zip", move |vm| {
            if done.get() || iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(x) => out.push(x),
                    None => {
                        done.set(true);
                        if strict {
                            if i > 0 {
                                let msg = format!("zip() argument {} is shorter than argument{} 1{}", i + 1, if i > 1 { "s" } else { "" }, if i > 1 { format!("-{i}") } else { String::new() });
                                return Err(vm.value_error(&msg));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let msg = format!("zip() argument {} is longer than argument{} 1{}", j + 1, if j > 1 { "s" } else { "" }, if j > 1 { format!("-{j}") } else { String::new() });
                                    return Err(vm.value_error(&msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }))
    });
    global(vm, "map", |vm, args| {
        if args.args.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let f = args.args[0].clone();
        let iters = args.args[1..].iter().map(|a| vm.get_iter(a)).collect::<PyResult<Vec<_>>>()?;
        Ok(vm.fn_iter("map", move |vm| {
            let mut xs = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(x) => xs.push(x),
                    None => return Ok(None),
                }
            }
            vm.call(&f, Args::positional(xs)).map(Some)
        }))
    });
    global(vm, "filter", |vm, args| {
        arity(vm, "filter", &args, 2, 2)?;
        let f = args.args[0].clone();
        let it = vm.get_iter(&args.args[1])?;
        Ok(vm.fn_iter("filter", move |vm| loop {
            match vm.next(&it)? {
                Some(x) => {
                    let keep = if f.is_none() { x.clone() } else { vm.call1(&f, x.clone())? };
                    if vm.truthy(&keep)? {
                        return Ok(Some(x));
                    }
                }
                None => return Ok(None),
            }
        }))
    });
    global(vm, "reversed", |vm, args| {
        arity(vm, "reversed", &args, 1, 1)?;
        let v = &args.args[0];
        let items = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => vm.collect(v)?,
            Value::Dict(d) => d.borrow().keys(),
            _ => {
                if let Some(m) = vm.lookup_special(v, "__reversed__") {
                    return vm.call0(&m);
                }
                if vm.lookup_special(v, "__getitem__").is_some() && vm.lookup_special(v, "__len__").is_some() {
                    vm.collect(v)?
                } else {
                    return Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(v))));
                }
            }
        };
        let pos = Cell::new(items.len());
        Ok(vm.fn_iter("reversed", move |_| {
            let i = pos.get();
            if i == 0 {
                return Ok(None);
            }
            pos.set(i - 1);
            Ok(Some(items[i - 1].clone()))
        }))
    });
    global(vm, "round", |vm, mut args| {
        let nd = args.take_kw("ndigits").or_else(|| args.args.get(1).cloned());
        if args.args.is_empty() {
            return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
        }
        round_value(vm, args.args[0].clone(), nd)
    });
    global(vm, "divmod", |vm, args| {
        arity(vm, "divmod", &args, 2, 2)?;
        let (a, b) = (args.args[0].clone(), args.args[1].clone());
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some(m) = vm.lookup_special(&a, "__divmod__") {
                return vm.call1(&m, b);
            }
        }
        let q = vm.binary(BinOp::FloorDiv, a.clone(), b.clone())?;
        let r = vm.binary(BinOp::Mod, a, b)?;
        Ok(Value::tuple(vec![q, r]))
    });
    global(vm, "pow", |vm, mut args| {
        let m = args.take_kw("mod").or_else(|| args.args.get(2).cloned());
        if args.args.len() < 2 {
            return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
        }
        let (b, e) = (args.args[0].clone(), args.args[1].clone());
        match m {
            None | Some(Value::None) => vm.binary(BinOp::Pow, b, e),
            Some(m) => {
                let (b, e, m) = (super::numbers::big_of(&b), super::numbers::big_of(&e), super::numbers::big_of(&m));
                if m.is_zero() {
                    return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                }
                let r = if e.is_negative() {
                    let inv = mod_inverse(&b, &m).ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
                    inv.modpow(&(-e), &m.abs())
                } else {
                    b.modpow(&e, &m.abs())
                };
                let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
                Ok(Value::from_bigint(r))
            }
        }
    });
    global(vm, "vars", |vm, args| {
        arity(vm, "vars", &args, 1, 1)?;
        vm.get_attr(&args.args[0], "__dict__")
    });
    global(vm, "aiter", |vm, args| {
        arity(vm, "aiter", &args, 1, 1)?;
        match vm.lookup_special(&args.args[0], "__aiter__") {
            Some(m) => vm.call0(&m),
            None => Err(vm.type_error(&format!("'{}' object is not an async iterable", vm.type_name(&args.args[0])))),
        }
    });
    global(vm, "anext", |vm, args| {
        arity(vm, "anext", &args, 1, 2)?;
        match vm.lookup_special(&args.args[0], "__anext__") {
            Some(m) => {
                let aw = vm.call0(&m)?;
                match args.args.get(1) {
                    None => Ok(aw),
                    Some(default) => vm.anext_with_default(aw, default.clone()),
                }
            }
            None => Err(vm.type_error(&format!("'{}' object is not an async iterator", vm.type_name(&args.args[0])))),
        }
    });
    let constants = [("None", Value::None), ("True", Value::Bool(true)), ("False", Value::Bool(false)), ("NotImplemented", Value::NotImplemented), ("Ellipsis", Value::Ellipsis), ("__debug__", Value::Bool(true))];
    for (name, v) in constants {
        vm.builtins.borrow_mut().set_str(name, v);
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    let e = num_integer::Integer::extended_gcd(&(a % m.abs() + m.abs()), &m.abs());
    if !e.gcd.is_one_value() {
        return None;
    }
    Some(((e.x % m.abs()) + m.abs()) % m.abs())
}

trait IsOne {
    fn is_one_value(&self) -> bool;
}

impl IsOne for num_bigint::BigInt {
    fn is_one_value(&self) -> bool {
        self.to_i64() == Some(1)
    }
}

fn class_matches(vm: &mut Vm, c: &Rc<Class>, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(k) => Ok(c.is_subclass(k)),
        Value::Tuple(items) => {
            for item in items.iter() {
                if class_matches(vm, c, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn min_max(vm: &mut Vm, args: &mut Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    let items = match args.args.len() {
        0 => return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(&format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            args.args.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
                let r = vm.compare(op, k.clone(), bk.clone())?;
                vm.truthy(&r)?
            }
        };
        if replace {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
        },
    }
}

/// `round(x, ndigits)`.
pub fn round_value(vm: &mut Vm, x: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(&v)?),
    };
    match &x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.new_error(&vm.types.overflow_error.clone(), "cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                super::numbers::float_to_int(vm, &Value::Float(r))
            }
            Some(n) => crate::lang::format::round_float(*f, n).map(Value::Float).map_err(|e| vm.format_error(e)),
        },
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(b as i64),
                other => other,
            }),
            Some(n) if n >= 0 => Ok(match x {
                Value::Bool(b) => Value::Int(b as i64),
                other => other,
            }),
            Some(n) => {
                let big = super::numbers::big_of(&x);
                let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&big, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                Ok(Value::from_bigint(q * p))
            }
        },
        _ => match vm.lookup_special(&x, "__round__") {
            Some(m) => match nd {
                Some(n) => vm.call1(&m, Value::Int(n)),
                None => vm.call0(&m),
            },
            None => Err(vm.type_error(&format!("type {} doesn't define __round__ method", vm.type_name(&x)))),
        },
    }
}

impl Vm {
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.chars().count(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) | Value::Set(d) => d.borrow().len(),
            Value::FrozenSet(d) => d.len(),
            Value::Range(r) => r.len().max(0) as usize,
            _ => match self.lookup_special(v, "__len__") {
                Some(m) => {
                    let r = self.call0(&m)?;
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => return Err(self.type_error(&format!("object of type '{}' has no len()", self.type_name(v)))),
            },
        })
    }

    pub fn isinstance(&mut self, v: &Value, spec: &Value) -> PyResult<bool> {
        let c = self.type_of(v);
        class_matches(self, &c, spec)
    }

    fn is_stderr(&self, v: &Value) -> bool {
        matches!(self.modules.get("sys"), Some(Value::Module(m)) if m.dict.borrow().get_str("stderr").is_some_and(|e| e.is(v)))
    }

    fn is_stdout(&self, v: &Value) -> bool {
        matches!(self.modules.get("sys"), Some(Value::Module(m)) if m.dict.borrow().get_str("stdout").is_some_and(|e| e.is(v)))
    }
}
