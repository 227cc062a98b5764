//! The `asyncio` module on looplab's executor.
//!
//! Rust owns what must be fast or must touch the executor: `Task` (one executor task each), the
//! event loop object (`call_soon`, `call_later`, `time`), `run`, `create_task`, `current_task`.
//! Everything CPython itself writes in Python (`Future`, `sleep`, `gather`, `wait_for`, `Queue`,
//! `Lock`, `Event`, ...) is Python too: `prelude.py`, compiled when the module is first imported,
//! so its semantics follow CPython's code line by line.

mod event_loop;
mod methods;
pub mod task;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::executor::Handle;
use crate::lang::value::{downcast, Class, Dict, Layout, Value};
use crate::lang::vm::{new_class, Args, PyErr, PyResult, Stream, Vm};
use task::{Callback, FutState, PyTask, TaskCore, TaskDriver};

pub use event_loop::TaskWakeup;

const PRELUDE: &str = include_str!("prelude.py");

/// Per-run state of the event loop, shared by the module's builtins and the task drivers.
pub struct Runtime {
    pub handle: Handle,
    pub vm: Weak<RefCell<Vm>>,
    /// Native CLI and virtual time can block the thread for `time.sleep`; the web cannot.
    pub can_block: bool,
    pub current: RefCell<Option<Value>>,
    pub tasks: RefCell<Vec<Rc<PyTask>>>,
    pub next_task: Cell<u64>,
    pub classes: RefCell<Option<Classes>>,
    pub loop_value: RefCell<Option<Value>>,
    /// The whole run was stopped by the host.
    pub stopped: Cell<bool>,
    /// Instructions the whole run may still execute (`u64::MAX`: no limit). Fuzzing and the
    /// page set a limit so that no script can run forever unattended.
    pub instruction_budget: Cell<u64>,
}

/// Classes the runtime needs: native ones and the prelude's.
pub struct Classes {
    pub task: Rc<Class>,
    pub module: Value,
}

impl Runtime {
    pub fn new(handle: Handle, vm: Weak<RefCell<Vm>>, can_block: bool) -> Rc<Runtime> {
        Rc::new(Runtime {
            handle,
            vm,
            can_block,
            current: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            next_task: Cell::new(1),
            classes: RefCell::new(None),
            loop_value: RefCell::new(None),
            stopped: Cell::new(false),
            instruction_budget: Cell::new(u64::MAX),
        })
    }

    pub fn task_value(&self, task: &PyTask) -> Value {
        let tasks = self.tasks.borrow();
        match tasks.iter().find(|t| std::ptr::eq(&***t, task)) {
            Some(t) => Value::Native(t.clone()),
            None => Value::None,
        }
    }

    fn module_attr(&self, name: &str) -> Option<Value> {
        let classes = self.classes.borrow();
        match &classes.as_ref()?.module {
            Value::Module(m) => m.dict.borrow().get_str(name),
            _ => None,
        }
    }

    pub fn cancelled_error(&self, _vm: &Vm) -> Option<Rc<Class>> {
        match self.module_attr("CancelledError") {
            Some(Value::Class(c)) => Some(c),
            _ => None,
        }
    }

    pub fn new_cancelled(&self, vm: &mut Vm, msg: Option<Value>) -> PyErr {
        match self.cancelled_error(vm) {
            Some(class) => {
                let args = msg.into_iter().collect();
                PyErr(vm.new_exception(&class, args))
            }
            None => vm.new_error(&vm.types.runtime_error.clone(), "asyncio is not initialised"),
        }
    }

    pub fn invalid_state(&self, vm: &mut Vm, msg: &str) -> PyErr {
        match self.module_attr("InvalidStateError") {
            Some(Value::Class(c)) => vm.new_error(&c, msg),
            _ => vm.new_error(&vm.types.runtime_error.clone(), msg),
        }
    }

    /// Runs a done-callback: wake-ups at once (asyncio's `call_soon(__wakeup)` position), Python
    /// callables as a `call_soon` job.
    pub fn schedule_callback(&self, cb: Callback, arg: Value) {
        match cb {
            Callback::Wake(w) => w.wake(),
            Callback::Py(f) => {
                if let Some(w) = downcast::<TaskWakeup>(&f) {
                    w.0.wake_by_ref();
                } else {
                    self.call_soon_py(f, vec![arg], None);
                }
            }
        }
    }

    /// `loop.call_soon(f, *args)` as an executor job; `cancelled` lets a Handle cancel it.
    pub fn call_soon_py(&self, f: Value, args: Vec<Value>, cancelled: Option<Rc<Cell<bool>>>) {
        let vm = self.vm.clone();
        self.handle.call_soon(move || {
            if cancelled.is_some_and(|c| c.get()) {
                return;
            }
            if let Some(vm) = vm.upgrade() {
                if let Ok(mut vm) = vm.try_borrow_mut() {
                    run_callback(&mut vm, &f, args);
                }
            }
        });
    }

    pub fn future_done(&self, vm: &mut Vm, fut: &Value) -> bool {
        if let Some(t) = downcast::<PyTask>(fut) {
            return t.done();
        }
        match vm.call_method(fut, "done", vec![]) {
            Ok(v) => vm.truthy(&v).unwrap_or(true),
            Err(_) => true,
        }
    }

