//! `list`, `tuple`, `range` and `slice`: constructors and methods (`sort` is stable and uses
//! `<` only, like CPython's; a key function or comparison error aborts it cleanly).

use std::rc::Rc;

use super::{arg, method, method_arity};
use crate::lang::bytecode::CmpOp;
use crate::lang::value::{Range, Slice, Value};
use crate::lang::vm::{Args, PyErr, PyResult, Vm};

fn list_of(vm: &Vm, args: &Args) -> PyResult<Rc<std::cell::RefCell<Vec<Value>>>> {
    match args.args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

/// Stable merge sort on `items` by `<` of their keys; comparison errors propagate.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(k) if !k.is_none() => items.iter().map(|v| vm.call1(k, v.clone())).collect::<PyResult<Vec<_>>>()?,
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err: Option<PyErr> = None;
    // Merge sort with a fallible comparator (std's sort_by cannot stop on error).
    let mut buf = idx.clone();
    let n = idx.len();
    let mut width = 1;
    while width < n && err.is_none() {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < end {
                let less = if err.is_some() {
                    false
                } else {
                    match vm.compare(CmpOp::Lt, keys[idx[b]].clone(), keys[idx[a]].clone()).and_then(|r| vm.truthy(&r)) {
                        Ok(v) => v,
                        Err(e) => {
                            err = Some(e);
                            false
                        }
                    }
                };
                if less {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = idx[a];
                a += 1;
                k += 1;
            }
            while b < end {
                buf[k] = idx[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

pub fn install(vm: &mut Vm) {
    let list = vm.types.list.clone();
    method(&list, "__new__", |vm, args| {
        if args.args.len() > 2 {
            return Err(vm.type_error(&format!("list expected at most 1 argument, got {}", args.args.len() - 1)));
        }
        match args.args.get(1) {
            None => Ok(Value::list(vec![])),
            Some(v) => {
                let v = v.clone();
                Ok(Value::list(vm.collect(&v)?))
            }
        }
    });
    method(&list, "append", |vm, args| {
        method_arity(vm, "append", &args, 1, 1)?;
        let l = list_of(vm, &args)?;
        if l.borrow().len() >= vm.limits.max_container {
            return Err(vm.new_error(&vm.types.memory_error.clone(), ""));
        }
        l.borrow_mut().push(arg(&args, 1));
        Ok(Value::None)
    });
    method(&list, "extend", |vm, args| {
        method_arity(vm, "extend", &args, 1, 1)?;
        let l = list_of(vm, &args)?;
        let items = vm.collect(&arg(&args, 1))?;
        l.borrow_mut().extend(items);
        Ok(Value::None)
    });
    method(&list, "insert", |vm, args| {
        method_arity(vm, "insert", &args, 2, 2)?;
        let l = list_of(vm, &args)?;
        let i = vm.index_value(&arg(&args, 1))?;
        let len = l.borrow().len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        l.borrow_mut().insert(i as usize, arg(&args, 2));
        Ok(Value::None)
    });
    method(&list, "pop", |vm, args| {
        method_arity(vm, "pop", &args, 0, 1)?;
        let l = list_of(vm, &args)?;
        let len = l.borrow().len() as i64;
        if len == 0 {
            return Err(vm.new_error(&vm.types.index_error.clone(), "pop from empty list"));
        }
        let i = match args.args.get(1) {
            Some(v) => vm.index_value(v)?,
            None => -1,
        };
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(vm.new_error(&vm.types.index_error.clone(), "pop index out of range"));
        }
        let item = l.borrow_mut().remove(j as usize);
        Ok(item)
    });
    method(&list, "remove", |vm, args| {
        method_arity(vm, "remove", &args, 1, 1)?;
        let l = list_of(vm, &args)?;
        let x = arg(&args, 1);
        let items = l.borrow().clone();
        for (i, item) in items.iter().enumerate() {
            if item.is(&x) || vm.eq(item, &x)? {
                l.borrow_mut().remove(i);
                return Ok(Value::None);
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    method(&list, "clear", |vm, args| {
        let l = list_of(vm, &args)?;
        l.borrow_mut().clear();
        Ok(Value::None)
    });
    method(&list, "copy", |vm, args| Ok(Value::list(list_of(vm, &args)?.borrow().clone())));
    method(&list, "reverse", |vm, args| {
        let l = list_of(vm, &args)?;
        l.borrow_mut().reverse();
        Ok(Value::None)
    });
    method(&list, "sort", |vm, mut args| {
        let key = args.take_kw("key");
        let reverse = match args.take_kw("reverse") {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        method_arity(vm, "sort", &args, 0, 0).map_err(|_| vm.type_error("sort() takes no positional arguments"))?;
        let l = list_of(vm, &args)?;
        let items = std::mem::take(&mut *l.borrow_mut());
        let sorted = sort_values(vm, items.clone(), key.as_ref(), reverse);
        match sorted {
            Ok(s) => {
                *l.borrow_mut() = s;
                Ok(Value::None)
            }
            Err(e) => {
                *l.borrow_mut() = items;
                Err(e)
            }
        }
    });
    for class in [list.clone(), vm.types.tuple.clone()] {
        let what = class.name.clone();
        method(&class, "index", move |vm, args| {
            method_arity(vm, "index", &args, 1, 3)?;
            let items = vm.seq_items(&arg(&args, 0));
            let x = arg(&args, 1);
            let len = items.len() as i64;
            let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
            let start = match args.args.get(2) {
                Some(v) => norm(vm.index_value(v)?),
                None => 0,
            };
            let stop = match args.args.get(3) {
                Some(v) => norm(vm.index_value(v)?),
                None => len,
            };
            for i in start..stop {
                let item = &items[i as usize];
                if item.is(&x) || vm.eq(item, &x)? {
                    return Ok(Value::Int(i));
                }
            }
            let msg = if &*what == "list" { format!("{} is not in list", vm.repr(&x)?) } else { "tuple.index(x): x not in tuple".to_string() };
            Err(vm.value_error(&msg))
        });
        method(&class, "count", |vm, args| {
            method_arity(vm, "count", &args, 1, 1)?;
            let items = vm.seq_items(&arg(&args, 0));
            let x = arg(&args, 1);
            let mut n = 0;
            for item in &items {
                if item.is(&x) || vm.eq(item, &x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        });
        method(&class, "__len__", |vm, args| Ok(Value::Int(vm.seq_items(&arg(&args, 0)).len() as i64)));
        method(&class, "__getitem__", |vm, args| vm.get_item(&arg(&args, 0), arg(&args, 1)));
        method(&class, "__contains__", |vm, args| Ok(Value::Bool(vm.contains(&arg(&args, 0), &arg(&args, 1))?)));
        method(&class, "__iter__", |vm, args| vm.get_iter(&arg(&args, 0)));
    }
    method(&list, "__setitem__", |vm, args| {
        vm.set_item(&arg(&args, 0), arg(&args, 1), arg(&args, 2))?;
        Ok(Value::None)
    });
    let tuple = vm.types.tuple.clone();
    method(&tuple, "__new__", |vm, args| {
        if args.args.len() > 2 {
            return Err(vm.type_error(&format!("tuple expected at most 1 argument, got {}", args.args.len() - 1)));
        }
        match args.args.get(1) {
            None => Ok(Value::tuple(vec![])),
            Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
            Some(v) => {
                let v = v.clone();
                Ok(Value::tuple(vm.collect(&v)?))
            }
        }
    });

    let range = vm.types.range.clone();
    method(&range, "__new__", |vm, args| {
        let n = args.args.len() - 1;
        if n == 0 || n > 3 {
            return Err(vm.type_error(&if n == 0 { "range expected at least 1 argument, got 0".to_string() } else { format!("range expected at most 3 arguments, got {n}") }));
        }
        let mut vals = Vec::new();
        for v in &args.args[1..] {
            vals.push(vm.index_value(v)?);
        }
        let (start, stop, step) = match vals.as_slice() {
            [stop] => (0, *stop, 1),
            [start, stop] => (*start, *stop, 1),
            [start, stop, step] => (*start, *stop, *step),
            _ => (0, 0, 1),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        Ok(Value::Range(Rc::new(Range { start, stop, step })))
    });
    method(&range, "index", |vm, args| {
        let Value::Range(r) = arg(&args, 0) else { return Err(vm.type_error("not a range")) };
        let x = arg(&args, 1);
        if vm.contains(&arg(&args, 0), &x)? {
            let i = vm.index_value(&x)?;
            return Ok(Value::Int((i - r.start) / r.step));
        }
        let msg = format!("{} is not in range", vm.repr(&x)?);
        Err(vm.value_error(&msg))
    });
    method(&range, "count", |vm, args| Ok(Value::Int(vm.contains(&arg(&args, 0), &arg(&args, 1))? as i64)));
    let slice = vm.types.slice.clone();
    method(&slice, "__new__", |vm, args| {
        let a = &args.args[1..];
        let (start, stop, step) = match a {
            [stop] => (Value::None, stop.clone(), Value::None),
            [start, stop] => (start.clone(), stop.clone(), Value::None),
            [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
            _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        };
        Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
    });
    method(&slice, "indices", |vm, args| {
        let Value::Slice(s) = arg(&args, 0) else { return Err(vm.type_error("not a slice")) };
        let len = vm.index_value(&arg(&args, 1))?;
        let ix = vm.slice_indices(&s, len)?;
        Ok(Value::tuple(vec![Value::Int(ix.start), Value::Int(ix.stop), Value::Int(ix.step)]))
    });
    for (name, class) in [("list", list), ("tuple", tuple), ("range", range), ("slice", slice)] {
        vm.builtins.borrow_mut().set_str(name, Value::Class(class));
    }
    let _ = Args::default();
}
