//! `object`, `type`, exceptions' methods, generators' and coroutines' methods, descriptors
//! (`property`, `classmethod`, `staticmethod`, `super`), and the iterator class.

use std::rc::Rc;

use super::{arg, arity, method, method_arity};
use crate::lang::value::{downcast, GenKind, GenStep, Value};
use crate::lang::vm::{new_class, Args, PyErr, PyResult, Vm};
use crate::lang::vm::{ClassMethod, Property, StaticMethod, Super};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let object = t.object.clone();
    method(&object, "__new__", |vm, args| {
        let cls = arg(&args, 0);
        match &cls {
            Value::Class(c) if Rc::ptr_eq(c, &vm.types.object) => Ok(Value::Instance(Rc::new(crate::lang::value::Instance {
                class: c.clone(),
                dict: Default::default(),
                exc: None,
            }))),
            Value::Class(c) => Ok(Value::Instance(Rc::new(crate::lang::value::Instance {
                class: c.clone(),
                dict: Default::default(),
                exc: if c.layout == crate::lang::value::Layout::Exception { Some(Default::default()) } else { None },
            }))),
            _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
        }
    });
    method(&object, "__init__", |vm, args| {
        if args.args.len() > 1 {
            let cls = vm.type_of(&arg(&args, 0));
            if cls.lookup("__init__").is_some_and(|i| matches!(i, Value::Builtin(_))) && cls.lookup("__new__").is_some_and(|n| matches!(n, Value::Builtin(_))) {
                return Err(vm.type_error(&format!("{}() takes no arguments", cls.name)));
            }
        }
        Ok(Value::None)
    });
    method(&object, "__repr__", |vm, args| Ok(Value::str(&vm.default_repr(&arg(&args, 0)))));
    method(&object, "__str__", |vm, args| Ok(Value::str(&vm.repr(&arg(&args, 0))?)));
    method(&object, "__eq__", |_, args| Ok(if arg(&args, 0).is(&arg(&args, 1)) { Value::Bool(true) } else { Value::NotImplemented }));
    method(&object, "__ne__", |vm, args| {
        let (a, b) = (arg(&args, 0), arg(&args, 1));
        let r = vm.compare(crate::lang::bytecode::CmpOp::Eq, a, b)?;
        Ok(Value::Bool(!vm.truthy(&r)?))
    });
    method(&object, "__hash__", |vm, args| Ok(Value::Int(vm.hash(&arg(&args, 0))?)));
    method(&object, "__format__", |vm, args| {
        let (v, spec) = (arg(&args, 0), arg(&args, 1));
        match spec {
            Value::Str(s) if s.is_empty() => Ok(Value::str(&vm.to_str(&v)?)),
            _ => Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", vm.type_name(&v)))),
        }
    });
    method(&object, "__setattr__", |vm, args| {
        let (obj, name, value) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
        let name = super::str_arg(vm, &name, "attribute name")?;
        match &obj {
            Value::Instance(i) => {
                i.dict.borrow_mut().set_str(&name, value);
                Ok(Value::None)
            }
            _ => {
                vm.set_attr(&obj, &name, value)?;
                Ok(Value::None)
            }
        }
    });
    method(&object, "__getattribute__", |vm, args| {
        let name = super::str_arg(vm, &arg(&args, 1), "attribute name")?;
        vm.get_attr(&arg(&args, 0), &name)
    });
    method(&object, "__init_subclass__", |_, _| Ok(Value::None));
    object.dict.borrow_mut().set_str(
        "__init_subclass__",
        Value::Native(Rc::new(ClassMethod(super::builtin("__init_subclass__", |_, _| Ok(Value::None))))),
    );

    let type_ = t.type_.clone();
    method(&type_, "__new__", |vm, args| {
        match args.args.len() {
            2 => Ok(Value::Class(vm.type_of(&arg(&args, 1)))),
            4 => {
                let name = super::str_arg(vm, &arg(&args, 1), "type.__new__() argument 1")?;
                let bases = vm.collect(&arg(&args, 2))?;
                let ns = match arg(&args, 3) {
                    Value::Dict(d) => d.borrow().clone(),
                    _ => return Err(vm.type_error("type.__new__() argument 3 must be dict")),
                };
                let ns = Rc::new(std::cell::RefCell::new(ns));
                if ns.borrow().get_str("__module__").is_none() {
                    ns.borrow_mut().set_str("__module__", Value::str("__main__"));
                }
                vm.build_class(name, bases, vec![], ns, Value::None)
            }
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        }
    });
    method(&type_, "mro", |_, args| match arg(&args, 0) {
        Value::Class(c) => Ok(Value::list(c.mro.borrow().iter().map(|k| Value::Class(k.clone())).collect())),
        _ => Ok(Value::list(vec![])),
    });
    method(&type_, "__subclasses__", |_, _| Ok(Value::list(vec![])));

    install_exceptions(vm);
    install_generators(vm);
    install_descriptors(vm);

    let iterator = new_class("iterator", vec![vm.types.object.clone()], crate::lang::value::Layout::Builtin);
    method(&iterator, "__iter__", |_, args| Ok(arg(&args, 0)));
    method(&iterator, "__next__", |vm, args| match vm.next(&arg(&args, 0))? {
        Some(v) => Ok(v),
        None => Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), vec![]))),
    });
    vm.builtins.borrow_mut().set_str("__iterator_class__", Value::Class(iterator));
    vm.builtins.borrow_mut().set_str("object", Value::Class(vm.types.object.clone()));
    vm.builtins.borrow_mut().set_str("type", Value::Class(vm.types.type_.clone()));
}

