//! asyncio `Task`, implemented in Rust: a Python object (`PyTask`, a future with a coroutine) and
//! the executor future that steps its coroutine (`TaskDriver`). One asyncio Task is one executor
//! task, so the timeline's lanes are the script's Tasks.
//!
//! Stepping follows CPython's `Task.__step`/`__wakeup`: a bare `yield` re-queues the task, a
//! yielded future gets a wake-up callback, cancellation is thrown in at the next step, and a step
//! that runs out of fuel or blocks (`time.sleep`) suspends the whole loop mid-step without
//! freezing the host.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::Runtime;
use crate::lang::value::{Class, Native, Value};
use crate::lang::vm::{Ctx, Exit, Pending, PyErr, Stream, Vm};
use crate::trace::{EventKind, TaskId};

/// Instructions a task runs between checks of the host's budget.
pub const FUEL_SLICE: u64 = 20_000;
/// Steps longer than this are reported like asyncio's debug mode does.
pub const SLOW_STEP_NS: u64 = 100_000_000;

#[derive(Clone)]
pub enum FutState {
    Pending,
    Result(Value),
    Exception(Value),
    Cancelled(Option<Value>),
}

/// A done-callback: a Python callable, or the wake-up of a waiting task (run at once, in the
/// position asyncio's `call_soon(task.__wakeup)` would take).
#[derive(Clone)]
pub enum Callback {
    Py(Value),
    Wake(Waker),
}

pub struct TaskCore {
    pub coro: Value,
    pub name: String,
    pub state: FutState,
    pub callbacks: Vec<Callback>,
    /// The future this task waits on (`_fut_waiter`).
    pub fut_waiter: Option<Value>,
    pub must_cancel: bool,
    pub cancel_message: Option<Value>,
    pub num_cancels_requested: u32,
    /// An exception to throw in at the next step (bad yield).
    pub pending_throw: Option<PyErr>,
    pub waker: Option<Waker>,
    pub exec_id: Option<TaskId>,
    /// `_asyncio_future_blocking`: set while the task is yielded to an awaiting task.
    pub blocking: bool,
    /// The exception was retrieved (`result()`/`exception()`), so no "never retrieved" report.
    pub retrieved: bool,
}

pub struct PyTask {
    pub core: RefCell<TaskCore>,
    pub class: Rc<Class>,
}

impl Native for PyTask {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl PyTask {
    pub fn done(&self) -> bool {
        !matches!(self.core.borrow().state, FutState::Pending)
    }

