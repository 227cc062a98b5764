//! Heap object layouts: functions, builtins, bound methods, classes, instances (including
//! exceptions), modules, generators/coroutines, and the `Native` trait for objects implemented in
//! Rust (iterators, asyncio futures and tasks, deques, ...).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Dict, Value};
use crate::lang::bytecode::Code;
use crate::lang::vm::{Args, Frame, PyResult, Vm};

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<RefCell<Dict>>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub dict: RefCell<Dict>,
}

pub type NativeFn = dyn Fn(&mut Vm, Args) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct Builtin {
    pub name: Rc<str>,
    pub func: Rc<NativeFn>,
    /// For methods of builtin types, used by `repr`: `<method 'append' of 'list' objects>`.
    pub owner: Option<Rc<str>>,
}

/// A function bound to its first argument.
pub struct Method {
    pub receiver: Value,
    pub func: Value,
}

/// What a class's instances are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A builtin type whose instances are `Value` variants (int, str, list, ...) or natives.
    Builtin,
    /// Instances are `Value::Instance` with a `__dict__`.
    Plain,
    /// Instances are `Value::Instance` with exception data (BaseException and subclasses).
    Exception,
}

pub struct Class {
    pub name: Rc<str>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Rc<str>>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, starting with the class itself.
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: RefCell<Dict>,
    pub layout: Layout,
}

impl Class {
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v);
        }
        let mro = self.mro.borrow();
        mro.iter().skip(1).find_map(|c| c.dict.borrow().get_str(name))
    }

    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// One line of a traceback: where an exception passed through.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub line: u32,
    /// Byte range of the instruction's source, for the caret line.
    pub span: (u32, u32),
    pub source: Option<Rc<str>>,
    /// Identity of the frame activation, so a re-raise in the same frame adds no entry.
    pub frame_id: usize,
}

/// The state every exception carries.
#[derive(Clone, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost last, as printed.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Dict>,
    pub exc: Option<RefCell<ExcData>>,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<Dict>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub enum GenState {
    /// Not started or suspended at a yield: the frame waits here.
    Suspended(Box<Frame>),
    /// Its frame is on a VM stack right now.
    Running,
    Finished,
}

pub struct Generator {
    pub kind: GenKind,
    pub state: RefCell<GenState>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub code: Rc<Code>,
    /// Coroutines only: set once awaited, for "coroutine ... was never awaited" and double-await.
    pub awaited: Cell<bool>,
    /// Async generators: an `aclose`/`athrow` or iteration is in progress.
    pub running_async: Cell<bool>,
}

impl Generator {
    pub fn started(&self) -> bool {
        match &*self.state.borrow() {
            GenState::Suspended(frame) => frame.pc > 0,
            _ => true,
        }
    }
}

/// What resuming an iterator-like object produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// Objects implemented in Rust. Methods live in the class's dict as builtins that downcast `self`.
pub trait Native: Any {
    fn class(&self, vm: &Vm) -> Rc<Class>;
    fn as_any(&self) -> &dyn Any;
    /// `__next__` for iterators; `Ok(None)` means exhausted.
    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// True if this object is its own iterator (`__iter__` returns self, `__next__` is `next`).
    fn is_iterator(&self) -> bool {
        false
    }
    /// `send` for awaitable iterators (the object returned by `__await__`).
    fn send(&self, vm: &mut Vm, _value: Value) -> PyResult<GenStep> {
        match self.next(vm)? {
            Some(v) => Ok(GenStep::Yield(v)),
            None => Ok(GenStep::Return(Value::None)),
        }
    }
}

pub fn downcast<T: 'static>(value: &Value) -> Option<&T> {
    match value {
        Value::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}