fn install_exceptions(vm: &mut Vm) {
    let base = vm.types.base_exception.clone();
    method(&base, "__init__", |_, args| {
        if let Some(data) = arg(&args, 0).as_instance().and_then(|i| i.exc.as_ref()) {
            data.borrow_mut().args = args.args[1..].to_vec();
        }
        Ok(Value::None)
    });
    method(&base, "with_traceback", |_, args| Ok(arg(&args, 0)));
    method(&base, "add_note", |vm, args| {
        method_arity(vm, "add_note", &args, 1, 1)?;
        let note = arg(&args, 1);
        if !matches!(note, Value::Str(_)) {
            return Err(vm.type_error(&format!("note must be a str, not '{}'", vm.type_name(&note))));
        }
        if let Some(data) = arg(&args, 0).as_instance().and_then(|i| i.exc.as_ref()) {
            data.borrow_mut().notes.push(note);
        }
        Ok(Value::None)
    });
    let eg = vm.types.base_exception_group.clone();
    method(&eg, "__new__", |vm, args| {
        let cls = arg(&args, 0);
        let (msg, excs) = (arg(&args, 1), arg(&args, 2));
        if !matches!(msg, Value::Str(_)) {
            return Err(vm.type_error("argument 1 must be str"));
        }
        let items = vm.collect(&excs).map_err(|_| vm.type_error("second argument (exceptions) must be a sequence"))?;
        if items.is_empty() {
            return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let Value::Class(mut class) = cls else { return Err(vm.type_error("bad class")) };
        let all_exceptions = items.iter().all(|e| vm.isinstance_class(e, &vm.types.exception.clone()));
        if Rc::ptr_eq(&class, &vm.types.base_exception_group) && all_exceptions {
            class = vm.types.exception_group.clone();
        }
        if Rc::ptr_eq(&class, &vm.types.exception_group) && !all_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        Ok(vm.new_exception(&class, vec![msg, Value::list(items)]))
    });
    method(&eg, "__init__", |_, _| Ok(Value::None));
    for name in ["subgroup", "split"] {
        let is_split = name == "split";
        method(&eg, name, move |vm, args| {
            let (group, cond) = (arg(&args, 0), arg(&args, 1));
            let (rest, matched) = vm.exception_group_match(&group, &cond)?;
            Ok(if is_split { Value::tuple(vec![matched, rest]) } else { matched })
        });
    }
    method(&eg, "derive", |vm, args| {
        let group = arg(&args, 0);
        let msg = vm.get_attr(&group, "message")?;
        let class = Value::Class(vm.type_of(&group));
        vm.call(&class, Args::positional(vec![msg, arg(&args, 1)]))
    });
}

fn install_generators(vm: &mut Vm) {
    for class in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        let is_gen = Rc::ptr_eq(&class, &vm.types.generator);
        method(&class, "send", |vm, args| {
            method_arity(vm, "send", &args, 1, 1)?;
            let Value::Gen(g) = arg(&args, 0) else { return Err(vm.type_error("send() on a non-generator")) };
            let r = vm.gen_resume(&g, arg(&args, 1), None);
            gen_step(vm, r)
        });
        method(&class, "throw", |vm, args| {
            method_arity(vm, "throw", &args, 1, 3)?;
            let Value::Gen(g) = arg(&args, 0) else { return Err(vm.type_error("throw() on a non-generator")) };
            let mut exc = arg(&args, 1);
            if args.args.len() > 2 && !arg(&args, 2).is_none() {
                if let Value::Class(_) = &exc {
                    exc = vm.call1(&exc, arg(&args, 2))?;
                }
            }
            let err = vm.make_raisable(exc, None)?;
            let r = vm.gen_resume(&g, Value::None, Some(err));
            gen_step(vm, r)
        });
        method(&class, "close", |vm, args| {
            let Value::Gen(g) = arg(&args, 0) else { return Err(vm.type_error("close() on a non-generator")) };
            vm.gen_close(&g)
        });
        if is_gen {
            method(&class, "__iter__", |_, args| Ok(arg(&args, 0)));
            method(&class, "__next__", |vm, args| {
                let Value::Gen(g) = arg(&args, 0) else { return Err(vm.type_error("__next__ on a non-generator")) };
                let r = vm.gen_resume(&g, Value::None, None);
                gen_step(vm, r)
            });
        } else {
            method(&class, "__await__", |_, args| Ok(arg(&args, 0)));
        }
    }
}

