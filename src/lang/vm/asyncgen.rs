//! Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables that resume the
//! generator. Values produced by `yield` inside the generator arrive wrapped (`AsyncGenValue`)
//! and complete the awaitable; anything else the generator yields comes from an inner `await`
//! and is passed on to the event loop.

use std::cell::Cell;
use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::lang::value::{downcast, Class, GenKind, GenState, GenStep, Generator, Native, Value};

/// A value produced by `yield` in an async generator.
pub struct AsyncGenValue(pub Value);

impl Native for AsyncGenValue {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.object.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Send,
    Throw,
    Close,
}

/// The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`.
pub struct AsyncGenStep {
    gen: Rc<Generator>,
    first: std::cell::RefCell<Option<Value>>,
    throw: std::cell::RefCell<Option<PyErr>>,
    mode: Mode,
    done: Cell<bool>,
}

impl Native for AsyncGenStep {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class("async_generator_asend")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn send(&self, vm: &mut Vm, value: Value) -> PyResult<GenStep> {
        if self.done.get() {
            return Err(vm.new_error(&vm.types.runtime_error.clone(), "cannot reuse already awaited __anext__()/asend()"));
        }
        let first = self.first.borrow_mut().take();
        let throw = self.throw.borrow_mut().take();
        let started_throw = throw.is_some();
        if self.mode != Mode::Send && !self.gen.started() && started_throw {
            // Throwing into an unstarted async generator finishes it at once.
            *self.gen.state.borrow_mut() = GenState::Finished;
            self.done.set(true);
            return match self.mode {
                Mode::Close => Ok(GenStep::Return(Value::None)),
                _ => Err(throw.unwrap_or_else(|| vm.internal("athrow"))),
            };
        }
        if matches!(&*self.gen.state.borrow(), GenState::Finished) {
            self.done.set(true);
            return match self.mode {
                Mode::Close => Ok(GenStep::Return(Value::None)),
                Mode::Throw => Err(throw.unwrap_or_else(|| vm.internal("athrow"))),
                Mode::Send => Err(PyErr(vm.new_exception(&vm.types.stop_async_iteration.clone(), vec![]))),
            };
        }
        let r = match throw {
            Some(exc) => vm.gen_throw_into(&self.gen, exc),
            None => vm.gen_resume(&self.gen, first.unwrap_or(value), None),
        };
        match r {
            Ok(GenStep::Yield(v)) => {
                if let Some(item) = downcast::<AsyncGenValue>(&v) {
                    self.done.set(true);
                    if self.mode == Mode::Close {
                        return Err(vm.new_error(&vm.types.runtime_error.clone(), "async generator ignored GeneratorExit"));
                    }
                    return Ok(GenStep::Return(item.0.clone()));
                }
                Ok(GenStep::Yield(v))
            }
            Ok(GenStep::Return(_)) => {
                self.done.set(true);
                if self.mode == Mode::Close {
                    return Ok(GenStep::Return(Value::None));
                }
                Err(PyErr(vm.new_exception(&vm.types.stop_async_iteration.clone(), vec![])))
            }
            Err(e) => {
                self.done.set(true);
                if self.mode == Mode::Close
                    && (vm.isinstance_class(&e.0, &vm.types.generator_exit.clone())
                        || vm.isinstance_class(&e.0, &vm.types.stop_async_iteration.clone()))
                {
                    return Ok(GenStep::Return(Value::None));
                }
                Err(e)
            }
        }
    }
}

impl Vm {
    fn async_gen_step(&mut self, gen: &Value, first: Option<Value>, throw: Option<PyErr>, mode: Mode) -> PyResult<Value> {
        match gen {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => Ok(Value::Native(Rc::new(AsyncGenStep {
                gen: g.clone(),
                first: std::cell::RefCell::new(first),
                throw: std::cell::RefCell::new(throw),
                mode,
                done: Cell::new(false),
            }))),
            _ => Err(self.type_error("descriptor requires an 'async_generator' object")),
        }
    }
}

/// Installs `async_generator` methods and the awaitable's class.
pub(crate) fn install(vm: &mut Vm) {
    use crate::lang::builtins::{arg, method};
    let class = vm.types.async_generator.clone();
    method(&class, "__aiter__", |_, args| Ok(arg(&args, 0)));
    method(&class, "__anext__", |vm, args| vm.async_gen_step(&arg(&args, 0), None, None, Mode::Send));
    method(&class, "asend", |vm, args| vm.async_gen_step(&arg(&args, 0), Some(arg(&args, 1)), None, Mode::Send));
    method(&class, "athrow", |vm, args| {
        let mut exc = arg(&args, 1);
        if let (Value::Class(_), Some(v)) = (&exc, args.args.get(2)) {
            exc = vm.call1(&exc, v.clone())?;
        }
        let err = vm.make_raisable(exc, None)?;
        vm.async_gen_step(&arg(&args, 0), None, Some(err), Mode::Throw)
    });
    method(&class, "aclose", |vm, args| {
        let exit = PyErr(vm.new_exception(&vm.types.generator_exit.clone(), vec![]));
        vm.async_gen_step(&arg(&args, 0), None, Some(exit), Mode::Close)
    });
    let step = crate::lang::vm::new_class("async_generator_asend", vec![vm.types.object.clone()], crate::lang::value::Layout::Builtin);
    method(&step, "__await__", |_, args| Ok(arg(&args, 0)));
    method(&step, "__iter__", |_, args| Ok(arg(&args, 0)));
    method(&step, "__next__", |vm, args| {
        let this = arg(&args, 0);
        match downcast::<AsyncGenStep>(&this).map(|s| s.send(vm, Value::None)) {
            Some(Ok(GenStep::Yield(v))) => Ok(v),
            Some(Ok(GenStep::Return(v))) => Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), vec![v]))),
            Some(Err(e)) => Err(e),
            None => Err(vm.type_error("not an async generator step")),
        }
    });
    method(&step, "send", |vm, args| {
        let this = arg(&args, 0);
        match downcast::<AsyncGenStep>(&this).map(|s| s.send(vm, arg(&args, 1))) {
            Some(Ok(GenStep::Yield(v))) => Ok(v),
            Some(Ok(GenStep::Return(v))) => Err(PyErr(vm.new_exception(&vm.types.stop_iteration.clone(), vec![v]))),
            Some(Err(e)) => Err(e),
            None => Err(vm.type_error("not an async generator step")),
        }
    });
    vm.builtins.borrow_mut().set_str("async_generator_asend", Value::Class(step));
    let anext = crate::lang::vm::new_class("anext_awaitable", vec![vm.types.object.clone()], crate::lang::value::Layout::Builtin);
    method(&anext, "__await__", |_, args| Ok(arg(&args, 0)));
    vm.builtins.borrow_mut().set_str("anext_awaitable", Value::Class(anext));
}