    /// Finish the task and schedule its callbacks (`__schedule_callbacks`).
    pub fn finish(&self, rt: &Runtime, state: FutState) {
        let callbacks = {
            let mut core = self.core.borrow_mut();
            core.state = state;
            std::mem::take(&mut core.callbacks)
        };
        let me = rt.task_value(self);
        for cb in callbacks {
            rt.schedule_callback(cb, me.clone());
        }
    }
}

/// The executor future that steps a task's coroutine.
pub struct TaskDriver {
    pub task: Rc<PyTask>,
    pub rt: Rc<Runtime>,
    /// A step in progress (suspended for fuel or blocking).
    pub ctx: Option<Ctx>,
    pub blocked_until: Option<u64>,
    pub step_started: u64,
    pub step_busy: Cell<u64>,
}

impl Future for TaskDriver {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let Some(vm_rc) = this.rt.vm.upgrade() else { return Poll::Ready(()) };
        let mut vm = vm_rc.borrow_mut();
        this.task.core.borrow_mut().waker = Some(cx.waker().clone());
        if let Some(until) = this.blocked_until {
            if this.rt.handle.now() < until {
                this.rt.handle.suspend_current(Some(until));
                return Poll::Pending;
            }
            this.blocked_until = None;
        }
        let mut ctx = match this.ctx.take() {
            Some(ctx) => ctx,
            None => {
                if this.task.done() {
                    return Poll::Ready(());
                }
                match this.begin_step(&mut vm) {
                    Some(ctx) => ctx,
                    None => return Poll::Pending,
                }
            }
        };
        let prev_task = this.rt.current.replace(Some(this.rt.task_value(&this.task)));
        let mut inject = this.task.core.borrow_mut().pending_throw.take();
        loop {
            vm.fuel = FUEL_SLICE;
            let exit = vm.run(&mut ctx, inject.take());
            match exit {
                Exit::OutOfFuel => {
                    if !this.rt.charge_slice(&mut vm) {
                        this.rt.current.replace(prev_task);
                        return Poll::Ready(());
                    }
                    if this.rt.handle.should_yield() {
                        this.ctx = Some(ctx);
                        this.rt.current.replace(prev_task);
                        this.rt.handle.suspend_current(None);
                        return Poll::Pending;
                    }
                }
                Exit::Pending => match vm.pending.take() {
                    Some(Pending::Sleep(ns)) => {
                        let line = ctx.frames.last().map_or(0, |f| f.line());
                        let task_id = this.task.core.borrow().exec_id;
                        this.rt.handle.record(EventKind::LoopBlocked { task: task_id, ns, what: "time.sleep".into(), line });
                        if this.rt.can_block {
                            this.rt.handle.block_for(std::time::Duration::from_nanos(ns));
                        } else {
                            let until = this.rt.handle.now() + ns;
                            this.blocked_until = Some(until);
                            this.ctx = Some(ctx);
                            this.rt.current.replace(prev_task);
                            this.rt.handle.suspend_current(Some(until));
                            return Poll::Pending;
                        }
                    }
                    Some(Pending::RunLoop(_)) => {
                        inject = Some(vm.new_error(&vm.types.runtime_error.clone(), "asyncio.run() cannot be called from a running event loop"));
                        // The placeholder pushed by the builtin is discarded by the unwinding.
                    }
                    None => {}
                },
                Exit::Yield(v) => {
                    this.rt.current.replace(prev_task);
                    this.report_slow_step(&mut vm);
                    this.after_yield(&mut vm, v, cx);
                    return Poll::Pending;
                }
                Exit::Return(v) => {
                    this.rt.current.replace(prev_task);
                    this.report_slow_step(&mut vm);
                    let must_cancel = this.task.core.borrow().must_cancel;
                    if must_cancel {
                        // Cancelled while finishing: asyncio reports it as cancelled.
                        let msg = this.task.core.borrow().cancel_message.clone();
                        this.task.finish(&this.rt, FutState::Cancelled(msg));
                    } else {
                        this.task.finish(&this.rt, FutState::Result(v));
                    }
                    return Poll::Ready(());
                }
                Exit::Error(err) => {
                    this.rt.current.replace(prev_task);
                    this.report_slow_step(&mut vm);
                    let cancelled_class = this.rt.cancelled_error(&vm);
                    if cancelled_class.as_ref().is_some_and(|c| vm.isinstance_class(&err.0, c)) {
                        let msg = vm.exception_attr_public(&err.0, "args");
                        let msg = match msg {
                            Value::Tuple(t) if !t.is_empty() => Some(t[0].clone()),
                            _ => None,
                        };
                        this.task.finish(&this.rt, FutState::Cancelled(msg));
                    } else {
                        this.task.finish(&this.rt, FutState::Exception(err.0));
                    }
                    return Poll::Ready(());
                }
            }
        }
    }
}

impl TaskDriver {
    /// Starts a step: decides what to send into (or throw into) the coroutine.
    fn begin_step(&mut self, vm: &mut Vm) -> Option<Ctx> {
        let waiter = self.task.core.borrow().fut_waiter.clone();
        let mut throw: Option<PyErr> = None;
        if let Some(fut) = waiter {
            if !self.rt.future_done(vm, &fut) {
                // A spurious poll: keep waiting.
                return None;
            }
            self.task.core.borrow_mut().fut_waiter = None;
            // `__wakeup`: future.result() raising means the step throws it in.
            if let Err(e) = vm.call_method(&fut, "result", vec![]) {
                throw = Some(e);
            }
        }
        let (must_cancel, msg) = {
            let mut core = self.task.core.borrow_mut();
            let m = core.must_cancel;
            core.must_cancel = false;
            (m, core.cancel_message.clone())
        };
        if must_cancel {
            throw = Some(self.rt.new_cancelled(vm, msg));
        }
        if throw.is_none() {
            throw = self.task.core.borrow_mut().pending_throw.take();
        }
        let coro = self.task.core.borrow().coro.clone();
        let Value::Gen(gen) = coro else { return None };
        let mut ctx = Ctx::default();
        self.step_started = self.rt.handle.now();
        match vm.prepare_resume(&mut ctx, &gen, throw) {
            Ok(inject) => {
                self.task.core.borrow_mut().pending_throw = inject;
                Some(ctx)
            }
            Err(e) => {
                // The coroutine could not be resumed (already finished): fail the task.
                self.task.core.borrow_mut().pending_throw = Some(e);
                Some(ctx)
            }
        }
    }

