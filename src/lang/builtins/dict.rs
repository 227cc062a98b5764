//! `dict`, `set` and `frozenset`: constructors, methods and views.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arg, method, method_arity};
use crate::lang::bytecode::BinOp;
use crate::lang::value::{Class, Dict, Native, Value};
use crate::lang::vm::{Args, IterKind, PyErr, PyResult, Vm};

/// `dict.keys()` / `values()` / `items()`: live views over a dict.
pub struct DictView {
    pub dict: Value,
    pub kind: IterKind,
}

impl Native for DictView {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let name = match self.kind {
            IterKind::Keys | IterKind::Elements => "dict_keys",
            IterKind::Values => "dict_values",
            IterKind::Items => "dict_items",
        };
        vm.named_iterator_class(name)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn dict_of(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Dict>>> {
    match args.args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

pub fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    method(&dict, "__new__", |vm, args| {
        let d = vm.new_dict();
        if args.args.len() > 2 {
            return Err(vm.type_error(&format!("dict expected at most 1 argument, got {}", args.args.len() - 1)));
        }
        if let Some(src) = args.args.get(1) {
            let src = src.clone();
            vm.dict_update(&d, &src, false)?;
        }
        for (k, v) in args.kwargs {
            vm.set_item(&d, Value::Str(k), v)?;
        }
        Ok(d)
    });
    method(&dict, "get", |vm, args| {
        method_arity(vm, "get", &args, 1, 2)?;
        let d = dict_of(vm, &args)?;
        let key = vm.dict_key(arg(&args, 1))?;
        Ok(match vm.dict_find(&d, &key)? {
            Some(ix) => d.borrow().value_at(ix).unwrap_or(Value::None),
            None => arg(&args, 2),
        })
    });
    method(&dict, "setdefault", |vm, args| {
        method_arity(vm, "setdefault", &args, 1, 2)?;
        let d = dict_of(vm, &args)?;
        let key = vm.dict_key(arg(&args, 1))?;
        Ok(match vm.dict_find(&d, &key)? {
            Some(ix) => d.borrow().value_at(ix).unwrap_or(Value::None),
            None => {
                let v = arg(&args, 2);
                d.borrow_mut().insert_new(key, v.clone());
                v
            }
        })
    });
    method(&dict, "pop", |vm, args| {
        method_arity(vm, "pop", &args, 1, 2)?;
        let d = dict_of(vm, &args)?;
        let key = vm.dict_key(arg(&args, 1))?;
        match vm.dict_find(&d, &key)? {
            Some(ix) => Ok(d.borrow_mut().remove_at(ix).map(|(_, v)| v).unwrap_or(Value::None)),
            None if args.args.len() > 2 => Ok(arg(&args, 2)),
            None => Err(PyErr(vm.new_exception(&vm.types.key_error.clone(), vec![arg(&args, 1)]))),
        }
    });
    method(&dict, "popitem", |vm, args| {
        let d = dict_of(vm, &args)?;
        let last = d.borrow_mut().pop_last();
        match last {
            Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
            None => Err(PyErr(vm.new_exception(&vm.types.key_error.clone(), vec![Value::str("popitem(): dictionary is empty")]))),
        }
    });
    for (name, kind) in [("keys", IterKind::Keys), ("values", IterKind::Values), ("items", IterKind::Items)] {
        method(&dict, name, move |vm, args| {
            method_arity(vm, name, &args, 0, 0)?;
            Ok(Value::Native(Rc::new(DictView { dict: arg(&args, 0), kind })))
        });
    }
    method(&dict, "update", |vm, args| {
        method_arity(vm, "update", &Args { args: args.args.clone(), kwargs: vec![] }, 0, 1)?;
        let target = arg(&args, 0);
        if let Some(src) = args.args.get(1) {
            vm.dict_update(&target, src, false)?;
        }
        for (k, v) in args.kwargs {
            vm.set_item(&target, Value::Str(k), v)?;
        }
        Ok(Value::None)
    });
    method(&dict, "clear", |vm, args| {
        let d = dict_of(vm, &args)?;
        d.borrow_mut().clear();
        Ok(Value::None)
    });
    method(&dict, "copy", |vm, args| Ok(Value::Dict(Rc::new(RefCell::new(dict_of(vm, &args)?.borrow().clone())))));
    let fromkeys = super::builtin("fromkeys", |vm, args| {
        let d = vm.new_dict();
        let keys = vm.collect(&arg(&args, 1))?;
        let v = arg(&args, 2);
        for k in keys {
            vm.set_item(&d, k, v.clone())?;
        }
        Ok(d)
    });
    dict.dict.borrow_mut().set_str("fromkeys", Value::Native(Rc::new(crate::lang::vm::ClassMethod(fromkeys))));
    method(&dict, "__getitem__", |vm, args| vm.get_item(&arg(&args, 0), arg(&args, 1)));
    method(&dict, "__setitem__", |vm, args| {
        vm.set_item(&arg(&args, 0), arg(&args, 1), arg(&args, 2))?;
        Ok(Value::None)
    });
    method(&dict, "__contains__", |vm, args| Ok(Value::Bool(vm.contains(&arg(&args, 0), &arg(&args, 1))?)));
    method(&dict, "__len__", |vm, args| Ok(Value::Int(dict_of(vm, &args)?.borrow().len() as i64)));
    method(&dict, "__iter__", |vm, args| vm.get_iter(&arg(&args, 0)));

    install_views(vm);
    install_sets(vm);
    vm.builtins.borrow_mut().set_str("dict", Value::Class(dict));
}

fn install_views(vm: &mut Vm) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let class = crate::lang::vm::new_class(name, vec![vm.types.object.clone()], crate::lang::value::Layout::Builtin);
        method(&class, "__iter__", |vm, args| {
            let this = arg(&args, 0);
            let Some(view) = crate::lang::value::downcast::<DictView>(&this) else { return Err(vm.type_error("not a view")) };
            let (d, kind) = (view.dict.clone(), view.kind);
            Ok(vm.iter_over(d, kind))
        });
        method(&class, "__len__", |vm, args| {
            let this = arg(&args, 0);
            let Some(view) = crate::lang::value::downcast::<DictView>(&this) else { return Err(vm.type_error("not a view")) };
            Ok(Value::Int(match &view.dict {
                Value::Dict(d) => d.borrow().len() as i64,
                _ => 0,
            }))
        });
        method(&class, "__contains__", |vm, args| {
            let this = arg(&args, 0);
            let Some(view) = crate::lang::value::downcast::<DictView>(&this) else { return Err(vm.type_error("not a view")) };
            let (d, kind) = (view.dict.clone(), view.kind);
            let x = arg(&args, 1);
            match kind {
                IterKind::Keys | IterKind::Elements => Ok(Value::Bool(vm.contains(&d, &x)?)),
                _ => {
                    let it = vm.iter_over(d, kind);
                    while let Some(v) = vm.next(&it)? {
                        if vm.eq(&v, &x)? {
                            return Ok(Value::Bool(true));
                        }
                    }
                    Ok(Value::Bool(false))
                }
            }
        });
        let view_name = name;
        method(&class, "__repr__", move |vm, args| {
            let this = arg(&args, 0);
            let Some(view) = crate::lang::value::downcast::<DictView>(&this) else { return Err(vm.type_error("not a view")) };
            let (d, kind) = (view.dict.clone(), view.kind);
            let it = vm.iter_over(d, kind);
            let mut parts = Vec::new();
            while let Some(v) = vm.next(&it)? {
                parts.push(vm.repr(&v)?);
            }
            Ok(Value::str(&format!("{view_name}([{}])", parts.join(", "))))
        });
        vm.builtins.borrow_mut().set_str(name, Value::Class(class));
    }
}

