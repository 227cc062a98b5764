//! The virtual machine: runs bytecode on heap frames, without recursing on the Rust stack for
//! Python-to-Python calls, so that generators and coroutines suspend cheaply, deep recursion is a
//! `RecursionError`, and a run can stop at any instruction when its fuel is used up.
//!
//! `Vm` holds interpreter-wide state (builtin types, modules, output, limits). A run happens on a
//! [`Ctx`] (a stack of frames); [`Vm::run`] executes it until it returns, yields out of its
//! bottom frame, raises, runs out of fuel, or a builtin asks the host to block ([`Exit`]).
//! Builtins that must call back into Python (`sorted(key=...)`, `__repr__` from `print`) use
//! [`Vm::call`], which runs a nested context to completion.

mod asyncgen;
mod attr;
mod call;
mod class;
mod containers;
mod exceptions;
mod format;
mod frame;
mod iter;
mod ops;
mod repr;
mod run;
mod types;

pub use asyncgen::AsyncGenValue;
pub use attr::{ClassMethod, Property, StaticMethod, Super};
pub use call::{Args, CodeValue};
pub use exceptions::format_exception;
pub use frame::{Block, Ctx, Entry, Frame};
pub use iter::{CallIter, FnIter, IterKind, SeqIter};
pub use repr::{bytes_repr, float_repr, str_repr};
pub use types::{new_class, Types};

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::lang::value::{Dict, Value};

/// CPython's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;
/// Nested runs (builtins calling back into Python) use the Rust stack; bound them.
pub const NESTED_LIMIT: usize = 200;

/// An exception on its way up (always an instance of a BaseException subclass).
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Where script output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    /// Loop diagnostics (asyncio-debug style warnings): never mixed into stdout.
    Diagnostics,
}

pub trait Output {
    fn write(&mut self, stream: Stream, text: &str);
}

/// Output collected in memory (tests, the page's console).
#[derive(Default)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub diagnostics: String,
}

impl Output for Captured {
    fn write(&mut self, stream: Stream, text: &str) {
        match stream {
            Stream::Stdout => self.stdout.push_str(text),
            Stream::Stderr => self.stderr.push_str(text),
            Stream::Diagnostics => self.diagnostics.push_str(text),
        }
    }
}

/// Something a builtin asked the host to do before the run can continue.
#[derive(Clone, Debug)]
pub enum Pending {
    /// `time.sleep(ns)`: block the loop (and only the loop) for this long.
    Sleep(u64),
    /// `asyncio.run(coro)`: run an event loop until this coroutine finishes; its result replaces
    /// the value the builtin pushed.
    RunLoop(Value),
}

/// Why a run stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
    Error(PyErr),
    OutOfFuel,
    /// A builtin set `vm.pending`; the top frame already has a placeholder result pushed.
    Pending,
}

/// Caps that turn runaway scripts into Python errors instead of a frozen or crashed tab.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest number of elements a single container may hold (MemoryError beyond).
    pub max_container: usize,
    /// Total bytes a run may write to stdout and stderr.
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_container: 50_000_000, max_output: 16 << 20 }
    }
}

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<RefCell<Dict>>,
    /// `sys.modules`: imported modules by name.
    pub modules: HashMap<Rc<str>, Value>,
    /// Modules that can be imported, built on first import.
    pub module_factories: HashMap<&'static str, fn(&mut Vm) -> PyResult<Value>>,
    pub output: Box<dyn Output>,
    pub written: usize,
    pub limits: Limits,
    /// Instructions left before the current run must stop (`u64::MAX` = no limit).
    pub fuel: u64,
    /// Frames alive across all contexts (for RecursionError).
    pub depth: usize,
    pub nested: usize,
    pub pending: Option<Pending>,
    /// Interned names used on hot paths.
    pub names: Names,
    /// Frames of returned calls, kept for reuse.
    pub frame_pool: Vec<Box<Frame>>,
    /// Host services (clock, event loop); absent when a VM runs without a host (unit tests).
    pub host: Option<Rc<dyn crate::lang::host::Host>>,
    /// The asyncio event loop of the current run, when a runner hosts one.
    pub event_loop: Option<Rc<crate::stdlib::asyncio::Runtime>>,
}

