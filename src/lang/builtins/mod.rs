//! The builtins: global functions (`print`, `len`, `sorted`, ...) and the methods of builtin
//! types (`str.split`, `list.append`, `dict.get`, ...), registered into the VM's builtin namespace
//! and class dicts. Each file covers one family; `install` wires them all.

mod dict;
mod functions;
mod list;
mod numbers;
mod object;
mod string;

pub use functions::round_value;
pub use numbers::{big_of, float_to_int, to_f64};

use std::rc::Rc;

use crate::lang::value::{Builtin, Class, Value};
use crate::lang::vm::{Args, PyResult, Vm};

/// Installs every builtin into a fresh VM.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    numbers::install(vm);
    string::install(vm);
    list::install(vm);
    dict::install(vm);
    functions::install(vm);
    let classes = vm.types.exception_classes();
    for class in classes {
        let name = class.name.clone();
        vm.builtins.borrow_mut().set_str(&name, Value::Class(class));
    }
}

pub fn builtin(name: &str, f: impl Fn(&mut Vm, Args) -> PyResult<Value> + 'static) -> Value {
    Value::Builtin(Rc::new(Builtin { name: Rc::from(name), func: Rc::new(f), owner: None }))
}

/// Adds a global builtin function.
pub fn global(vm: &mut Vm, name: &str, f: impl Fn(&mut Vm, Args) -> PyResult<Value> + 'static) {
    vm.builtins.borrow_mut().set_str(name, builtin(name, f));
}

/// Adds a method to a builtin class (`self` is the first positional argument).
pub fn method(class: &Rc<Class>, name: &str, f: impl Fn(&mut Vm, Args) -> PyResult<Value> + 'static) {
    let b = Value::Builtin(Rc::new(Builtin { name: Rc::from(name), func: Rc::new(f), owner: Some(class.name.clone()) }));
    class.dict.borrow_mut().set_str(name, b);
}

/// Checks the number of positional arguments (no keywords allowed).
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Method arity: like `arity` but not counting `self`.
pub fn method_arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments (got '{k}')")));
    }
    let n = args.args.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

pub fn arg(args: &Args, i: usize) -> Value {
    args.args.get(i).cloned().unwrap_or(Value::None)
}

/// Optional positional-or-keyword argument.
pub fn opt(args: &mut Args, i: usize, name: &str) -> Option<Value> {
    match args.take_kw(name) {
        Some(v) => Some(v),
        None => args.args.get(i).cloned(),
    }
}

pub fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(&format!("{what} must be str, not {}", vm.type_name(other)))),
    }
}

pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v)
}