fn install_sets(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let frozen = vm.types.frozenset.clone();
    method(&set, "__new__", |vm, args| {
        let items = match args.args.get(1) {
            Some(v) => {
                let v = v.clone();
                vm.collect(&v)?
            }
            None => vec![],
        };
        vm.new_set(items)
    });
    method(&frozen, "__new__", |vm, args| {
        let items = match args.args.get(1) {
            Some(Value::FrozenSet(f)) => return Ok(Value::FrozenSet(f.clone())),
            Some(v) => {
                let v = v.clone();
                vm.collect(&v)?
            }
            None => vec![],
        };
        match vm.new_set(items)? {
            Value::Set(d) => Ok(Value::FrozenSet(Rc::new(d.borrow().clone()))),
            other => Ok(other),
        }
    });
    method(&set, "add", |vm, args| {
        method_arity(vm, "add", &args, 1, 1)?;
        vm.set_add(&arg(&args, 0), arg(&args, 1))?;
        Ok(Value::None)
    });
    for name in ["remove", "discard"] {
        method(&set, name, move |vm, args| {
            method_arity(vm, name, &args, 1, 1)?;
            let Value::Set(d) = arg(&args, 0) else { return Err(vm.type_error("not a set")) };
            let key = vm.dict_key(arg(&args, 1))?;
            match vm.dict_find(&d, &key)? {
                Some(ix) => {
                    let removed = d.borrow_mut().remove_at(ix);
                    drop(removed);
                }
                None if name == "remove" => return Err(PyErr(vm.new_exception(&vm.types.key_error.clone(), vec![arg(&args, 1)]))),
                None => {}
            }
            Ok(Value::None)
        });
    }
    method(&set, "pop", |vm, args| {
        let Value::Set(d) = arg(&args, 0) else { return Err(vm.type_error("not a set")) };
        let first = d.borrow().nth_slot(0).map(|(i, _)| i);
        match first {
            Some(ix) => Ok(d.borrow_mut().remove_at(ix).map(|(k, _)| k.key).unwrap_or(Value::None)),
            None => Err(PyErr(vm.new_exception(&vm.types.key_error.clone(), vec![Value::str("pop from an empty set")]))),
        }
    });
    method(&set, "clear", |_, args| {
        if let Value::Set(d) = arg(&args, 0) {
            d.borrow_mut().clear();
        }
        Ok(Value::None)
    });
    method(&set, "update", |vm, args| {
        let target = arg(&args, 0);
        for other in &args.args[1..] {
            for item in vm.collect(other)? {
                vm.set_add(&target, item)?;
            }
        }
        Ok(Value::None)
    });
    for class in [set.clone(), frozen.clone()] {
        method(&class, "copy", |vm, args| {
            let items = vm.set_items(&arg(&args, 0));
            let s = vm.new_set(items)?;
            Ok(match (arg(&args, 0), s) {
                (Value::FrozenSet(_), Value::Set(d)) => Value::FrozenSet(Rc::new(d.borrow().clone())),
                (_, s) => s,
            })
        });
        for (name, op) in [("union", BinOp::Or), ("intersection", BinOp::And), ("difference", BinOp::Sub), ("symmetric_difference", BinOp::Xor)] {
            method(&class, name, move |vm, args| {
                let mut acc = arg(&args, 0);
                if args.args.len() == 1 {
                    let items = vm.set_items(&acc);
                    return vm.new_set(items);
                }
                for other in &args.args[1..] {
                    let other = match other {
                        Value::Set(_) | Value::FrozenSet(_) => other.clone(),
                        _ => {
                            let items = vm.collect(other)?;
                            vm.new_set(items)?
                        }
                    };
                    acc = vm.set_op(op, &acc, &other)?;
                }
                Ok(acc)
            });
        }
        for name in ["issubset", "issuperset", "isdisjoint"] {
            method(&class, name, move |vm, args| {
                method_arity(vm, name, &args, 1, 1)?;
                let a = arg(&args, 0);
                let items = vm.collect(&arg(&args, 1))?;
                let b = vm.new_set(items)?;
                Ok(Value::Bool(match name {
                    "issubset" => vm.set_is_subset(&a, &b)?,
                    "issuperset" => vm.set_is_subset(&b, &a)?,
                    _ => {
                        let mut disjoint = true;
                        for x in vm.set_items(&a) {
                            if vm.contains(&b, &x)? {
                                disjoint = false;
                                break;
                            }
                        }
                        disjoint
                    }
                }))
            });
        }
        method(&class, "__len__", |vm, args| Ok(Value::Int(vm.set_items(&arg(&args, 0)).len() as i64)));
        method(&class, "__contains__", |vm, args| Ok(Value::Bool(vm.contains(&arg(&args, 0), &arg(&args, 1))?)));
        method(&class, "__iter__", |vm, args| vm.get_iter(&arg(&args, 0)));
    }
    for (name, op) in [("intersection_update", BinOp::And), ("difference_update", BinOp::Sub), ("symmetric_difference_update", BinOp::Xor)] {
        method(&set, name, move |vm, args| {
            let target = arg(&args, 0);
            for other in &args.args[1..] {
                let items = vm.collect(other)?;
                let other = vm.new_set(items)?;
                let r = vm.set_op(op, &target, &other)?;
                if let (Value::Set(t), Value::Set(r)) = (&target, &r) {
                    let new = r.borrow().clone();
                    *t.borrow_mut() = new;
                }
            }
            Ok(Value::None)
        });
    }
    vm.builtins.borrow_mut().set_str("set", Value::Class(set));
    vm.builtins.borrow_mut().set_str("frozenset", Value::Class(frozen));
}
