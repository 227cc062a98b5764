//! `str` and `bytes`: constructors and methods, with CPython's semantics for splitting,
//! stripping, searching, case mapping, padding and `str.format`.

use std::rc::Rc;

use super::{arg, method, method_arity, str_arg};
use crate::lang::value::Value;
use crate::lang::vm::{Args, PyResult, Vm};

fn this(vm: &Vm, args: &Args) -> PyResult<Rc<str>> {
    match args.args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(&format!("descriptor requires a 'str' object but received a '{}'", vm.type_name(other)))),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn opt_str(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Rc<str>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => Err(vm.type_error(&format!("must be str or None, not {}", vm.type_name(other)))),
    }
}

/// Char-index bounds for `find`/`count`/`startswith` style `start`/`end` arguments.
fn bounds(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, i: usize, default: i64| -> PyResult<i64> {
        match args.args.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => vm.index_value(v),
        }
    };
    let norm = |i: i64| -> usize {
        let j = if i < 0 { i + len as i64 } else { i };
        j.clamp(0, len as i64) as usize
    };
    let start = norm(get(vm, first, 0)?);
    let end = norm(get(vm, first + 1, len as i64)?);
    Ok((start, end))
}

fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let mut idx = s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len()));
    let b0 = idx.clone().nth(start).unwrap_or(s.len());
    let b1 = idx.nth(end).unwrap_or(s.len());
    if b0 <= b1 { &s[b0..b1] } else { "" }
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

