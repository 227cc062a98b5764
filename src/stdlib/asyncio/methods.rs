//! Python-visible methods of `Task` and the module-level functions of `asyncio` implemented in
//! Rust (`run`, `create_task`, `get_running_loop`, `current_task`, `all_tasks`, `sleep(0)`'s bare
//! yield).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::task::{task_repr, Callback, FutState, PyTask};
use super::{require_runtime, runtime};
use crate::lang::builtins::{arg, builtin, method};
use crate::lang::value::{downcast, Class, Dict, GenKind, GenStep, Layout, Native, Value};
use crate::lang::vm::{new_class, Pending, Property, PyErr, PyResult, Vm};

fn task_ref<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyTask> {
    downcast::<PyTask>(v).ok_or_else(|| vm.type_error("descriptor requires a 'Task' object"))
}

/// The iterator `await task` drives: yields the task once, then returns its result.
pub struct TaskAwait {
    task: Value,
    yielded: Cell<bool>,
}

impl Native for TaskAwait {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class("FutureIter")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn send(&self, vm: &mut Vm, _value: Value) -> PyResult<GenStep> {
        let task = task_ref(vm, &self.task)?;
        if !task.done() {
            if self.yielded.replace(true) {
                return Err(vm.new_error(&vm.types.runtime_error.clone(), "await wasn't used with future"));
            }
            task.core.borrow_mut().blocking = true;
            return Ok(GenStep::Yield(self.task.clone()));
        }
        Ok(GenStep::Return(task_result(vm, task)?))
    }
}

fn task_result(vm: &mut Vm, task: &PyTask) -> PyResult<Value> {
    let state = task.core.borrow().state.clone();
    task.core.borrow_mut().retrieved = true;
    let rt = require_runtime(vm)?;
    match state {
        FutState::Pending => Err(rt.invalid_state(vm, "Result is not set.")),
        FutState::Result(v) => Ok(v),
        FutState::Exception(e) => Err(PyErr(e)),
        FutState::Cancelled(msg) => Err(rt.new_cancelled(vm, msg)),
    }
}

