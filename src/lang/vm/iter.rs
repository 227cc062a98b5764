//! Iteration: `iter()`/`next()` for every iterable, the native iterator objects behind builtin
//! containers, generator resumption from Rust (`send`, `throw`, `close`), unpacking, and the
//! awaitable / async-iterator protocols used by `await` and `async for`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::frame::{Ctx, Entry};
use super::{Args, Exit, PyErr, PyResult, Vm};
use crate::lang::value::{Class, GenKind, GenState, GenStep, Generator, Native, Value};

/// Iterator over a snapshot-free sequence (list, tuple, str, bytes, range, dict views).
pub struct SeqIter {
    pub seq: Value,
    pub pos: Cell<usize>,
    /// Dicts: the size at creation, to detect mutation during iteration.
    pub size: usize,
    pub kind: IterKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Items,
    Keys,
    Values,
    Elements,
}

impl Native for SeqIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.iterator_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let i = self.pos.get();
        let item = match &self.seq {
            Value::List(l) => l.borrow().get(i).cloned(),
            Value::Tuple(t) => t.get(i).cloned(),
            Value::Str(s) => {
                // Position counts bytes here so that iteration stays O(1) per char.
                let rest = s.get(i..).unwrap_or("");
                match rest.chars().next() {
                    Some(c) => {
                        self.pos.set(i + c.len_utf8());
                        return Ok(Some(Value::str(c.encode_utf8(&mut [0; 4]))));
                    }
                    None => None,
                }
            }
            Value::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
            Value::Range(r) => (i < r.len() as usize).then(|| Value::Int(r.get(i as i64))),
            Value::Dict(d) | Value::Set(d) => {
                let d = d.borrow();
                if d.len() != self.size {
                    let what = if matches!(self.seq, Value::Set(_)) { "set" } else { "dictionary" };
                    return Err(vm.new_error(&vm.types.runtime_error.clone(), &format!("{what} changed size during iteration")));
                }
                match d.nth_slot(i) {
                    Some((slot, (k, v))) => {
                        self.pos.set(slot + 1);
                        return Ok(Some(match self.kind {
                            IterKind::Keys | IterKind::Elements => k.key.clone(),
                            IterKind::Values => v.clone(),
                            IterKind::Items => Value::tuple(vec![k.key.clone(), v.clone()]),
                        }));
                    }
                    None => None,
                }
            }
            Value::FrozenSet(d) => match d.nth_slot(i) {
                Some((slot, (k, _))) => {
                    self.pos.set(slot + 1);
                    return Ok(Some(k.key.clone()));
                }
                None => None,
            },
            _ => None,
        };
        if item.is_some() {
            self.pos.set(i + 1);
        }
        Ok(item)
    }
}

/// `iter(callable, sentinel)` and iterators over objects with only `__getitem__`.
pub struct CallIter {
    pub func: Value,
    pub sentinel: Option<Value>,
    pub index: Cell<i64>,
    pub done: Cell<bool>,
}