/// Frequently used attribute names, allocated once.
pub struct Names {
    pub init: Rc<str>,
    pub dunder_class: Rc<str>,
}

impl Vm {
    pub fn new(output: Box<dyn Output>) -> Vm {
        let mut vm = Vm {
            types: Types::new(),
            builtins: Rc::new(RefCell::new(Dict::new())),
            modules: HashMap::new(),
            module_factories: HashMap::new(),
            output,
            written: 0,
            limits: Limits::default(),
            fuel: u64::MAX,
            depth: 0,
            nested: 0,
            pending: None,
            frame_pool: Vec::new(),
            names: Names { init: Rc::from("__init__"), dunder_class: Rc::from("__class__") },
            host: None,
            event_loop: None,
        };
        crate::lang::builtins::install(&mut vm);
        asyncgen::install(&mut vm);
        crate::stdlib::register(&mut vm);
        vm
    }

    /// Write script output, enforcing the output cap.
    pub fn write(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        if stream != Stream::Diagnostics {
            self.written += text.len();
            if self.written > self.limits.max_output {
                return Err(self.new_error(
                    &self.types.memory_error.clone(),
                    &format!("output limit of {} bytes exceeded", self.limits.max_output),
                ));
            }
        }
        self.output.write(stream, text);
        Ok(())
    }

    /// Runs `code` as the `__main__` module to completion (no fuel limit): for tests and tools.
    pub fn run_main(&mut self, code: Rc<crate::lang::bytecode::Code>) -> PyResult<Value> {
        let globals = self.new_module_dict("__main__");
        let mut ctx = Ctx::default();
        let mut frame = Frame::new(code, globals.clone(), Some(globals));
        frame.entry = Entry::Base;
        self.push_frame(&mut ctx, frame)?;
        match self.run(&mut ctx, None) {
            Exit::Return(v) => Ok(v),
            Exit::Error(e) => Err(e),
            Exit::Yield(_) => Err(self.new_error(&self.types.runtime_error.clone(), "module yielded")),
            Exit::OutOfFuel | Exit::Pending => {
                Err(self.new_error(&self.types.runtime_error.clone(), "run suspended without a host"))
            }
        }
    }

    /// A fresh module namespace with `__name__` and `__builtins__` semantics.
    pub fn new_module_dict(&mut self, name: &str) -> Rc<RefCell<Dict>> {
        let mut d = Dict::new();
        d.set_str("__name__", Value::str(name));
        d.set_str("__doc__", Value::None);
        Rc::new(RefCell::new(d))
    }

    pub fn push_frame(&mut self, ctx: &mut Ctx, frame: Box<Frame>) -> PyResult<()> {
        if self.depth >= RECURSION_LIMIT {
            return Err(self.new_error(
                &self.types.recursion_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        ctx.frames.push(frame);
        Ok(())
    }

    /// A frame from the pool (or a new one): calls reuse the allocations of returned frames.
    pub fn alloc_frame(&mut self, code: Rc<crate::lang::bytecode::Code>, globals: Rc<RefCell<Dict>>, locals: Option<Rc<RefCell<Dict>>>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.fast.resize(code.varnames.len(), None);
                f.code = code;
                f.globals = globals;
                f.locals = locals;
                f
            }
            None => Frame::new(code, globals, locals),
        }
    }

    /// Returns a finished frame's allocations to the pool (generator frames are never pooled).
    pub fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if frame.generator.is_some() || self.frame_pool.len() >= 64 {
            return;
        }
        frame.stack.clear();
        frame.fast.clear();
        frame.cells.clear();
        frame.blocks.clear();
        frame.handled.clear();
        frame.locals = None;
        frame.pc = 0;
        frame.entry = Entry::Call;
        frame.delegating = false;
        self.frame_pool.push(frame);
    }

    pub fn pop_frame(&mut self, ctx: &mut Ctx) -> Option<Box<Frame>> {
        let f = ctx.frames.pop();
        if f.is_some() {
            self.depth -= 1;
        }
        f
    }
}