pub fn install_task(vm: &mut Vm, class: &Rc<Class>) {
    method(class, "done", |vm, args| Ok(Value::Bool(task_ref(vm, &args.args[0])?.done())));
    method(class, "cancelled", |vm, args| {
        Ok(Value::Bool(matches!(task_ref(vm, &args.args[0])?.core.borrow().state, FutState::Cancelled(_))))
    });
    method(class, "result", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        task_result(vm, t)
    });
    method(class, "exception", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        let state = t.core.borrow().state.clone();
        t.core.borrow_mut().retrieved = true;
        let rt = require_runtime(vm)?;
        match state {
            FutState::Pending => Err(rt.invalid_state(vm, "Exception is not set.")),
            FutState::Result(_) => Ok(Value::None),
            FutState::Exception(e) => Ok(e),
            FutState::Cancelled(msg) => Err(rt.new_cancelled(vm, msg)),
        }
    });
    method(class, "cancel", |vm, mut args| {
        let msg = args.take_kw("msg").or_else(|| args.args.get(1).cloned()).filter(|m| !m.is_none());
        let t = task_ref(vm, &args.args[0])?;
        if t.done() {
            return Ok(Value::Bool(false));
        }
        let waiter = {
            let mut core = t.core.borrow_mut();
            core.num_cancels_requested += 1;
            core.fut_waiter.clone()
        };
        if let Some(w) = waiter {
            let cancel = vm.get_attr(&w, "cancel")?;
            let kwargs = match &msg {
                Some(m) => vec![(Rc::from("msg"), m.clone())],
                None => vec![],
            };
            let r = vm.call(&cancel, crate::lang::vm::Args { args: vec![], kwargs })?;
            if vm.truthy(&r)? {
                return Ok(Value::Bool(true));
            }
        }
        let mut core = t.core.borrow_mut();
        core.must_cancel = true;
        core.cancel_message = msg;
        // A task waiting on nothing (ready to run) sees the cancellation at its next step.
        Ok(Value::Bool(true))
    });
    method(class, "_make_cancelled_error", |vm, args| {
        let msg = match &task_ref(vm, &args.args[0])?.core.borrow().state {
            FutState::Cancelled(m) => m.clone(),
            _ => None,
        };
        let rt = require_runtime(vm)?;
        Ok(rt.new_cancelled(vm, msg).0)
    });
    let cancel_message = builtin("_cancel_message", |vm, args| {
        Ok(match &task_ref(vm, &args.args[0])?.core.borrow().state {
            FutState::Cancelled(Some(m)) => m.clone(),
            _ => Value::None,
        })
    });
    class.dict.borrow_mut().set_str(
        "_cancel_message",
        Value::Native(Rc::new(Property { fget: cancel_message, fset: Value::None, fdel: Value::None, doc: Value::None })),
    );
    method(class, "cancelling", |vm, args| Ok(Value::Int(task_ref(vm, &args.args[0])?.core.borrow().num_cancels_requested as i64)));
    method(class, "uncancel", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        let mut core = t.core.borrow_mut();
        core.num_cancels_requested = core.num_cancels_requested.saturating_sub(1);
        Ok(Value::Int(core.num_cancels_requested as i64))
    });
    method(class, "add_done_callback", |vm, mut args| {
        let _context = args.take_kw("context");
        let this = arg(&args, 0);
        let t = task_ref(vm, &this)?;
        let f = arg(&args, 1);
        if t.done() {
            let rt = require_runtime(vm)?;
            rt.schedule_callback(Callback::Py(f), this);
        } else {
            t.core.borrow_mut().callbacks.push(Callback::Py(f));
        }
        Ok(Value::None)
    });
    method(class, "remove_done_callback", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        let f = arg(&args, 1);
        let mut n = 0;
        let callbacks = std::mem::take(&mut t.core.borrow_mut().callbacks);
        let mut kept = Vec::new();
        for cb in callbacks {
            let same = match &cb {
                Callback::Py(g) => g.is(&f) || vm.eq(g, &f).unwrap_or(false),
                Callback::Wake(_) => false,
            };
            if same {
                n += 1;
            } else {
                kept.push(cb);
            }
        }
        t.core.borrow_mut().callbacks = kept;
        Ok(Value::Int(n))
    });
    method(class, "get_name", |vm, args| Ok(Value::str(&task_ref(vm, &args.args[0])?.core.borrow().name)));
    method(class, "set_name", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        let name = vm.to_str(&arg(&args, 1))?;
        let id = t.core.borrow().exec_id;
        t.core.borrow_mut().name = name.clone();
        if let (Some(id), Ok(rt)) = (id, require_runtime(vm)) {
            rt.handle.record(crate::trace::EventKind::Renamed { task: id, name });
        }
        Ok(Value::None)
    });
    method(class, "get_coro", |vm, args| Ok(task_ref(vm, &args.args[0])?.core.borrow().coro.clone()));
    method(class, "get_loop", |vm, _| {
        let rt = require_runtime(vm)?;
        let lp = rt.loop_value.borrow().clone();
        Ok(lp.unwrap_or(Value::None))
    });
    method(class, "__await__", |_, args| Ok(Value::Native(Rc::new(TaskAwait { task: arg(&args, 0), yielded: Cell::new(false) }))));
    method(class, "__iter__", |_, args| Ok(Value::Native(Rc::new(TaskAwait { task: arg(&args, 0), yielded: Cell::new(false) }))));
    method(class, "__repr__", |vm, args| {
        let t = task_ref(vm, &args.args[0])?;
        Ok(Value::str(&task_repr(vm, t)))
    });
    let getter = builtin("_asyncio_future_blocking", |vm, args| Ok(Value::Bool(task_ref(vm, &args.args[0])?.core.borrow().blocking)));
    let setter = builtin("_asyncio_future_blocking", |vm, args| {
        let v = vm.truthy(&arg(&args, 1))?;
        task_ref(vm, &args.args[0])?.core.borrow_mut().blocking = v;
        Ok(Value::None)
    });
    class.dict.borrow_mut().set_str(
        "_asyncio_future_blocking",
        Value::Native(Rc::new(Property { fget: getter, fset: setter, fdel: Value::None, doc: Value::None })),
    );
    let _ = vm;
}

/// `sleep(0)`'s bare yield as an awaitable.
pub struct Sleep0 {
    done: Cell<bool>,
}