impl Native for CallIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.iterator_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        match &self.sentinel {
            Some(sentinel) => {
                let v = vm.call0(&self.func)?;
                if vm.eq(&v, sentinel)? {
                    self.done.set(true);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            None => {
                let i = self.index.get();
                self.index.set(i + 1);
                match vm.call1(&self.func, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.isinstance_class(&e.0, &vm.types.index_error.clone())
                        || vm.isinstance_class(&e.0, &vm.types.stop_iteration.clone()) => {
                        self.done.set(true);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

/// A Rust closure as an iterator (map, filter, zip, enumerate, ... are built from these).
pub struct FnIter {
    pub name: &'static str,
    pub next: RefCell<Box<dyn FnMut(&mut Vm) -> PyResult<Option<Value>>>>,
}

impl Native for FnIter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class(self.name)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut f = self.next.borrow_mut();
        f(vm)
    }
}

impl Vm {
    pub fn fn_iter(&self, name: &'static str, f: impl FnMut(&mut Vm) -> PyResult<Option<Value>> + 'static) -> Value {
        Value::Native(Rc::new(FnIter { name, next: RefCell::new(Box::new(f)) }))
    }

    pub fn iter_over(&self, seq: Value, kind: IterKind) -> Value {
        let size = match &seq {
            Value::Dict(d) | Value::Set(d) => d.borrow().len(),
            _ => 0,
        };
        Value::Native(Rc::new(SeqIter { seq, pos: Cell::new(0), size, kind }))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
                self.iter_over(v.clone(), IterKind::Elements)
            }
            Value::Dict(_) => self.iter_over(v.clone(), IterKind::Keys),
            Value::Set(_) | Value::FrozenSet(_) => self.iter_over(v.clone(), IterKind::Elements),
            Value::Gen(g) if g.kind == GenKind::Generator => v.clone(),
            Value::Native(n) if n.is_iterator() => v.clone(),
            _ => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    let it = self.call0(&m)?;
                    if !self.is_iterator(&it) {
                        let msg = format!("iter() returned non-iterator of type '{}'", self.type_name(&it));
                        return Err(self.type_error(&msg));
                    }
                    return Ok(it);
                }
                if let Some(m) = self.lookup_special(v, "__getitem__") {
                    return Ok(Value::Native(Rc::new(CallIter { func: m, sentinel: None, index: Cell::new(0), done: Cell::new(false) })));
                }
                let msg = format!("'{}' object is not iterable", self.type_name(v));
                return Err(self.type_error(&msg));
            }
        })
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Gen(g) => g.kind == GenKind::Generator,
            Value::Native(n) => n.is_iterator() || self.lookup_special(v, "__next__").is_some(),
            _ => self.lookup_special(v, "__next__").is_some(),
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Native(n) if n.is_iterator() => {
                let n = n.clone();
                n.next(self)
            }
            Value::Gen(g) => {
                let g = g.clone();
                if matches!(&*g.state.borrow(), GenState::Finished) && g.kind == GenKind::Generator {
                    return Ok(None);
                }
                match self.gen_resume(&g, Value::None, None)? {
                    GenStep::Yield(v) => Ok(Some(v)),
                    GenStep::Return(_) => Ok(None),
                }
            }
            _ => match self.lookup_special(it, "__next__") {
                Some(m) => match self.call0(&m) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance_class(&e.0, &self.types.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                },
                None => {
                    let msg = format!("'{}' object is not an iterator", self.type_name(it));
                    Err(self.type_error(&msg))
                }
            },
        }
    }

    /// Every item of an iterable, as a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            out.push(item);
            if out.len() > self.limits.max_container {
                return Err(self.new_error(&self.types.memory_error.clone(), ""));
            }
        }
        Ok(out)
    }

    /// Unpacking for assignment: exactly `n` items, or `n` before a starred list and `after` after.
    pub(crate) fn unpack(&mut self, seq: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Dict(_) | Value::Gen(_) | Value::Native(_) | Value::Instance(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Bytes(_) => self.collect(seq)?,
            _ => {
                let msg = format!("cannot unpack non-iterable {} object", self.type_name(seq));
                return Err(self.type_error(&msg));
            }
        };
        match after {
            None => {
                if items.len() != n {
                    let msg = if items.len() > n {
                        format!("too many values to unpack (expected {n})")
                    } else {
                        format!("not enough values to unpack (expected {n}, got {})", items.len())
                    };
                    return Err(self.value_error(&msg));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    let msg = format!("not enough values to unpack (expected at least {}, got {})", n + after, items.len());
                    return Err(self.value_error(&msg));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// Resume a generator from Rust: send `value`, or throw `exc` into it.
    pub fn gen_resume(&mut self, gen: &Rc<Generator>, value: Value, exc: Option<PyErr>) -> PyResult<GenStep> {
        let mut ctx = Ctx::default();
        if let Some(exc) = exc {
            return self.gen_throw_into(gen, exc);
        }
        self.resume_into(&mut ctx, gen, value, Entry::GenBase)?;
        self.run_gen_ctx(ctx, None)
    }

    fn run_gen_ctx(&mut self, mut ctx: Ctx, inject: Option<PyErr>) -> PyResult<GenStep> {
        self.nested += 1;
        let fuel = std::mem::replace(&mut self.fuel, u64::MAX);
        let exit = self.run(&mut ctx, inject);
        self.fuel = fuel;
        self.nested -= 1;
        while self.pop_frame(&mut ctx).is_some() {}
        match exit {
            Exit::Yield(v) => Ok(GenStep::Yield(v)),
            Exit::Return(v) => Ok(GenStep::Return(v)),
            Exit::Error(e) => Err(e),
            Exit::OutOfFuel => Err(self.internal("generator out of fuel")),
            Exit::Pending => {
                self.pending = None;
                Err(self.new_error(&self.types.runtime_error.clone(), "a blocking call is not supported here"))
            }
        }
    }

    /// `gen.throw(exc)`: raised at the generator's suspension point (or into what it delegates to).
    pub fn gen_throw_into(&mut self, gen: &Rc<Generator>, exc: PyErr) -> PyResult<GenStep> {
        let state = std::mem::replace(&mut *gen.state.borrow_mut(), GenState::Running);
        let mut frame = match state {
            GenState::Suspended(frame) => frame,
            other => {
                *gen.state.borrow_mut() = other;
                return Err(exc);
            }
        };
        let mut ctx = Ctx::default();
        if frame.delegating {
            // Throw into the sub-iterator first; if it handles the exception, its result flows on.
            let sub = frame.stack.last().cloned().unwrap_or(Value::None);
            frame.entry = Entry::GenBase;
            match &sub {
                Value::Gen(g) => {
                    let g = g.clone();
                    self.push_frame(&mut ctx, frame)?;
                    return match self.gen_throw_into(&g, exc) {
                        Ok(GenStep::Yield(v)) => {
                            // The delegate yielded: so does this generator, still delegating.
                            if let Some(mut f) = self.pop_frame(&mut ctx) {
                                f.delegating = true;
                                *gen.state.borrow_mut() = GenState::Suspended(f);
                            }
                            Ok(GenStep::Yield(v))
                        }
                        Ok(GenStep::Return(v)) => {
                            // The delegate finished: resume this frame after its Send.
                            let send_end = self.send_end_target(&ctx);
                            if let Some(f) = ctx.frames.last_mut() {
                                f.stack.pop();
                                f.stack.push(v);
                                if let Some(end) = send_end {
                                    f.pc = end;
                                }
                            }
                            self.run_gen_ctx(ctx, None)
                        }
                        Err(e) => {
                            if let Some(f) = ctx.frames.last_mut() {
                                f.stack.pop();
                            }
                            self.run_gen_ctx(ctx, Some(e))
                        }
                    };
                }
                _ => {
                    if let Some(throw) = self.lookup_special(&sub, "throw") {
                        frame.entry = Entry::GenBase;
                        self.push_frame(&mut ctx, frame)?;
                        return match self.call1(&throw, exc.0.clone()) {
                            Ok(v) => {
                                if let Some(mut f) = self.pop_frame(&mut ctx) {
                                    f.delegating = true;
                                    *gen.state.borrow_mut() = GenState::Suspended(f);
                                }
                                Ok(GenStep::Yield(v))
                            }
                            Err(e) => {
                                if let Some(f) = ctx.frames.last_mut() {
                                    f.stack.pop();
                                }
                                self.run_gen_ctx(ctx, Some(e))
                            }
                        };
                    }
                }
            }
        }
        if frame.pc == 0 {
            // Not started: it finishes at once with the exception.
            *gen.state.borrow_mut() = GenState::Finished;
            return Err(exc);
        }
        frame.entry = Entry::GenBase;
        self.push_frame(&mut ctx, frame)?;
        self.run_gen_ctx(ctx, Some(exc))
    }

    /// After a delegate finished during `throw`, the delegating frame continues at its Send target.
    fn send_end_target(&self, ctx: &Ctx) -> Option<usize> {
        let f = ctx.frames.last()?;
        // The frame is suspended just after `YieldValue(1)`, whose loop jumps back to a Send.
        let mut pc = f.pc;
        while pc < f.code.ops.len() {
            if let crate::lang::bytecode::Op::Jump(t) = f.code.ops[pc] {
                if let Some(crate::lang::bytecode::Op::Send(end)) = f.code.ops.get(t as usize) {
                    return Some(*end as usize);
                }
            }
            pc += 1;
            if pc > f.pc + 2 {
                break;
            }
        }
        None
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Rc<Generator>) -> PyResult<Value> {
        if !matches!(&*gen.state.borrow(), GenState::Suspended(f) if f.pc > 0) {
            *gen.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        let exit = PyErr(self.new_exception(&self.types.generator_exit.clone(), vec![]));
        match self.gen_throw_into(gen, exit) {
            Ok(GenStep::Yield(_)) => Err(self.new_error(&self.types.runtime_error.clone(), "generator ignored GeneratorExit")),
            Ok(GenStep::Return(v)) => Ok(v),
            Err(e) if self.isinstance_class(&e.0, &self.types.generator_exit.clone())
                || self.isinstance_class(&e.0, &self.types.stop_iteration.clone()) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// `Send` on something that is not one of our generators (e.g. a future's `__await__` iterator).
    pub(crate) fn send_to(&mut self, sub: &Value, value: Value) -> PyResult<GenStep> {
        match sub {
            Value::Native(n) => {
                let n = n.clone();
                n.send(self, value)
            }
            Value::Gen(g) => {
                let g = g.clone();
                self.gen_resume(&g, value, None)
            }
            _ => {
                let r = if value.is_none() {
                    self.next(sub)?.map(GenStep::Yield)
                } else {
                    let send = self.get_attr(sub, "send")?;
                    match self.call1(&send, value) {
                        Ok(v) => Some(GenStep::Yield(v)),
                        Err(e) if self.isinstance_class(&e.0, &self.types.stop_iteration.clone()) => {
                            let v = self.exception_attr(&e.0, "value").unwrap_or(Value::None);
                            Some(GenStep::Return(v))
                        }
                        Err(e) => return Err(e),
                    }
                };
                Ok(r.unwrap_or(GenStep::Return(Value::None)))
            }
        }
    }

    /// `await v`: the iterator to delegate to.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                if g.started() && !matches!(&*g.state.borrow(), GenState::Suspended(_)) {
                    return Err(self.new_error(&self.types.runtime_error.clone(), "cannot reuse already awaited coroutine"));
                }
                g.awaited.set(true);
                Ok(v)
            }
            _ => match self.lookup_special(&v, "__await__") {
                Some(m) => {
                    let it = self.call0(&m)?;
                    if matches!(&it, Value::Gen(g) if g.kind == GenKind::Coroutine) {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                    Ok(it)
                }
                None => {
                    let msg = format!("object {} can't be used in 'await' expression", self.type_name(&v));
                    Err(self.type_error(&msg))
                }
            },
        }
    }

    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        match self.lookup_special(&v, "__aiter__") {
            Some(m) => self.call0(&m),
            None => {
                let msg = format!("'async for' requires an object with __aiter__ method, got {}", self.type_name(&v));
                Err(self.type_error(&msg))
            }
        }
    }

    pub(crate) fn get_anext(&mut self, it: Value) -> PyResult<Value> {
        match self.lookup_special(&it, "__anext__") {
            Some(m) => self.call0(&m),
            None => {
                let msg = format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", self.type_name(&it));
                Err(self.type_error(&msg))
            }
        }
    }

    /// Builds the builtin `iterator` class lazily.
    pub(crate) fn iterator_class(&self) -> Rc<Class> {
        self.builtins.borrow().get_str("__iterator_class__").and_then(|v| match v {
            Value::Class(c) => Some(c),
            _ => None,
        }).unwrap_or_else(|| self.types.object.clone())
    }

    pub(crate) fn named_iterator_class(&self, name: &str) -> Rc<Class> {
        match self.builtins.borrow().get_str(name) {
            Some(Value::Class(c)) => c,
            _ => self.iterator_class(),
        }
    }

    /// Calls `f(*args)` and returns it as `Args` helper for builtins.
    pub fn args(values: Vec<Value>) -> Args {
        Args::positional(values)
    }
}

/// `anext(it, default)`: awaits `it.__anext__()` and turns StopAsyncIteration into `default`.
pub struct AnextDefault {
    pub inner: Value,
    pub default: Value,
}

impl Native for AnextDefault {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.named_iterator_class("anext_awaitable")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn send(&self, vm: &mut Vm, value: Value) -> PyResult<GenStep> {
        match vm.send_to(&self.inner, value) {
            Err(e) if vm.isinstance_class(&e.0, &vm.types.stop_async_iteration.clone()) => Ok(GenStep::Return(self.default.clone())),
            other => other,
        }
    }
}

impl Vm {
    pub(crate) fn anext_with_default(&mut self, awaitable: Value, default: Value) -> PyResult<Value> {
        let inner = self.get_awaitable(awaitable)?;
        Ok(Value::Native(Rc::new(AnextDefault { inner, default })))
    }
}

impl Vm {
    /// Puts a suspended generator chain on `ctx` for a step of a task: sending `None`, or, with
    /// `throw`, delivering the exception to the innermost awaited generator. Returns the exception
    /// to raise in the top frame when the run starts.
    pub fn prepare_resume(&mut self, ctx: &mut Ctx, gen: &Rc<Generator>, throw: Option<PyErr>) -> PyResult<Option<PyErr>> {
        let Some(exc) = throw else {
            self.resume_into(ctx, gen, Value::None, Entry::GenBase)?;
            return Ok(None);
        };
        let mut current = gen.clone();
        let mut entry = Entry::GenBase;
        loop {
            let state = std::mem::replace(&mut *current.state.borrow_mut(), GenState::Running);
            let mut frame = match state {
                GenState::Suspended(f) => f,
                other => {
                    *current.state.borrow_mut() = other;
                    return if ctx.frames.is_empty() { Err(exc) } else { Ok(Some(exc)) };
                }
            };
            if frame.pc == 0 {
                *current.state.borrow_mut() = GenState::Finished;
                return if ctx.frames.is_empty() { Err(exc) } else { Ok(Some(exc)) };
            }
            frame.entry = entry;
            let delegating = std::mem::replace(&mut frame.delegating, false);
            let sub = if delegating { frame.stack.last().cloned() } else { None };
            let end = send_end(&frame);
            self.push_frame(ctx, frame)?;
            match (sub, end) {
                (Some(Value::Gen(g)), Some(end)) if matches!(&*g.state.borrow(), GenState::Suspended(_)) => {
                    current = g;
                    entry = Entry::Send(end as u32);
                }
                _ => return Ok(Some(exc)),
            }
        }
    }
}

/// For a frame suspended inside a `yield from`/`await` loop: the loop's exit target.
fn send_end(f: &crate::lang::vm::Frame) -> Option<usize> {
    for pc in f.pc..(f.pc + 3).min(f.code.ops.len()) {
        if let crate::lang::bytecode::Op::Jump(t) = f.code.ops[pc] {
            if let Some(crate::lang::bytecode::Op::Send(end)) = f.code.ops.get(t as usize) {
                return Some(*end as usize);
            }
        }
    }
    None
}
