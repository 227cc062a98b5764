//! Runs a script on an executor: the module body is one executor task (`<module>`), each asyncio
//! Task another. `asyncio.run(main())` in the module body parks the module task until the main
//! Task and the tasks it leaves behind are done, exactly as CPython's `asyncio.run` does
//! (cancel what is left, wait for it, then return the result or raise).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::executor::Handle;
use crate::lang::host::Host;
use crate::lang::value::{downcast, Value};
use crate::lang::vm::{Ctx, Entry, Exit, Frame, Output, Pending, PyErr, Stream, Vm};
use crate::stdlib::asyncio::task::{Callback, FutState, PyTask, FUEL_SLICE};
use crate::stdlib::asyncio::Runtime;
use crate::trace::EventKind;

/// The clock a script sees: the executor's (real or virtual) plus a wall-clock origin.
pub struct ExecutorHost {
    pub handle: Handle,
    pub epoch_offset: f64,
}

impl Host for ExecutorHost {
    fn now_ns(&self) -> u64 {
        self.handle.now()
    }
    fn wall_time(&self) -> f64 {
        self.epoch_offset + self.handle.now() as f64 / 1e9
    }
}

/// A script run in progress; `exit_code()` is set when the module task ends.
pub struct ScriptRun {
    pub vm: Rc<RefCell<Vm>>,
    pub runtime: Rc<Runtime>,
    exit: Rc<Cell<Option<i32>>>,
}

impl ScriptRun {
    pub fn exit_code(&self) -> Option<i32> {
        self.exit.get()
    }

    /// Stops everything: every task is cancelled (their futures dropped) and the run ends with
    /// exit code 130, as an interrupted `python3` would.
    pub fn stop(&self) {
        self.runtime.stopped.set(true);
        self.runtime.handle.cancel_all();
        if self.exit.get().is_none() {
            self.exit.set(Some(130));
        }
    }
}

/// Compiles `source` and spawns its module task on the executor behind `handle`.
/// `can_block`: whether `time.sleep` may block the thread (CLI) or must suspend the loop (web).
pub fn start(handle: &Handle, source: &str, filename: &str, output: Box<dyn Output>, can_block: bool, epoch_offset: f64) -> ScriptRun {
    let vm = Rc::new(RefCell::new(Vm::new(output)));
    let runtime = Runtime::new(handle.clone(), Rc::downgrade(&vm), can_block);
    {
        let mut v = vm.borrow_mut();
        v.event_loop = Some(runtime.clone());
        v.host = Some(Rc::new(ExecutorHost { handle: handle.clone(), epoch_offset }));
    }
    let exit = Rc::new(Cell::new(None));
    let run = ScriptRun { vm: vm.clone(), runtime: runtime.clone(), exit: exit.clone() };
    let code = match super::compile(source, filename) {
        Ok(code) => code,
        Err(e) => {
            let _ = vm.borrow_mut().write(Stream::Stderr, &format!("{e}\n"));
            exit.set(Some(1));
            return run;
        }
    };
    let globals = vm.borrow_mut().new_module_dict("__main__");
    let mut frame = Frame::new(code, globals.clone(), Some(globals));
    frame.entry = Entry::Base;
    let mut ctx = Ctx::default();
    ctx.frames.push(frame);
    vm.borrow_mut().depth += 1;
    let driver = ModuleDriver { vm: vm.clone(), rt: runtime, ctx: Some(ctx), phase: Phase::Running, blocked_until: None, exit };
    handle.spawn_named("<module>", driver);
    run
}

enum Phase {
    Running,
    /// `asyncio.run`: waiting for the main task.
    WaitingMain(Rc<PyTask>),
    /// `asyncio.run`: the main task is done; waiting for the leftover tasks it cancelled.
    Cancelling(Rc<PyTask>),
}

struct ModuleDriver {
    vm: Rc<RefCell<Vm>>,
    rt: Rc<Runtime>,
    ctx: Option<Ctx>,
    phase: Phase,
    blocked_until: Option<u64>,
    exit: Rc<Cell<Option<i32>>>,
}

