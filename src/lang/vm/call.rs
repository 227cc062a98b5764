//! Calls: argument binding with CPython's error messages, building frames for Python functions,
//! instantiating classes, and running a nested context when Rust code calls Python code.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Ctx, Entry, Frame};
use super::{Exit, PyErr, PyResult, Vm, NESTED_LIMIT};
use crate::lang::bytecode::Code;
use crate::lang::value::{Class, Dict, ExcData, Function, GenKind, GenState, Generator, Instance, Layout, Value};

/// Arguments of a call: positional, then keyword (in source order).
#[derive(Clone, Debug, Default)]
pub struct Args {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn positional(args: Vec<Value>) -> Args {
        Args { args, kwargs: Vec::new() }
    }

    pub fn with_self(mut self, receiver: Value) -> Args {
        self.args.insert(0, receiver);
        self
    }

    /// Take a keyword argument by name.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kwargs.iter().position(|(k, _)| &**k == name)?;
        Some(self.kwargs.remove(i).1)
    }
}

/// The result of preparing a call.
pub(crate) enum Prepared {
    /// The call already happened (a builtin, a generator created, ...).
    Done(Value),
    /// A Python frame to run; its return value is the call's result.
    Frame(Box<Frame>),
    /// `__init__` to run on a new instance; the instance is the call's result.
    Init(Box<Frame>, Value),
}

