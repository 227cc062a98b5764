//! Text of values: `repr()`, `str()`, f-string `FormatValue`, and `%` formatting, with CPython's
//! exact layout. Number formatting rules themselves live in `lang::format`.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::lang::value::{downcast, GenKind, Value};

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.repr_guarded(v, &mut Vec::new())
    }

    fn repr_guarded(&mut self, v: &Value, seen: &mut Vec<usize>) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Big(b) => b.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                if seen.contains(&v.id()) {
                    return Ok("(...)".into());
                }
                seen.push(v.id());
                let mut parts = Vec::with_capacity(t.len());
                for item in t.iter() {
                    parts.push(self.repr_guarded(item, seen)?);
                }
                seen.pop();
                if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
            }
            Value::List(l) => {
                if seen.contains(&v.id()) {
                    return Ok("[...]".into());
                }
                seen.push(v.id());
                let items = l.borrow().clone();
                let mut parts = Vec::with_capacity(items.len());
                for item in &items {
                    parts.push(self.repr_guarded(item, seen)?);
                }
                seen.pop();
                format!("[{}]", parts.join(", "))
            }
            Value::Dict(d) => {
                if seen.contains(&v.id()) {
                    return Ok("{...}".into());
                }
                seen.push(v.id());
                let items = d.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    let k = self.repr_guarded(k, seen)?;
                    let val = self.repr_guarded(val, seen)?;
                    parts.push(format!("{k}: {val}"));
                }
                seen.pop();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(d) => {
                let keys = d.borrow().keys();
                if keys.is_empty() {
                    return Ok("set()".into());
                }
                let parts = keys.iter().map(|k| self.repr_guarded(k, seen)).collect::<PyResult<Vec<_>>>()?;
                format!("{{{}}}", parts.join(", "))
            }
            Value::FrozenSet(d) => {
                let keys = d.keys();
                if keys.is_empty() {
                    return Ok("frozenset()".into());
                }
                let parts = keys.iter().map(|k| self.repr_guarded(k, seen)).collect::<PyResult<Vec<_>>>()?;
                format!("frozenset({{{}}})", parts.join(", "))
            }
            Value::Range(r) => {
                if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Value::Builtin(b) => match &b.owner {
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let recv = m.receiver.clone();
                let name = self.callable_name(&m.func);
                match &m.func {
                    Value::Builtin(b) => format!("<built-in method {} of {} object at {:#x}>", b.name, self.type_name(&recv), recv.id()),
                    _ => format!("<bound method {} of {}>", name, self.repr_guarded(&recv, seen)?),
                }
            }
            Value::Class(c) => {
                let module = c.module.borrow().clone();
                if &*module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", module, c.qualname.borrow())
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Gen(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{kind} object {} at {:#x}>", g.qualname, v.id())
            }
            Value::Cell(_) => format!("<cell at {:#x}>", v.id()),
            Value::Instance(inst) => {
                if seen.contains(&v.id()) {
                    return Ok("...".into());
                }
                let class = inst.class.clone();
                match class.lookup("__repr__") {
                    Some(m @ Value::Function(_)) => {
                        seen.push(v.id());
                        let bound = self.bind(m, v.clone());
                        let r = self.call0(&bound);
                        seen.pop();
                        self.expect_str(r?, "__repr__")?
                    }
                    _ if inst.exc.is_some() => self.exception_repr(v)?,
                    Some(m @ Value::Builtin(_)) => {
                        let bound = self.bind(m, v.clone());
                        let r = self.call0(&bound)?;
                        self.expect_str(r, "__repr__")?
                    }
                    _ => self.default_repr(v),
                }
            }
            Value::Native(_) => match self.lookup_special(v, "__repr__") {
                Some(m) => {
                    let r = self.call0(&m)?;
                    self.expect_str(r, "__repr__")?
                }
                None => self.default_repr(v),
            },
        })
    }

    pub(crate) fn default_repr(&self, v: &Value) -> String {
        let class = self.type_of(v);
        let module = class.module.borrow().clone();
        let qual = class.qualname.borrow().clone();
        if &*module == "builtins" {
            format!("<{} object at {:#x}>", qual, v.id())
        } else {
            format!("<{}.{} object at {:#x}>", module, qual, v.id())
        }
    }

    fn expect_str(&mut self, v: Value, method: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            other => {
                let msg = format!("{method} returned non-string (type {})", self.type_name(&other));
                Err(self.type_error(&msg))
            }
        }
    }

    fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let name = self.type_of(v).name.clone();
        let args = v.as_instance().and_then(|i| i.exc.as_ref()).map(|d| d.borrow().args.clone()).unwrap_or_default();
        let parts = args.iter().map(|a| self.repr(a)).collect::<PyResult<Vec<_>>>()?;
        Ok(if parts.len() == 1 { format!("{name}({})", parts[0]) } else { format!("{name}({})", parts.join(", ")) })
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                let class = inst.class.clone();
                match class.lookup("__str__") {
                    Some(m @ Value::Function(_)) => {
                        let bound = self.bind(m, v.clone());
                        let r = self.call0(&bound)?;
                        self.expect_str(r, "__str__")
                    }
                    _ if inst.exc.is_some() => self.exception_str(v),
                    _ => self.repr(v),
                }
            }
            Value::Native(_) => match self.lookup_special(v, "__str__") {
                Some(m) => {
                    let r = self.call0(&m)?;
                    self.expect_str(r, "__str__")
                }
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let args = v.as_instance().and_then(|i| i.exc.as_ref()).map(|d| d.borrow().args.clone()).unwrap_or_default();
        let is_key_error = self.isinstance_class(v, &self.types.key_error.clone());
        if self.isinstance_class(v, &self.types.base_exception_group.clone()) {
            let msg = match args.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            let n = match args.get(1) {
                Some(Value::List(l)) => l.borrow().len(),
                Some(Value::Tuple(t)) => t.len(),
                _ => 0,
            };
            return Ok(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" }));
        }
        if args.len() >= 2 && self.isinstance_class(v, &self.types.os_error.clone()) {
            if let Value::Int(errno) = &args[0] {
                let text = self.to_str(&args[1])?;
                return Ok(format!("[Errno {errno}] {text}"));
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// f-string replacement field: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then `format`.
    pub(crate) fn format_value(&mut self, value: Value, conversion: u32, spec: Option<Value>) -> PyResult<Value> {
        let value = match conversion {
            1 => Value::str(&self.to_str(&value)?),
            2 => Value::str(&self.repr(&value)?),
            3 => Value::str(&ascii_escape(&self.repr(&value)?)),
            _ => value,
        };
        let spec = match spec {
            Some(Value::Str(s)) => s,
            _ => Rc::from(""),
        };
        let s = self.format(&value, &spec)?;
        Ok(Value::str(&s))
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            if let Value::Str(s) = value {
                return Ok(s.to_string());
            }
        }
        match value {
            Value::Instance(_) | Value::Native(_) => {
                if let Some(m @ Value::Method(_)) = self.lookup_special(value, "__format__").filter(|m| {
                    matches!(m, Value::Method(bm) if matches!(bm.func, Value::Function(_)))
                }) {
                    let r = self.call1(&m, Value::str(spec))?;
                    return self.expect_str(r, "__format__");
                }
                if spec.is_empty() {
                    return self.to_str(value);
                }
                let msg = format!("unsupported format string passed to {}.__format__", self.type_name(value));
                Err(self.type_error(&msg))
            }
            _ => self.format_builtin(value, spec),
        }
    }
}

/// `repr(str)`: quotes chosen like CPython, escapes for control and non-printable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` per character (Unicode categories Cc, Cf, Cs, Co, Cn,
/// Zl, Zp, Zs except space are not printable).
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !(n < 0x20
        || (0x7f..0xa1).contains(&n)
        || n == 0xad
        || (0x2000..=0x200f).contains(&n)
        || (0x2028..=0x202f).contains(&n)
        || (0x205f..=0x206f).contains(&n)
        || n == 0x3000
        || n == 0xfeff
        || (0xd800..=0xf8ff).contains(&n)
        || (0xfff9..=0xfffb).contains(&n)
        || n == 0x1680)
}

pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(float)`.
pub fn float_repr(f: f64) -> String {
    crate::lang::format::float_repr(f)
}

/// True if `v` is a property object (used by `dir()`-like helpers).
pub fn is_property(v: &Value) -> bool {
    downcast::<super::attr::Property>(v).is_some()
}