impl Native for Sleep0 {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class("_sleep0")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn send(&self, _vm: &mut Vm, _value: Value) -> PyResult<GenStep> {
        if self.done.replace(true) {
            Ok(GenStep::Return(Value::None))
        } else {
            Ok(GenStep::Yield(Value::None))
        }
    }
}

fn require_running(vm: &mut Vm) -> PyResult<Rc<super::Runtime>> {
    match runtime(vm) {
        Some(rt) if rt.handle.current_task().is_some() || rt.current.borrow().is_some() => Ok(rt),
        _ => Err(vm.new_error(&vm.types.runtime_error.clone(), "no running event loop")),
    }
}

pub fn install_functions(vm: &mut Vm, ns: &Rc<RefCell<Dict>>) {
    let sleep0_class = new_class("_sleep0", vec![vm.types.object.clone()], Layout::Builtin);
    method(&sleep0_class, "__await__", |_, args| Ok(arg(&args, 0)));
    vm.builtins.borrow_mut().set_str("_sleep0", Value::Class(sleep0_class));
    let future_iter = new_class("FutureIter", vec![vm.types.object.clone()], Layout::Builtin);
    method(&future_iter, "__iter__", |_, args| Ok(arg(&args, 0)));
    method(&future_iter, "__await__", |_, args| Ok(arg(&args, 0)));
    vm.builtins.borrow_mut().set_str("FutureIter", Value::Class(future_iter));
    let mut set = |name: &str, v: Value| ns.borrow_mut().set_str(name, v);
    set("_sleep0", builtin("_sleep0", |_, _| Ok(Value::Native(Rc::new(Sleep0 { done: Cell::new(false) })))));
    set("run", builtin("run", |vm, mut args| {
        let _debug = args.take_kw("debug");
        let main = arg(&args, 0);
        let rt = runtime(vm);
        if rt.as_ref().is_some_and(|rt| rt.current.borrow().is_some()) {
            return Err(vm.new_error(&vm.types.runtime_error.clone(), "asyncio.run() cannot be called from a running event loop"));
        }
        if !matches!(&main, Value::Gen(g) if g.kind == GenKind::Coroutine) {
            let r = vm.repr(&main)?;
            return Err(vm.value_error(&format!("a coroutine was expected, got {r}")));
        }
        if rt.is_none() {
            return Err(vm.new_error(&vm.types.runtime_error.clone(), "asyncio.run() needs an event loop host"));
        }
        vm.pending = Some(Pending::RunLoop(main));
        Ok(Value::None)
    }));
    set("create_task", builtin("create_task", |vm, mut args| {
        let name = args.take_kw("name");
        let _context = args.take_kw("context");
        let rt = require_running(vm)?;
        let name = match name {
            Some(Value::None) | None => None,
            Some(v) => Some(vm.to_str(&v)?),
        };
        rt.create_task(vm, arg(&args, 0), name)
    }));
    set("get_running_loop", builtin("get_running_loop", |vm, _| {
        let rt = require_running(vm)?;
        let lp = rt.loop_value.borrow().clone();
        Ok(lp.unwrap_or(Value::None))
    }));
    set("get_event_loop", builtin("get_event_loop", |vm, _| {
        let rt = require_runtime(vm)?;
        let lp = rt.loop_value.borrow().clone();
        Ok(lp.unwrap_or(Value::None))
    }));
    set("current_task", builtin("current_task", |vm, _| {
        let rt = require_running(vm)?;
        let cur = rt.current.borrow().clone();
        Ok(cur.unwrap_or(Value::None))
    }));
    set("all_tasks", builtin("all_tasks", |vm, _| {
        let rt = require_running(vm)?;
        let tasks: Vec<Value> = rt.pending_tasks().into_iter().map(|t| Value::Native(t as Rc<dyn Native>)).collect();
        vm.new_set(tasks)
    }));
    set("iscoroutine", builtin("iscoroutine", |_, args| {
        Ok(Value::Bool(matches!(arg(&args, 0), Value::Gen(g) if g.kind == GenKind::Coroutine)))
    }));
    set("iscoroutinefunction", builtin("iscoroutinefunction", |_, args| {
        Ok(Value::Bool(matches!(arg(&args, 0), Value::Function(f) if f.code.flags.coroutine)))
    }));
}