impl Vm {
    /// Calls `callable` from Rust, running Python code in a nested context to completion.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match self.prepare_call(callable.clone(), args)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(f) => self.run_nested(f, None),
            Prepared::Init(f, instance) => {
                let r = self.run_nested(f, None)?;
                if !r.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(&r));
                    return Err(self.new_error(&self.types.type_error.clone(), &msg));
                }
                Ok(instance)
            }
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::default())
    }

    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(vec![a]))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = self.get_attr(obj, name)?;
        self.call(&m, Args::positional(args))
    }

    /// Runs a frame to completion on a fresh context (Rust calling Python).
    pub(crate) fn run_nested(&mut self, mut frame: Box<Frame>, inject: Option<PyErr>) -> PyResult<Value> {
        if self.nested >= NESTED_LIMIT {
            return Err(self.new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded"));
        }
        frame.entry = Entry::Base;
        let mut ctx = Ctx::default();
        self.push_frame(&mut ctx, frame)?;
        self.nested += 1;
        let fuel = std::mem::replace(&mut self.fuel, u64::MAX);
        let exit = self.run(&mut ctx, inject);
        self.fuel = fuel.saturating_sub(u64::MAX - self.fuel);
        self.nested -= 1;
        while self.pop_frame(&mut ctx).is_some() {}
        match exit {
            Exit::Return(v) => Ok(v),
            Exit::Error(e) => Err(e),
            Exit::Yield(_) => Err(self.internal("a called function yielded")),
            Exit::OutOfFuel => Err(self.internal("nested call out of fuel")),
            Exit::Pending => Err(self.blocking_in_nested()),
        }
    }

    fn blocking_in_nested(&mut self) -> PyErr {
        let pending = self.pending.take();
        let what = match pending {
            Some(super::Pending::RunLoop(_)) => "asyncio.run() cannot be called from a running event loop",
            _ => "a blocking call is not supported inside a callback called from Rust code",
        };
        self.new_error(&self.types.runtime_error.clone(), what)
    }

    pub(crate) fn prepare_call(&mut self, callable: Value, args: Args) -> PyResult<Prepared> {
        match &callable {
            Value::Function(f) => {
                let f = f.clone();
                self.function_frame(&f, args)
            }
            Value::Builtin(b) => {
                let func = b.func.clone();
                Ok(Prepared::Done(func(self, args)?))
            }
            Value::Method(m) => {
                let (receiver, func) = (m.receiver.clone(), m.func.clone());
                self.prepare_call(func, args.with_self(receiver))
            }
            Value::Class(c) => {
                let c = c.clone();
                self.instantiate(&c, args)
            }
            Value::Instance(_) | Value::Native(_) => match self.lookup_special(&callable, "__call__") {
                Some(m) => self.prepare_call(m, args),
                None => Err(self.not_callable(&callable)),
            },
            _ => Err(self.not_callable(&callable)),
        }
    }

    fn not_callable(&mut self, v: &Value) -> PyErr {
        let msg = format!("'{}' object is not callable", self.type_name(v));
        self.new_error(&self.types.type_error.clone(), &msg)
    }

    /// Builds the frame for a call of `f` (or the generator/coroutine object it returns).
    fn function_frame(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Prepared> {
        let code = f.code.clone();
        let mut frame = self.alloc_frame(code.clone(), f.globals.clone(), None);
        if let Err(e) = self.bind_args(f, args, &mut frame.fast) {
            self.recycle_frame(frame);
            return Err(e);
        }
        if !code.cellvars.is_empty() || !f.closure.is_empty() {
            frame.cells = self.make_cells(&code, &f.closure, &frame.fast);
        }
        let kind = if code.flags.coroutine {
            GenKind::Coroutine
        } else if code.flags.async_generator {
            GenKind::AsyncGenerator
        } else if code.flags.generator {
            GenKind::Generator
        } else {
            return Ok(Prepared::Frame(frame));
        };
        let gen = Rc::new(Generator {
            kind,
            state: RefCell::new(GenState::Running),
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            code,
            awaited: std::cell::Cell::new(false),
            running_async: std::cell::Cell::new(false),
        });
        frame.generator = Some(gen.clone());
        *gen.state.borrow_mut() = GenState::Suspended(frame);
        Ok(Prepared::Done(Value::Gen(gen)))
    }

    /// Cells for a new frame: cellvars (initialised from arguments that are cells) then the
    /// closure's freevars.
    pub(crate) fn make_cells(
        &self,
        code: &Code,
        closure: &[Rc<RefCell<Option<Value>>>],
        fast: &[Option<Value>],
    ) -> Vec<Rc<RefCell<Option<Value>>>> {
        let mut cells = Vec::with_capacity(code.cellvars.len() + closure.len());
        for arg in &code.cell_args {
            let init = arg.and_then(|i| fast.get(i as usize).cloned().flatten());
            cells.push(Rc::new(RefCell::new(init)));
        }
        cells.extend(closure.iter().cloned());
        cells
    }

    /// Binds call arguments to a function's parameters, with CPython's error messages.
    fn bind_args(&mut self, f: &Function, args: Args, fast: &mut Vec<Option<Value>>) -> PyResult<()> {
        let code = &f.code;
        let name = f.qualname.borrow().clone();
        let npos = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nposonly = code.posonlyargcount as usize;
        fast.clear();
        fast.resize(code.varnames.len(), None);
        let Args { args, kwargs } = args;
        let given = args.len();
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < npos {
                fast[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut slot = npos + nkwonly;
        if code.flags.varargs {
            fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if !extra.is_empty() {
            let nkw_given = kwargs.iter().filter(|(k, _)| code.varnames[npos..npos + nkwonly].iter().any(|v| v == k)).count();
            let ndefaults = f.defaults.len();
            let takes = if ndefaults > 0 {
                format!("from {} to {}", npos - ndefaults, npos)
            } else {
                npos.to_string()
            };
            let plural = if npos == 1 && ndefaults == 0 { "" } else { "s" };
            let kw_note = if nkw_given > 0 {
                format!(" positional argument{} (and {} keyword-only argument{})", if given == 1 { "" } else { "s" }, nkw_given, if nkw_given == 1 { "" } else { "s" })
            } else {
                String::new()
            };
            let msg = if kw_note.is_empty() {
                format!("{name}() takes {takes} positional argument{plural} but {given} {} given", if given == 1 { "was" } else { "were" })
            } else {
                format!("{name}() takes {takes} positional argument{plural} but {given}{kw_note} were given")
            };
            return Err(self.new_error(&self.types.type_error.clone(), &msg));
        }
        let varkw = if code.flags.varkw { Some(slot) } else { None };
        let mut kwdict = Dict::new();
        let mut posonly_kw = Vec::new();
        for (k, v) in kwargs {
            let pos = code.varnames[..npos + nkwonly].iter().position(|n| *n == k);
            match pos {
                Some(i) if i >= nposonly => {
                    if fast[i].is_some() {
                        let msg = format!("{name}() got multiple values for argument '{k}'");
                        return Err(self.new_error(&self.types.type_error.clone(), &msg));
                    }
                    fast[i] = Some(v);
                }
                _ => match varkw {
                    Some(_) => {
                        if kwdict.get_str(&k).is_some() {
                            let msg = format!("{name}() got multiple values for keyword argument '{k}'");
                            return Err(self.new_error(&self.types.type_error.clone(), &msg));
                        }
                        kwdict.set_str(&k, v);
                    }
                    None if pos.is_some() => posonly_kw.push(k),
                    None => {
                        let msg = format!("{name}() got an unexpected keyword argument '{k}'");
                        return Err(self.new_error(&self.types.type_error.clone(), &msg));
                    }
                },
            }
        }
        if !posonly_kw.is_empty() {
            let names: Vec<String> = posonly_kw.iter().map(|s| s.to_string()).collect();
            let msg = format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            );
            return Err(self.new_error(&self.types.type_error.clone(), &msg));
        }
        if let Some(slot) = varkw {
            fast[slot] = Some(Value::Dict(Rc::new(RefCell::new(kwdict))));
        }
        // Defaults for missing positional parameters.
        let ndefaults = f.defaults.len();
        let first_default = npos - ndefaults.min(npos);
        let mut missing = Vec::new();
        for i in 0..npos {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(f.defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&name, "positional", &missing));
        }
        for i in npos..npos + nkwonly {
            if fast[i].is_none() {
                let pname = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| k == pname) {
                    Some((_, v)) => fast[i] = Some(v.clone()),
                    None => missing.push(pname.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&name, "keyword-only", &missing));
        }
        Ok(())
    }

    fn missing_args(&mut self, name: &str, kind: &str, missing: &[Rc<str>]) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = format!(
            "{name}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        );
        self.new_error(&self.types.type_error.clone(), &msg)
    }

    /// `Class(...)`: builtin constructors, or a new instance and its `__init__`.
    fn instantiate(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Prepared> {
        // A user-defined `__new__` takes over construction.
        if let Some(new) = class.lookup("__new__") {
            let is_user = matches!(new, Value::Function(_)) || matches!(&new, Value::Native(_));
            if is_user || class.layout == Layout::Builtin {
                let new_fn = match &new {
                    Value::Native(_) => self.unwrap_staticmethod(&new),
                    _ => new.clone(),
                };
                let instance = self.call(&new_fn, args.clone().with_self(Value::Class(class.clone())))?;
                if class.layout == Layout::Builtin && !is_user {
                    return Ok(Prepared::Done(instance));
                }
                return self.run_init(class, instance, args);
            }
        }
        // OSError(errno, msg) picks the subclass for well-known errno values, as CPython does.
        if Rc::ptr_eq(class, &self.types.os_error) && args.args.len() >= 2 {
            if let Value::Int(errno) = args.args[0] {
                let sub = match errno {
                    2 => Some(self.types.file_not_found_error.clone()),
                    13 | 1 => Some(self.types.permission_error.clone()),
                    17 => Some(self.types.file_exists_error.clone()),
                    21 => Some(self.types.is_a_directory_error.clone()),
                    20 => Some(self.types.not_a_directory_error.clone()),
                    111 => Some(self.types.connection_refused_error.clone()),
                    104 => Some(self.types.connection_reset_error.clone()),
                    32 => Some(self.types.broken_pipe_error.clone()),
                    4 => Some(self.types.interrupted_error.clone()),
                    110 => Some(self.types.timeout_error.clone()),
                    _ => None,
                };
                if let Some(sub) = sub {
                    return self.instantiate(&sub, args);
                }
            }
        }
        let exc = if class.layout == Layout::Exception {
            Some(RefCell::new(ExcData { args: args.args.clone(), ..ExcData::default() }))
        } else {
            None
        };
        if class.layout == Layout::Builtin {
            let msg = format!("cannot create '{}' instances", class.name);
            return Err(self.new_error(&self.types.type_error.clone(), &msg));
        }
        let instance = Value::Instance(Rc::new(Instance { class: class.clone(), dict: RefCell::new(Dict::new()), exc }));
        self.run_init(class, instance, args)
    }

    fn run_init(&mut self, class: &Rc<Class>, instance: Value, args: Args) -> PyResult<Prepared> {
        match class.lookup("__init__") {
            Some(Value::Function(init)) => {
                let args = args.with_self(instance.clone());
                match self.function_frame(&init, args)? {
                    Prepared::Frame(f) => Ok(Prepared::Init(f, instance)),
                    _ => Err(self.new_error(&self.types.type_error.clone(), "__init__() must not be a generator")),
                }
            }
            Some(init @ Value::Builtin(_)) => {
                self.call(&init, args.with_self(instance.clone()))?;
                Ok(Prepared::Done(instance))
            }
            Some(other) => {
                let bound = self.bind(other, instance.clone());
                self.call(&bound, args)?;
                Ok(Prepared::Done(instance))
            }
            None => {
                if !args.args.is_empty() || !args.kwargs.is_empty() {
                    if class.layout != Layout::Exception {
                        let msg = format!("{}() takes no arguments", class.name);
                        return Err(self.new_error(&self.types.type_error.clone(), &msg));
                    }
                }
                Ok(Prepared::Done(instance))
            }
        }
    }

    /// `f(*args, **kwargs)`: flatten the argument containers.
    pub(crate) fn call_ex_args(&mut self, callable: &Value, args: Value, kwargs: Option<Value>) -> PyResult<Args> {
        let args = match args {
            Value::Tuple(t) => t.to_vec(),
            other => self.collect(&other)?,
        };
        let mut kw = Vec::new();
        if let Some(kwargs) = kwargs {
            let Value::Dict(d) = &kwargs else {
                let msg = format!("{}() argument after ** must be a mapping, not {}", self.callable_name(callable), self.type_name(&kwargs));
                return Err(self.new_error(&self.types.type_error.clone(), &msg));
            };
            for (k, v) in d.borrow().items() {
                match k {
                    Value::Str(s) => kw.push((s, v)),
                    _ => return Err(self.new_error(&self.types.type_error.clone(), "keywords must be strings")),
                }
            }
        }
        Ok(Args { args, kwargs: kw })
    }

    pub(crate) fn callable_name(&self, v: &Value) -> String {
        match v {
            Value::Function(f) => f.qualname.borrow().to_string(),
            Value::Builtin(b) => b.name.to_string(),
            Value::Class(c) => c.name.to_string(),
            Value::Method(m) => self.callable_name(&m.func),
            _ => self.type_name(v),
        }
    }

    /// `MakeFunction`.
    pub(crate) fn make_function(
        &mut self,
        code: Value,
        globals: Rc<RefCell<Dict>>,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let Value::Native(_) = &code else {
            return Err(self.internal("MakeFunction without a code object"));
        };
        let code = match crate::lang::value::downcast::<CodeValue>(&code) {
            Some(c) => c.0.clone(),
            None => return Err(self.internal("MakeFunction without a code object")),
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => d
                .borrow()
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) => Some((s, v)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let module = match globals.borrow().get_str("__name__") {
            Some(Value::Str(s)) => s,
            _ => Rc::from("__main__"),
        };
        Ok(Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            module,
            dict: RefCell::new(Dict::new()),
        })))
    }
}

/// A code object as a constant (what `MakeFunction` finds on the stack).
pub struct CodeValue(pub Rc<Code>);

impl crate::lang::value::Native for CodeValue {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.object.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