/// A generator step as a method result: yields return the value, returns raise StopIteration.
fn gen_step(vm: &mut Vm, step: PyResult<GenStep>) -> PyResult<Value> {
    match step? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => {
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), args)))
        }
    }
}

fn install_descriptors(vm: &mut Vm) {
    let property = vm.types.property.clone();
    method(&property, "__new__", |_, mut args| {
        let fget = super::opt(&mut args, 1, "fget").unwrap_or(Value::None);
        let fset = super::opt(&mut args, 2, "fset").unwrap_or(Value::None);
        let fdel = super::opt(&mut args, 3, "fdel").unwrap_or(Value::None);
        let doc = super::opt(&mut args, 4, "doc").unwrap_or(Value::None);
        Ok(Value::Native(Rc::new(Property { fget, fset, fdel, doc })))
    });
    for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
        method(&property, name, move |vm, args| {
            let this = arg(&args, 0);
            let Some(p) = downcast::<Property>(&this) else { return Err(vm.type_error("not a property")) };
            let f = arg(&args, 1);
            let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
            match which {
                0 => g = f,
                1 => s = f,
                _ => d = f,
            }
            Ok(Value::Native(Rc::new(Property { fget: g, fset: s, fdel: d, doc: p.doc.clone() })))
        });
    }
    method(&property, "__get__", |vm, args| {
        let this = arg(&args, 0);
            let Some(p) = downcast::<Property>(&this) else { return Err(vm.type_error("not a property")) };
        let f = p.fget.clone();
        vm.call1(&f, arg(&args, 1))
    });
    let cm = vm.types.classmethod.clone();
    method(&cm, "__new__", |vm, args| {
        arity(vm, "classmethod", &args, 2, 2)?;
        Ok(Value::Native(Rc::new(ClassMethod(arg(&args, 1)))))
    });
    let sm = vm.types.staticmethod.clone();
    method(&sm, "__new__", |vm, args| {
        arity(vm, "staticmethod", &args, 2, 2)?;
        Ok(Value::Native(Rc::new(StaticMethod(arg(&args, 1)))))
    });
    method(&sm, "__call__", |vm, args| {
        let this = arg(&args, 0);
        let Some(s) = downcast::<StaticMethod>(&this) else { return Err(vm.type_error("not a staticmethod")) };
        let f = s.0.clone();
        vm.call(&f, Args { args: args.args[1..].to_vec(), kwargs: args.kwargs.clone() })
    });
    let sup = vm.types.super_.clone();
    method(&sup, "__new__", |vm, args| {
        if args.args.len() != 3 {
            return Err(vm.new_error(&vm.types.runtime_error.clone(), "super(): no arguments"));
        }
        let Value::Class(class) = arg(&args, 1) else { return Err(vm.type_error("super() argument 1 must be a type")) };
        let obj = arg(&args, 2);
        let ok = match &obj {
            Value::Class(c) => c.is_subclass(&class),
            other => vm.isinstance_class(other, &class),
        };
        if !ok {
            return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        Ok(Value::Native(Rc::new(Super { class, obj })))
    });
    for (name, class) in [("property", property), ("classmethod", cm), ("staticmethod", sm), ("super", sup)] {
        vm.builtins.borrow_mut().set_str(name, Value::Class(class));
    }
    let _ = GenKind::Generator;
}