pub fn install(vm: &mut Vm) {
    let class = vm.types.str_.clone();
    method(&class, "__new__", |vm, mut args| {
        let encoding = super::opt(&mut args, 2, "encoding");
        match (args.args.get(1), encoding) {
            (None, _) => Ok(Value::str("")),
            (Some(Value::Bytes(b)), Some(_)) => match std::str::from_utf8(b) {
                Ok(s) => Ok(Value::str(s)),
                Err(e) => Err(vm.new_error(&vm.types.unicode_error.clone(), &format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", b[e.valid_up_to()], e.valid_up_to()))),
            },
            (Some(v), _) => {
                let v = v.clone();
                Ok(Value::str(&vm.to_str(&v)?))
            }
        }
    });
    method(&class, "__len__", |vm, args| Ok(Value::Int(char_len(&this(vm, &args)?) as i64)));
    method(&class, "__format__", |vm, args| {
        let spec = str_arg(vm, &arg(&args, 1), "format spec")?;
        Ok(Value::str(&vm.format(&arg(&args, 0), &spec)?))
    });
    for (name, f) in [
        ("upper", str::to_uppercase as fn(&str) -> String),
        ("lower", str::to_lowercase),
        ("casefold", str::to_lowercase),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
    ] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 0, 0)?;
            Ok(Value::str(&f(&this(vm, &args)?)))
        });
    }
    for (name, pred) in [
        ("isdigit", (|c: char| c.is_ascii_digit() || c.is_numeric() && c.to_digit(10).is_some()) as fn(char) -> bool),
        ("isdecimal", |c: char| c.is_ascii_digit()),
        ("isnumeric", |c: char| c.is_numeric()),
        ("isalpha", |c: char| c.is_alphabetic()),
        ("isalnum", |c: char| c.is_alphanumeric()),
        ("isspace", |c: char| c.is_whitespace()),
        ("isascii", |c: char| c.is_ascii()),
    ] {
        method(&class, name, move |vm, args| {
            let s = this(vm, &args)?;
            let empty_ok = name == "isascii";
            Ok(Value::Bool((empty_ok || !s.is_empty()) && s.chars().all(pred)))
        });
    }
    method(&class, "isupper", |vm, args| {
        let s = this(vm, &args)?;
        Ok(Value::Bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
    });
    method(&class, "islower", |vm, args| {
        let s = this(vm, &args)?;
        Ok(Value::Bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
    });
    method(&class, "istitle", |vm, args| {
        let s = this(vm, &args)?;
        Ok(Value::Bool(s.chars().any(|c| c.is_alphabetic()) && title(&s) == *s))
    });
    method(&class, "isidentifier", |vm, args| {
        let s = this(vm, &args)?;
        let mut chars = s.chars();
        Ok(Value::Bool(chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())))
    });
    method(&class, "isprintable", |vm, args| {
        let s = this(vm, &args)?;
        Ok(Value::Bool(crate::lang::vm::str_repr(&s).len() == s.len() + 2 || s.chars().all(|c| !c.is_control())))
    });
    for name in ["strip", "lstrip", "rstrip"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 0, 1)?;
            let s = this(vm, &args)?;
            let chars = opt_str(vm, args.args.get(1))?;
            let pred = |c: char| match &chars {
                Some(set) => set.contains(c),
                None => c.is_whitespace(),
            };
            let r = match name {
                "strip" => s.trim_matches(pred),
                "lstrip" => s.trim_start_matches(pred),
                _ => s.trim_end_matches(pred),
            };
            Ok(Value::str(r))
        });
    }
    method(&class, "split", |vm, mut args| split(vm, &mut args, false));
    method(&class, "rsplit", |vm, mut args| split(vm, &mut args, true));
    method(&class, "splitlines", |vm, mut args| {
        let s = this(vm, &args)?;
        let keep = super::opt(&mut args, 1, "keepends").map(|v| vm.truthy(&v)).transpose()?.unwrap_or(false);
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
                let mut end = c.to_string();
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                    end.push('\n');
                }
                if keep {
                    cur.push_str(&end);
                }
                out.push(Value::str(&cur));
                cur.clear();
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            out.push(Value::str(&cur));
        }
        Ok(Value::list(out))
    });
    method(&class, "join", |vm, args| {
        method_arity(vm, "join", &args, 1, 1)?;
        let sep = this(vm, &args)?;
        let items = vm.collect(&arg(&args, 1))?;
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match item {
                Value::Str(s) => out.push_str(s),
                other => {
                    return Err(vm.type_error(&format!("sequence item {i}: expected str instance, {} found", vm.type_name(other))));
                }
            }
        }
        Ok(Value::str(&out))
    });
    method(&class, "replace", |vm, args| {
        method_arity(vm, "replace", &args, 2, 3)?;
        let s = this(vm, &args)?;
        let old = str_arg(vm, &arg(&args, 1), "replace() argument 1")?;
        let new = str_arg(vm, &arg(&args, 2), "replace() argument 2")?;
        let count = match args.args.get(3) {
            Some(v) => vm.index_value(v)?,
            None => -1,
        };
        let r = if count < 0 {
            if old.is_empty() {
                let mut out = String::from(&*new);
                for c in s.chars() {
                    out.push(c);
                    out.push_str(&new);
                }
                out
            } else {
                s.replace(&*old, &new)
            }
        } else {
            s.replacen(&*old, &new, count as usize)
        };
        Ok(Value::str(&r))
    });
    for name in ["find", "rfind", "index", "rindex", "count"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 3)?;
            let s = this(vm, &args)?;
            let sub = str_arg(vm, &arg(&args, 1), "must be str")?;
            let len = char_len(&s);
            let raw_start = match args.args.get(2) {
                None | Some(Value::None) => 0,
                Some(v) => {
                    let i = vm.index_value(v)?;
                    if i < 0 { (i + len as i64).max(0) } else { i }
                }
            };
            let (start, end) = bounds(vm, &args, 2, len)?;
            if raw_start > len as i64 {
                return if name == "count" {
                    Ok(Value::Int(0))
                } else if name.ends_with("index") {
                    Err(vm.value_error("substring not found"))
                } else {
                    Ok(Value::Int(-1))
                };
            }
            let hay = if start <= end { char_slice(&s, start, end) } else { "" };
            if name == "count" {
                if start > end || (start > len) {
                    return Ok(Value::Int(0));
                }
                let n = if sub.is_empty() { char_len(hay) + 1 } else { hay.matches(&*sub).count() };
                return Ok(Value::Int(n as i64));
            }
            let found = if start > end {
                None
            } else if name.starts_with('r') {
                hay.rfind(&*sub)
            } else {
                hay.find(&*sub)
            };
            match found {
                Some(b) => Ok(Value::Int((start + char_len(&hay[..b])) as i64)),
                None if name.ends_with("index") => Err(vm.value_error("substring not found")),
                None => Ok(Value::Int(-1)),
            }
        });
    }
    for name in ["startswith", "endswith"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 3)?;
            let s = this(vm, &args)?;
            let (start, end) = bounds(vm, &args, 2, char_len(&s))?;
            let hay = if start <= end { char_slice(&s, start, end) } else { return Ok(Value::Bool(false)) };
            let prefixes = match arg(&args, 1) {
                Value::Str(p) => vec![p],
                Value::Tuple(t) => t
                    .iter()
                    .map(|v| str_arg(vm, v, "tuple for startswith must only contain str"))
                    .collect::<PyResult<Vec<_>>>()?,
                other => {
                    return Err(vm.type_error(&format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        vm.type_name(&other)
                    )))
                }
            };
            let hit = prefixes.iter().any(|p| if name == "startswith" { hay.starts_with(&**p) } else { hay.ends_with(&**p) });
            Ok(Value::Bool(hit))
        });
    }
    for name in ["center", "ljust", "rjust"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 2)?;
            let s = this(vm, &args)?;
            let width = vm.index_value(&arg(&args, 1))?.max(0) as usize;
            let fill = match args.args.get(2) {
                Some(Value::Str(f)) if char_len(f) == 1 => f.chars().next().unwrap_or(' '),
                Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
                None => ' ',
            };
            let len = char_len(&s);
            if width <= len {
                return Ok(Value::Str(s));
            }
            let pad = width - len;
            let (left, right) = match name {
                "ljust" => (0, pad),
                "rjust" => (pad, 0),
                _ => {
                    let left = pad / 2 + (pad & width & 1);
                    (left, pad - left)
                }
            };
            let f = fill.to_string();
            Ok(Value::str(&format!("{}{}{}", f.repeat(left), s, f.repeat(right))))
        });
    }
    method(&class, "zfill", |vm, args| {
        method_arity(vm, "zfill", &args, 1, 1)?;
        let s = this(vm, &args)?;
        let width = vm.index_value(&arg(&args, 1))?.max(0) as usize;
        let len = char_len(&s);
        if width <= len {
            return Ok(Value::Str(s));
        }
        let (sign, rest) = match s.chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
            _ => (String::new(), &s[..]),
        };
        Ok(Value::str(&format!("{sign}{}{rest}", "0".repeat(width - len))))
    });
    for name in ["partition", "rpartition"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 1)?;
            let s = this(vm, &args)?;
            let sep = str_arg(vm, &arg(&args, 1), "must be str")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let found = if name == "partition" { s.find(&*sep) } else { s.rfind(&*sep) };
            let parts = match found {
                Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]],
                None if name == "partition" => [&s[..], "", ""],
                None => ["", "", &s[..]],
            };
            Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
        });
    }
    for name in ["removeprefix", "removesuffix"] {
        method(&class, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 1)?;
            let s = this(vm, &args)?;
            let p = str_arg(vm, &arg(&args, 1), "must be str")?;
            let r = if name == "removeprefix" { s.strip_prefix(&*p) } else { s.strip_suffix(&*p) };
            Ok(Value::str(r.unwrap_or(&s)))
        });
    }
    method(&class, "expandtabs", |vm, args| {
        let s = this(vm, &args)?;
        let size = match args.args.get(1) {
            Some(v) => vm.index_value(v)?,
            None => 8,
        };
        let mut out = String::new();
        let mut col = 0i64;
        for c in s.chars() {
            match c {
                '\t' if size > 0 => {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
                '\t' => {}
                '\n' | '\r' => {
                    out.push(c);
                    col = 0;
                }
                c => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        Ok(Value::str(&out))
    });
    method(&class, "encode", |vm, args| {
        let s = this(vm, &args)?;
        Ok(Value::Bytes(Rc::from(s.as_bytes())))
    });
    method(&class, "format", |vm, args| {
        let s = this(vm, &args)?;
        let rest = Args { args: args.args[1..].to_vec(), kwargs: args.kwargs.clone() };
        Ok(Value::str(&vm.str_format(&s, &rest)?))
    });
    method(&class, "format_map", |vm, args| {
        let s = this(vm, &args)?;
        let mapping = arg(&args, 1);
        let mut kwargs = Vec::new();
        if let Value::Dict(d) = &mapping {
            for (k, v) in d.borrow().items() {
                if let Value::Str(k) = k {
                    kwargs.push((k, v));
                }
            }
        }
        Ok(Value::str(&vm.str_format(&s, &Args { args: vec![], kwargs })?))
    });
    let maketrans = super::builtin("maketrans", |vm, args| {
        let d = vm.new_dict();
        match (args.args.first(), args.args.get(1)) {
            (Some(Value::Str(a)), Some(Value::Str(b))) => {
                for (x, y) in a.chars().zip(b.chars()) {
                    vm.set_item(&d, Value::Int(x as i64), Value::Int(y as i64))?;
                }
                if let Some(Value::Str(z)) = args.args.get(2) {
                    for x in z.chars() {
                        vm.set_item(&d, Value::Int(x as i64), Value::None)?;
                    }
                }
            }
            (Some(Value::Dict(src)), None) => {
                for (k, v) in src.borrow().items() {
                    let k = match k {
                        Value::Str(s) => Value::Int(s.chars().next().map_or(0, |c| c as i64)),
                        other => other,
                    };
                    vm.set_item(&d, k, v)?;
                }
            }
            _ => return Err(vm.type_error("maketrans() arguments must be strs or a dict")),
        }
        Ok(d)
    });
    class.dict.borrow_mut().set_str("maketrans", Value::Native(Rc::new(crate::lang::vm::StaticMethod(maketrans))));
    method(&class, "translate", |vm, args| {
        let s = this(vm, &args)?;
        let table = arg(&args, 1);
        let mut out = String::new();
        for c in s.chars() {
            match vm.get_item(&table, Value::Int(c as i64)) {
                Ok(Value::None) => {}
                Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(c)),
                Ok(Value::Str(r)) => out.push_str(&r),
                Ok(_) => return Err(vm.type_error("character mapping must return integer, None or str")),
                Err(e) if vm.isinstance_class(&e.0, &vm.types.lookup_error.clone()) => out.push(c),
                Err(e) => return Err(e),
            }
        }
        Ok(Value::str(&out))
    });

    let bytes = vm.types.bytes.clone();
    method(&bytes, "__new__", |vm, args| match args.args.get(1) {
        None => Ok(Value::Bytes(Rc::from(Vec::new()))),
        Some(Value::Str(s)) => {
            if args.args.len() < 3 && args.kwargs.is_empty() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            Ok(Value::Bytes(Rc::from(s.as_bytes())))
        }
        Some(Value::Int(n)) => Ok(Value::Bytes(Rc::from(vec![0u8; (*n).max(0) as usize]))),
        Some(v) => {
            let v = v.clone();
            let items = vm.collect(&v)?;
            let mut out = Vec::new();
            for i in items {
                let n = vm.index_value(&i)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(Value::Bytes(Rc::from(out)))
        }
    });
    method(&bytes, "decode", |vm, args| match arg(&args, 0) {
        Value::Bytes(b) => match std::str::from_utf8(&b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => Err(vm.new_error(&vm.types.unicode_error.clone(), &format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b[e.valid_up_to()],
                e.valid_up_to()
            ))),
        },
        _ => Err(vm.type_error("decode on a non-bytes")),
    });
    method(&bytes, "hex", |_, args| match arg(&args, 0) {
        Value::Bytes(b) => Ok(Value::str(&b.iter().map(|x| format!("{x:02x}")).collect::<String>())),
        _ => Ok(Value::str("")),
    });
    method(&bytes, "__len__", |_, args| match arg(&args, 0) {
        Value::Bytes(b) => Ok(Value::Int(b.len() as i64)),
        _ => Ok(Value::Int(0)),
    });
    vm.builtins.borrow_mut().set_str("str", Value::Class(class));
    vm.builtins.borrow_mut().set_str("bytes", Value::Class(bytes));
}

fn split(vm: &mut Vm, args: &mut Args, from_right: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let sep = super::opt(args, 1, "sep");
    let maxsplit = match super::opt(args, 2, "maxsplit") {
        Some(v) => vm.index_value(&v)?,
        None => -1,
    };
    let sep = opt_str(vm, sep.as_ref())?;
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if from_right {
                let mut v: Vec<String> = s.rsplitn(limit.saturating_add(1), &*sep).map(String::from).collect();
                v.reverse();
                v
            } else {
                s.splitn(limit.saturating_add(1), &*sep).map(String::from).collect()
            }
        }
        None => whitespace_split(&s, limit, from_right),
    };
    Ok(Value::list(parts.iter().map(|p| Value::str(p)).collect()))
}

fn whitespace_split(s: &str, limit: usize, from_right: bool) -> Vec<String> {
    let mut out = Vec::new();
    if from_right {
        let mut rest = s.trim_end();
        while !rest.is_empty() {
            if out.len() == limit {
                out.push(rest.trim_end().to_string());
                break;
            }
            match rest.rfind(char::is_whitespace) {
                Some(i) => {
                    let ws_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                    out.push(rest[i + ws_len..].to_string());
                    rest = rest[..i].trim_end();
                }
                None => {
                    out.push(rest.to_string());
                    break;
                }
            }
        }
        out.reverse();
    } else {
        let mut rest = s.trim_start();
        while !rest.is_empty() {
            if out.len() == limit {
                out.push(rest.to_string());
                break;
            }
            match rest.find(char::is_whitespace) {
                Some(i) => {
                    out.push(rest[..i].to_string());
                    rest = rest[i..].trim_start();
                }
                None => {
                    out.push(rest.to_string());
                    break;
                }
            }
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect()
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars.flat_map(|c| c.to_lowercase())).collect(),
        None => String::new(),
    }
}

fn title(s: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}