    /// The coroutine yielded `v` out of its step (asyncio's `__step` result handling).
    fn after_yield(&mut self, vm: &mut Vm, v: Value, cx: &mut Context<'_>) {
        if v.is_none() {
            // Bare yield (`sleep(0)`): run again soon.
            cx.waker().wake_by_ref();
            return;
        }
        let blocking = vm.get_attr(&v, "_asyncio_future_blocking").ok();
        match blocking {
            Some(Value::Bool(true)) => {
                let _ = vm.set_attr(&v, "_asyncio_future_blocking", Value::Bool(false));
                if let Some(t) = crate::lang::value::downcast::<PyTask>(&v) {
                    if std::ptr::eq(t, &*self.task) {
                        let msg = format!("Task cannot await on itself: {}", task_repr(vm, &self.task));
                        let err = vm.new_error(&vm.types.runtime_error.clone(), &msg);
                        self.task.core.borrow_mut().pending_throw = Some(err);
                        cx.waker().wake_by_ref();
                        return;
                    }
                }
                self.rt.add_wakeup(vm, &v, cx.waker().clone());
                let must_cancel = {
                    let mut core = self.task.core.borrow_mut();
                    core.fut_waiter = Some(v.clone());
                    core.must_cancel
                };
                if must_cancel {
                    let msg = self.task.core.borrow().cancel_message.clone();
                    let args = match msg {
                        Some(m) => vec![m],
                        None => vec![],
                    };
                    if let Ok(cancel) = vm.get_attr(&v, "cancel") {
                        if let Ok(Value::Bool(true)) = vm.call(&cancel, crate::lang::vm::Args::positional(args)) {
                            self.task.core.borrow_mut().must_cancel = false;
                        }
                    }
                }
            }
            _ => {
                let r = vm.repr(&v).unwrap_or_default();
                let msg = if blocking.is_some() {
                    format!("yield was used instead of yield from in task {} with {}", task_repr(vm, &self.task), r)
                } else {
                    format!("Task got bad yield: {r}")
                };
                let err = vm.new_error(&vm.types.runtime_error.clone(), &msg);
                self.task.core.borrow_mut().pending_throw = Some(err);
                cx.waker().wake_by_ref();
            }
        }
    }

    /// asyncio debug mode's warning for a step that held the loop too long.
    fn report_slow_step(&mut self, vm: &mut Vm) {
        let took = self.rt.handle.now().saturating_sub(self.step_started);
        if took >= SLOW_STEP_NS && self.step_started > 0 {
            let line = format!("Executing {} took {:.3} seconds\n", task_repr(vm, &self.task), took as f64 / 1e9);
            let _ = vm.write(Stream::Diagnostics, &line);
        }
        self.step_started = self.rt.handle.now();
    }
}

/// `repr(task)`: `<Task pending name='Task-1' coro=<main() running at x.py:3>>`.
pub fn task_repr(vm: &mut Vm, task: &PyTask) -> String {
    let core = task.core.borrow();
    let name = crate::lang::vm::str_repr(&core.name);
    let coro = match &core.coro {
        Value::Gen(g) => {
            let state = match &*g.state.borrow() {
                crate::lang::value::GenState::Suspended(f) => format!("running at {}:{}", f.code.filename, f.line().max(f.code.first_line)),
                crate::lang::value::GenState::Running => "running".to_string(),
                crate::lang::value::GenState::Finished => "done".to_string(),
            };
            format!("<{}() {}>", g.qualname, state)
        }
        other => vm.repr(other).unwrap_or_default(),
    };
    let state = core.state.clone();
    drop(core);
    match state {
        FutState::Pending => format!("<Task pending name={name} coro={coro}>"),
        FutState::Cancelled(_) => format!("<Task cancelled name={name} coro={coro}>"),
        FutState::Result(v) => format!("<Task finished name={name} coro={coro} result={}>", vm.repr(&v).unwrap_or_default()),
        FutState::Exception(e) => format!("<Task finished name={name} coro={coro} exception={}>", vm.repr(&e).unwrap_or_default()),
    }
}