impl Future for ModuleDriver {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.rt.stopped.get() {
            return Poll::Ready(());
        }
        let vm_rc = this.vm.clone();
        let mut vm = vm_rc.borrow_mut();
        if let Some(until) = this.blocked_until {
            if this.rt.handle.now() < until {
                this.rt.handle.suspend_current(Some(until));
                return Poll::Pending;
            }
            this.blocked_until = None;
        }
        let mut inject: Option<PyErr> = None;
        loop {
            match std::mem::replace(&mut this.phase, Phase::Running) {
                Phase::WaitingMain(main) => {
                    if !main.done() {
                        main.core.borrow_mut().callbacks.push(Callback::Wake(cx.waker().clone()));
                        this.phase = Phase::WaitingMain(main);
                        return Poll::Pending;
                    }
                    let others = this.rt.pending_tasks();
                    for t in &others {
                        let v = this.rt.task_value(t);
                        let _ = vm.call_method(&v, "cancel", vec![]);
                    }
                    this.phase = Phase::Cancelling(main);
                }
                Phase::Cancelling(main) => {
                    let pending = this.rt.pending_tasks();
                    if let Some(t) = pending.first() {
                        t.core.borrow_mut().callbacks.push(Callback::Wake(cx.waker().clone()));
                        this.phase = Phase::Cancelling(main);
                        return Poll::Pending;
                    }
                    let state = main.core.borrow().state.clone();
                    main.core.borrow_mut().retrieved = true;
                    match state {
                        FutState::Result(v) => {
                            if let Some(frame) = this.ctx.as_mut().and_then(|c| c.frames.last_mut()) {
                                frame.stack.pop();
                                frame.stack.push(v);
                            }
                        }
                        FutState::Exception(e) => inject = Some(PyErr(e)),
                        FutState::Cancelled(msg) => inject = Some(this.rt.new_cancelled(&mut vm, msg)),
                        FutState::Pending => {}
                    }
                    this.rt.prune();
                }
                Phase::Running => break,
            }
        }
        let Some(mut ctx) = this.ctx.take() else { return Poll::Ready(()) };
        loop {
            vm.fuel = FUEL_SLICE;
            match vm.run(&mut ctx, inject.take()) {
                Exit::OutOfFuel => {
                    if !this.rt.charge_slice(&mut vm) {
                        this.exit.set(Some(1));
                        return Poll::Ready(());
                    }
                    if this.rt.handle.should_yield() {
                        this.ctx = Some(ctx);
                        this.rt.handle.suspend_current(None);
                        return Poll::Pending;
                    }
                }
                Exit::Pending => match vm.pending.take() {
                    Some(Pending::Sleep(ns)) => {
                        let line = ctx.frames.last().map_or(0, |f| f.line());
                        this.rt.handle.record(EventKind::LoopBlocked { task: this.rt.handle.current_task(), ns, what: "time.sleep".into(), line });
                        if this.rt.can_block {
                            this.rt.handle.block_for(std::time::Duration::from_nanos(ns));
                        } else {
                            let until = this.rt.handle.now() + ns;
                            this.blocked_until = Some(until);
                            this.ctx = Some(ctx);
                            this.rt.handle.suspend_current(Some(until));
                            return Poll::Pending;
                        }
                    }
                    Some(Pending::RunLoop(coro)) => match this.rt.create_task(&mut vm, coro, None) {
                        Ok(task) => {
                            let Some(t) = downcast::<PyTask>(&task) else { return Poll::Ready(()) };
                            let main = this.rt.tasks.borrow().iter().find(|x| std::ptr::eq(&***x, t)).cloned();
                            let Some(main) = main else { return Poll::Ready(()) };
                            main.core.borrow_mut().callbacks.push(Callback::Wake(cx.waker().clone()));
                            this.phase = Phase::WaitingMain(main);
                            this.ctx = Some(ctx);
                            return Poll::Pending;
                        }
                        Err(e) => inject = Some(e),
                    },
                    None => {}
                },
                Exit::Return(_) | Exit::Yield(_) => {
                    while vm.pop_frame(&mut ctx).is_some() {}
                    this.exit.set(Some(0));
                    return Poll::Ready(());
                }
                Exit::Error(err) => {
                    while vm.pop_frame(&mut ctx).is_some() {}
                    let code = super::report_uncaught(&mut vm, &err.0);
                    this.exit.set(Some(code));
                    return Poll::Ready(());
                }
            }
        }
    }
}

impl Drop for ModuleDriver {
    fn drop(&mut self) {
        if self.exit.get().is_none() {
            self.exit.set(Some(130));
        }
        let _ = Value::None;
    }
}
