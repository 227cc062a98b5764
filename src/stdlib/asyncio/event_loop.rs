//! The event loop object scripts see (`asyncio.get_running_loop()`): time, `call_soon`,
//! `call_later`, `call_at` with cancellable handles, `create_future`, `create_task`. Every
//! scheduling goes to the executor, so Python callbacks and Rust tasks share one ready queue.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::task::Waker;

use super::require_runtime;
use crate::lang::builtins::{arg, method};
use crate::lang::value::{downcast, Class, Dict, Layout, Native, Value};
use crate::lang::vm::{new_class, Args, PyResult, Vm};
use crate::trace::TimerId;

pub struct EventLoop {
    pub class: Rc<Class>,
}

impl Native for EventLoop {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A task's wake-up as a Python callable (given to a Python future's `add_done_callback`).
pub struct TaskWakeup(pub Waker);

impl Native for TaskWakeup {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class("TaskWakeupMethWrapper")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `asyncio.Handle` / `asyncio.TimerHandle`.
pub struct LoopHandle {
    pub class: Rc<Class>,
    pub cancelled: Rc<Cell<bool>>,
    pub timer: Option<TimerId>,
    pub when: Option<f64>,
    pub callback: Value,
}

impl Native for LoopHandle {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn seconds_to_ns(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let s = crate::lang::builtins::to_f64(vm, v)?;
    if s.is_nan() {
        return Err(vm.value_error("Invalid delay: NaN (not a number)"));
    }
    Ok(s)
}

/// Creates the loop, handle and wake-up classes; returns the loop class.
pub fn install(vm: &mut Vm, ns: &Rc<RefCell<Dict>>) -> Rc<Class> {
    let object = vm.types.object.clone();
    let loop_class = new_class("_UnixSelectorEventLoop", vec![object.clone()], Layout::Builtin);
    *loop_class.module.borrow_mut() = Rc::from("asyncio.unix_events");
    let handle_class = new_class("Handle", vec![object.clone()], Layout::Builtin);
    *handle_class.module.borrow_mut() = Rc::from("asyncio.events");
    let timer_class = new_class("TimerHandle", vec![handle_class.clone()], Layout::Builtin);
    *timer_class.module.borrow_mut() = Rc::from("asyncio.events");
    let wake_class = new_class("TaskWakeupMethWrapper", vec![object], Layout::Builtin);
    method(&wake_class, "__call__", |_, args| {
        if let Some(w) = downcast::<TaskWakeup>(&arg(&args, 0)) {
            w.0.wake_by_ref();
        }
        Ok(Value::None)
    });
    vm.builtins.borrow_mut().set_str("TaskWakeupMethWrapper", Value::Class(wake_class));

    method(&loop_class, "time", |vm, _| {
        let rt = require_runtime(vm)?;
        Ok(Value::Float(rt.handle.now() as f64 / 1e9))
    });
    let hc = handle_class.clone();
    method(&loop_class, "call_soon", move |vm, mut args| {
        let _context = args.take_kw("context");
        let rt = require_runtime(vm)?;
        if args.args.len() < 2 {
            return Err(vm.type_error("call_soon() missing 1 required positional argument: 'callback'"));
        }
        let cb = args.args[1].clone();
        let cb_args = args.args[2..].to_vec();
        let cancelled = Rc::new(Cell::new(false));
        if let Some(w) = downcast::<TaskWakeup>(&cb) {
            w.0.wake_by_ref();
        } else {
            rt.call_soon_py(cb.clone(), cb_args, Some(cancelled.clone()));
        }
        Ok(Value::Native(Rc::new(LoopHandle { class: hc.clone(), cancelled, timer: None, when: None, callback: cb })))
    });
    for (name, absolute) in [("call_later", false), ("call_at", true)] {
        let tc = timer_class.clone();
        method(&loop_class, name, move |vm, mut args| {
            let _context = args.take_kw("context");
            let rt = require_runtime(vm)?;
            if args.args.len() < 3 {
                return Err(vm.type_error(&format!("{name}() missing required arguments")));
            }
            let t = seconds_to_ns(vm, &args.args[1])?;
            let now = rt.handle.now() as f64 / 1e9;
            let when = if absolute { t } else { now + t };
            let cb = args.args[2].clone();
            let cb_args = args.args[3..].to_vec();
            let cancelled = Rc::new(Cell::new(false));
            let deadline = (when.max(0.0) * 1e9) as u64;
            let (weak_vm, f, c2) = (rt.vm.clone(), cb.clone(), cancelled.clone());
            let timer = rt.handle.call_at(deadline, move || {
                if c2.get() {
                    return;
                }
                if let Some(vm) = weak_vm.upgrade() {
                    if let Ok(mut vm) = vm.try_borrow_mut() {
                        super::run_callback(&mut vm, &f, cb_args);
                    }
                }
            });
            Ok(Value::Native(Rc::new(LoopHandle { class: tc.clone(), cancelled, timer: Some(timer), when: Some(when), callback: cb })))
        });
    }
    method(&handle_class, "cancel", |vm, args| {
        let this = arg(&args, 0);
        if let Some(h) = downcast::<LoopHandle>(&this) {
            if !h.cancelled.get() {
                h.cancelled.set(true);
                if let (Some(t), Ok(rt)) = (h.timer, require_runtime(vm)) {
                    rt.handle.cancel_timer(t);
                }
            }
        }
        Ok(Value::None)
    });
    method(&handle_class, "cancelled", |_, args| {
        let this = arg(&args, 0);
        Ok(Value::Bool(downcast::<LoopHandle>(&this).is_some_and(|h| h.cancelled.get())))
    });
    method(&timer_class, "when", |_, args| {
        let this = arg(&args, 0);
        Ok(downcast::<LoopHandle>(&this).and_then(|h| h.when).map_or(Value::None, Value::Float))
    });
    method(&handle_class, "__repr__", |vm, args| {
        let this = arg(&args, 0);
        let Some(h) = downcast::<LoopHandle>(&this) else { return Ok(Value::str("<Handle>")) };
        let (cb, cancelled, when, kind) = (h.callback.clone(), h.cancelled.get(), h.when, h.class.name.clone());
        let cb = vm.repr(&cb)?;
        let state = if cancelled { " cancelled" } else { "" };
        Ok(Value::str(&match when {
            Some(w) => format!("<{kind}{state} when={w} {cb}>"),
            None => format!("<{kind}{state} {cb}>"),
        }))
    });
    method(&loop_class, "create_future", |vm, args| {
        let future_class = vm.get_attr_of_module("asyncio", "Future")?;
        vm.call(&future_class, Args { args: vec![], kwargs: vec![(Rc::from("loop"), arg(&args, 0))] })
    });
    method(&loop_class, "create_task", |vm, mut args| {
        let name = args.take_kw("name");
        let _context = args.take_kw("context");
        let rt = require_runtime(vm)?;
        let name = match name {
            Some(Value::None) | None => None,
            Some(v) => Some(vm.to_str(&v)?),
        };
        rt.create_task(vm, arg(&args, 1), name)
    });
    method(&loop_class, "is_running", |_, _| Ok(Value::Bool(true)));
    method(&loop_class, "is_closed", |_, _| Ok(Value::Bool(false)));
    method(&loop_class, "get_debug", |_, _| Ok(Value::Bool(false)));
    method(&loop_class, "set_debug", |_, _| Ok(Value::None));
    method(&loop_class, "__repr__", |_, _| Ok(Value::str("<_UnixSelectorEventLoop running=True closed=False debug=False>")));
    for (name, class) in [("Handle", handle_class), ("TimerHandle", timer_class), ("AbstractEventLoop", loop_class.clone())] {
        ns.borrow_mut().set_str(name, Value::Class(class));
    }
    loop_class
}

impl Vm {
    /// `module.name` for an imported (or importable) builtin module.
    pub fn get_attr_of_module(&mut self, module: &str, name: &str) -> PyResult<Value> {
        let m = self.load_module(module)?;
        self.get_attr(&m, name)
    }
}