    /// Arrange for `waker` to be woken when `fut` completes.
    pub fn add_wakeup(&self, vm: &mut Vm, fut: &Value, waker: std::task::Waker) {
        if let Some(t) = downcast::<PyTask>(fut) {
            if t.done() {
                waker.wake();
            } else {
                t.core.borrow_mut().callbacks.push(Callback::Wake(waker));
            }
            return;
        }
        let wake = Value::Native(Rc::new(TaskWakeup(waker.clone())));
        if vm.call_method(fut, "add_done_callback", vec![wake]).is_err() {
            waker.wake();
        }
    }

    /// `asyncio.create_task(coro, name=...)`.
    pub fn create_task(self: &Rc<Self>, vm: &mut Vm, coro: Value, name: Option<String>) -> PyResult<Value> {
        let is_coro = matches!(&coro, Value::Gen(g) if g.kind == crate::lang::value::GenKind::Coroutine);
        if !is_coro {
            let r = vm.repr(&coro)?;
            return Err(vm.type_error(&format!("a coroutine was expected, got {r}")));
        }
        if let Value::Gen(g) = &coro {
            g.awaited.set(true);
        }
        let Some(class) = self.classes.borrow().as_ref().map(|c| c.task.clone()) else {
            return Err(vm.new_error(&vm.types.runtime_error.clone(), "no running event loop"));
        };
        let n = self.next_task.get();
        self.next_task.set(n + 1);
        let name = name.unwrap_or_else(|| format!("Task-{n}"));
        let task = Rc::new(PyTask {
            core: RefCell::new(TaskCore {
                coro,
                name: name.clone(),
                state: FutState::Pending,
                callbacks: Vec::new(),
                fut_waiter: None,
                must_cancel: false,
                cancel_message: None,
                num_cancels_requested: 0,
                pending_throw: None,
                waker: None,
                exec_id: None,
                retrieved: false,
                blocking: false,
            }),
            class,
        });
        self.tasks.borrow_mut().push(task.clone());
        let driver = TaskDriver {
            task: task.clone(),
            rt: self.clone(),
            ctx: None,
            blocked_until: None,
            step_started: 0,
            step_busy: Cell::new(0),
        };
        let handle = self.handle.spawn_named(name, driver);
        task.core.borrow_mut().exec_id = Some(handle.id());
        Ok(Value::Native(task))
    }

    /// Charges one fuel slice to the run's instruction budget; false once it is used up, after
    /// which the run is stopped with a message on stderr.
    pub fn charge_slice(&self, vm: &mut Vm) -> bool {
        let left = self.instruction_budget.get();
        if left == u64::MAX {
            return true;
        }
        if left < task::FUEL_SLICE {
            if !self.stopped.replace(true) {
                let _ = vm.write(Stream::Stderr, "looplab: the script was stopped: it ran for too many instructions\n");
                self.handle.cancel_all();
            }
            return false;
        }
        self.instruction_budget.set(left - task::FUEL_SLICE);
        true
    }

    /// Tasks not done yet.
    pub fn pending_tasks(&self) -> Vec<Rc<PyTask>> {
        self.tasks.borrow().iter().filter(|t| !t.done()).cloned().collect()
    }

    /// Forget finished tasks (called between `asyncio.run` calls).
    pub fn prune(&self) {
        self.tasks.borrow_mut().retain(|t| !t.done());
    }
}

/// Runs a Python callback from the loop, reporting errors like asyncio's default handler.
pub fn run_callback(vm: &mut Vm, f: &Value, args: Vec<Value>) {
    if let Err(err) = vm.call(f, Args::positional(args)) {
        let what = vm.repr(f).unwrap_or_default();
        let text = crate::lang::vm::format_exception(vm, &err.0);
        let _ = vm.write(Stream::Stderr, &format!("Exception in callback {what}\n{text}"));
    }
}

/// The runtime of the VM's current run, if asyncio is hosted.
pub fn runtime(vm: &Vm) -> Option<Rc<Runtime>> {
    vm.event_loop.clone()
}

pub fn require_runtime(vm: &mut Vm) -> PyResult<Rc<Runtime>> {
    match runtime(vm) {
        Some(rt) if rt.classes.borrow().is_some() => Ok(rt),
        _ => Err(vm.new_error(&vm.types.runtime_error.clone(), "no running event loop")),
    }
}

/// Builds the `asyncio` module: native parts first, then the Python prelude in its namespace.
pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let mut dict = Dict::new();
    dict.set_str("__name__", Value::str("asyncio"));
    let module = vm.new_module("asyncio", dict);
    let Value::Module(m) = &module else { return Err(vm.internal("asyncio module")) };
    let ns = m.dict.clone();
    let task_class = new_class("Task", vec![vm.types.object.clone()], Layout::Builtin);
    *task_class.module.borrow_mut() = Rc::from("_asyncio");
    methods::install_task(vm, &task_class);
    let loop_class = event_loop::install(vm, &ns);
    ns.borrow_mut().set_str("Task", Value::Class(task_class.clone()));
    methods::install_functions(vm, &ns);
    if let Some(rt) = runtime(vm) {
        *rt.classes.borrow_mut() = Some(Classes { task: task_class.clone(), module: module.clone() });
        let lp = Value::Native(Rc::new(event_loop::EventLoop { class: loop_class }));
        *rt.loop_value.borrow_mut() = Some(lp);
    }
    // The prelude: CPython's pure-Python parts of asyncio.
    let code = crate::script::compile(PRELUDE, "<asyncio>").map_err(|e| vm.new_error(&vm.types.syntax_error.clone(), &e.to_string()))?;
    let mut frame = crate::lang::vm::Frame::new(code, ns.clone(), Some(ns.clone()));
    frame.entry = crate::lang::vm::Entry::Base;
    vm.run_nested(frame, None)?;
    Ok(module)
}
