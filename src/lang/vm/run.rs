//! The interpreter loop: fetch an instruction of the top frame, execute it, and handle the four
//! ways control leaves a frame (return, yield, raise, and a call pushing a new frame). Everything
//! an instruction does beyond moving values around is delegated to `ops`, `attr`, `call`, `iter`.

use std::rc::Rc;

use super::call::Prepared;
use super::frame::{Block, Ctx, Entry, Frame};
use super::{Exit, PyErr, PyResult, Vm};
use crate::lang::bytecode::{Op, RaiseKind};
use crate::lang::value::{GenState, GenStep, Value};

/// What an instruction asks the loop to do next.
pub(super) enum Flow {
    Next,
    Return(Value),
    Yield(Value),
    /// A builtin set `vm.pending`: stop the run after this instruction.
    Pending,
}

impl Vm {
    /// Runs `ctx` until it finishes, yields from its bottom frame, raises out of it, runs out of
    /// fuel, or a builtin requests host work. `inject` is raised in the top frame first (`throw`).
    pub fn run(&mut self, ctx: &mut Ctx, mut inject: Option<PyErr>) -> Exit {
        loop {
            let result = match inject.take() {
                Some(err) => Err(err),
                None => {
                    if self.fuel == 0 {
                        return Exit::OutOfFuel;
                    }
                    self.fuel -= 1;
                    self.step(ctx)
                }
            };
            let flow = match result {
                Ok(flow) => flow,
                Err(err) => match self.unwind(ctx, err) {
                    Ok(()) => continue,
                    Err(exit) => return exit,
                },
            };
            match flow {
                Flow::Next => {}
                Flow::Pending => return Exit::Pending,
                Flow::Return(value) => {
                    if let Some(exit) = self.frame_returned(ctx, value) {
                        return exit;
                    }
                }
                Flow::Yield(value) => {
                    if let Some(exit) = self.frame_yielded(ctx, value) {
                        return exit;
                    }
                }
            }
        }
    }

    /// The top frame returned `value`; deliver it according to how the frame was entered.
    fn frame_returned(&mut self, ctx: &mut Ctx, value: Value) -> Option<Exit> {
        let frame = self.pop_frame(ctx)?;
        if let Some(gen) = &frame.generator {
            *gen.state.borrow_mut() = GenState::Finished;
        }
        match frame.entry {
            Entry::Base | Entry::GenBase => Some(Exit::Return(value)),
            Entry::Call => {
                top(ctx).stack.push(value);
                self.recycle_frame(frame);
                None
            }
            Entry::Init(instance) => {
                if !value.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(&value));
                    let err = self.new_error(&self.types.type_error.clone(), &msg);
                    return self.unwind(ctx, err).err();
                }
                top(ctx).stack.push(instance);
                None
            }
            Entry::ForIter(end) => {
                let below = top(ctx);
                below.stack.pop();
                below.pc = end as usize;
                None
            }
            Entry::Send(end) => {
                let below = top(ctx);
                below.stack.pop();
                below.stack.push(value);
                below.pc = end as usize;
                None
            }
            Entry::ClassBody { name, bases, kwargs, namespace } => {
                match self.build_class(name, bases, kwargs, namespace, value) {
                    Ok(class) => {
                        top(ctx).stack.push(class);
                        None
                    }
                    Err(err) => self.unwind(ctx, err).err(),
                }
            }
        }
    }

    /// The top frame (a generator's) yielded `value`: park the frame in its generator and hand the
    /// value to whoever resumed it.
    fn frame_yielded(&mut self, ctx: &mut Ctx, value: Value) -> Option<Exit> {
        let Some(mut frame) = self.pop_frame(ctx) else {
            return Some(Exit::Error(self.internal("yield with no frame")));
        };
        let entry = std::mem::replace(&mut frame.entry, Entry::Call);
        match &frame.generator {
            Some(gen) => {
                let gen = gen.clone();
                *gen.state.borrow_mut() = GenState::Suspended(frame);
            }
            None => return Some(Exit::Error(self.internal("yield outside a generator frame"))),
        }
        match entry {
            Entry::GenBase => Some(Exit::Yield(value)),
            Entry::ForIter(_) | Entry::Send(_) => {
                top(ctx).stack.push(value);
                None
            }
            _ => Some(Exit::Error(self.internal("generator frame entered as a call"))),
        }
    }

    /// An exception in the top frame: jump to its handler, or pop frames until one handles it.
    /// Returns `Err(exit)` if it leaves the context.
    fn unwind(&mut self, ctx: &mut Ctx, err: PyErr) -> Result<(), Exit> {
        let mut err = err;
        loop {
            let Some(frame) = ctx.frames.last_mut() else { return Err(Exit::Error(err)) };
            self.add_traceback(&err, frame);
            if let Some(block) = frame.blocks.pop() {
                frame.stack.truncate(block.depth as usize);
                frame.handled.truncate(block.handled as usize);
                frame.handled.push(err.0.clone());
                frame.stack.push(err.0);
                frame.pc = block.handler as usize;
                return Ok(());
            }
            let Some(frame) = self.pop_frame(ctx) else { return Err(Exit::Error(err)) };
            if let Some(gen) = &frame.generator {
                *gen.state.borrow_mut() = GenState::Finished;
                err = self.generator_error(gen, err);
            }
            match frame.entry {
                Entry::Base | Entry::GenBase => return Err(Exit::Error(err)),
                Entry::ForIter(_) | Entry::Send(_) | Entry::Call | Entry::Init(_) | Entry::ClassBody { .. } => {}
            }
        }
    }

    /// Resume a generator frame on `ctx` (pushing `sent` at its resume point), entered as `entry`.
    pub(super) fn resume_into(&mut self, ctx: &mut Ctx, gen: &Rc<crate::lang::value::Generator>, sent: Value, entry: Entry) -> PyResult<()> {
        let state = std::mem::replace(&mut *gen.state.borrow_mut(), GenState::Running);
        match state {
            GenState::Suspended(mut frame) => {
                if frame.pc > 0 {
                    frame.stack.push(sent);
                } else if !sent.is_none() {
                    *gen.state.borrow_mut() = GenState::Suspended(frame);
                    let msg = format!("can't send non-None value to a just-started {}", gen_noun(gen));
                    return Err(self.new_error(&self.types.type_error.clone(), &msg));
                }
                frame.entry = entry;
                frame.delegating = false;
                self.push_frame(ctx, frame)
            }
            GenState::Running => {
                *gen.state.borrow_mut() = GenState::Running;
                let msg = format!("{} already executing", gen_noun(gen));
                Err(self.new_error(&self.types.value_error.clone(), &msg))
            }
            GenState::Finished => {
                *gen.state.borrow_mut() = GenState::Finished;
                Err(self.stop_iteration_for(gen))
            }
        }
    }

    fn step(&mut self, ctx: &mut Ctx) -> PyResult<Flow> {
        let frame = top(ctx);
        let Some(&op) = frame.code.ops.get(frame.pc) else {
            return Err(self.internal("ran past the end of the code"));
        };
        frame.pc += 1;
        match op {
            Op::Nop => {}
            Op::Pop => {
                frame.stack.pop();
            }
            Op::Dup => {
                let v = peek(frame, 0)?;
                frame.stack.push(v);
            }
            Op::Dup2 => {
                let a = peek(frame, 1)?;
                let b = peek(frame, 0)?;
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Op::Rot2 => {
                let n = frame.stack.len();
                if n < 2 {
                    return Err(self.internal("stack underflow"));
                }
                frame.stack.swap(n - 1, n - 2);
            }
            Op::Rot3 | Op::Rot4 => {
                let k = if op == Op::Rot3 { 3 } else { 4 };
                let n = frame.stack.len();
                if n < k {
                    return Err(self.internal("stack underflow"));
                }
                frame.stack[n - k..].rotate_right(1);
            }
            Op::LoadConst(i) => {
                let v = frame.code.consts[i as usize].clone();
                frame.stack.push(v);
            }
            Op::LoadFast(i) => match &frame.fast[i as usize] {
                Some(v) => {
                    let v = v.clone();
                    frame.stack.push(v);
                }
                None => {
                    let name = frame.code.varnames[i as usize].clone();
                    let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
                    return Err(self.new_error(&self.types.unbound_local_error.clone(), &msg));
                }
            },
            Op::StoreFast(i) => {
                let v = pop(frame)?;
                frame.fast[i as usize] = Some(v);
            }
            Op::DeleteFast(i) => {
                if frame.fast[i as usize].take().is_none() {
                    let name = frame.code.varnames[i as usize].clone();
                    let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
                    return Err(self.new_error(&self.types.unbound_local_error.clone(), &msg));
                }
            }
            Op::LoadDeref(i) => {
                let v = frame.cells[i as usize].borrow().clone();
                match v {
                    Some(v) => frame.stack.push(v),
                    None => return Err(self.unbound_cell(frame, i)),
                }
            }
            Op::StoreDeref(i) => {
                let v = pop(frame)?;
                *frame.cells[i as usize].borrow_mut() = Some(v);
            }
            Op::DeleteDeref(i) => {
                if frame.cells[i as usize].borrow_mut().take().is_none() {
                    return Err(self.unbound_cell(frame, i));
                }
            }
            Op::LoadClosure(i) => {
                let cell = frame.cells[i as usize].clone();
                frame.stack.push(Value::Cell(cell));
            }
            Op::LoadClassDeref(i) => {
                let name = frame.code.freevars[i as usize - frame.code.cellvars.len()].clone();
                let local = frame.locals.as_ref().and_then(|l| l.borrow().get_str(&name));
                let v = match local {
                    Some(v) => v,
                    None => match frame.cells[i as usize].borrow().clone() {
                        Some(v) => v,
                        None => return Err(self.unbound_cell(frame, i)),
                    },
                };
                frame.stack.push(v);
            }
            Op::LoadGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = frame.globals.borrow().get_str(&name).or_else(|| self.builtins.borrow().get_str(&name));
                match v {
                    Some(v) => frame.stack.push(v),
                    None => return Err(self.name_error(&name)),
                }
            }
            Op::StoreGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = pop(frame)?;
                frame.globals.borrow_mut().set_str(&name, v);
            }
            Op::DeleteGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                if frame.globals.borrow_mut().del_str(&name).is_none() {
                    return Err(self.name_error(&name));
                }
            }
            Op::LoadName(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = frame
                    .locals
                    .as_ref()
                    .and_then(|l| l.borrow().get_str(&name))
                    .or_else(|| frame.globals.borrow().get_str(&name))
                    .or_else(|| self.builtins.borrow().get_str(&name));
                match v {
                    Some(v) => frame.stack.push(v),
                    None => return Err(self.name_error(&name)),
                }
            }
            Op::StoreName(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = pop(frame)?;
                let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                ns.borrow_mut().set_str(&name, v);
            }
            Op::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                let removed = ns.borrow_mut().del_str(&name);
                if removed.is_none() {
                    return Err(self.name_error(&name));
                }
            }
            Op::LoadAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = pop(frame)?;
                return self.load_attr_op(ctx, obj, name);
            }
            Op::StoreAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = pop(frame)?;
                let value = pop(frame)?;
                self.set_attr(&obj, &name, value)?;
            }
            Op::DeleteAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = pop(frame)?;
                self.del_attr(&obj, &name)?;
            }
            Op::Subscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                return self.subscr_op(ctx, obj, key);
            }
            Op::StoreSubscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                let value = pop(frame)?;
                self.set_item(&obj, key, value)?;
            }
            Op::DeleteSubscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                self.del_item(&obj, key)?;
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { pop(frame)? } else { Value::None };
                let stop = pop(frame)?;
                let start = pop(frame)?;
                frame.stack.push(Value::Slice(Rc::new(crate::lang::value::Slice { start, stop, step })));
            }
            Op::Unary(u) => {
                let a = pop(frame)?;
                let r = self.unary(u, a)?;
                top(ctx).stack.push(r);
            }
            Op::Binary(b) => {
                let rhs = pop(frame)?;
                let lhs = pop(frame)?;
                let r = self.binary(b, lhs, rhs)?;
                top(ctx).stack.push(r);
            }
            Op::Inplace(b) => {
                let rhs = pop(frame)?;
                let lhs = pop(frame)?;
                let r = self.inplace(b, lhs, rhs)?;
                top(ctx).stack.push(r);
            }
            Op::Compare(c) => {
                let rhs = pop(frame)?;
                let lhs = pop(frame)?;
                let r = self.compare(c, lhs, rhs)?;
                top(ctx).stack.push(r);
            }
            Op::Is(neg) => {
                let rhs = pop(frame)?;
                let lhs = pop(frame)?;
                frame.stack.push(Value::Bool(lhs.is(&rhs) != neg));
            }
            Op::Contains(neg) => {
                let container = pop(frame)?;
                let item = pop(frame)?;
                let r = self.contains(&container, &item)?;
                top(ctx).stack.push(Value::Bool(r != neg));
            }
            Op::Jump(t) => frame.pc = t as usize,
            Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                let v = pop(frame)?;
                let truth = self.truthy(&v)?;
                if truth == matches!(op, Op::JumpIfTrue(_)) {
                    top(ctx).pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                let v = peek(frame, 0)?;
                let truth = self.truthy(&v)?;
                let frame = top(ctx);
                if truth == matches!(op, Op::JumpIfTrueOrPop(_)) {
                    frame.pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Op::BuildTuple(n) => {
                let items = pop_n(frame, n)?;
                frame.stack.push(Value::tuple(items));
            }
            Op::BuildList(n) => {
                let items = pop_n(frame, n)?;
                frame.stack.push(Value::list(items));
            }
            Op::BuildSet(n) => {
                let items = pop_n(frame, n)?;
                let set = self.new_set(items)?;
                top(ctx).stack.push(set);
            }
            Op::BuildMap(n) => {
                let items = pop_n(frame, 2 * n)?;
                let dict = self.new_dict_from_pairs(items)?;
                top(ctx).stack.push(dict);
            }
            Op::BuildString(n) => {
                let items = pop_n(frame, n)?;
                let mut s = String::new();
                for item in &items {
                    if let Value::Str(part) = item {
                        s.push_str(part);
                    }
                }
                frame.stack.push(Value::str(&s));
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(pop(frame)?) } else { None };
                let value = pop(frame)?;
                let r = self.format_value(value, flags & 3, spec)?;
                top(ctx).stack.push(r);
            }
            Op::ListAppend(d) | Op::SetAdd(d) => {
                let v = pop(frame)?;
                let target = peek(frame, d as usize - 1)?;
                match (&target, op) {
                    (Value::List(l), Op::ListAppend(_)) => l.borrow_mut().push(v),
                    (Value::Set(_), Op::SetAdd(_)) => self.set_add(&target, v)?,
                    _ => return Err(self.internal("bad comprehension target")),
                }
            }
            Op::MapAdd(d) => {
                let v = pop(frame)?;
                let k = pop(frame)?;
                let target = peek(frame, d as usize - 1)?;
                self.set_item(&target, k, v)?;
            }
            Op::ListExtend(d) | Op::SetUpdate(d) => {
                let iterable = pop(frame)?;
                let target = peek(frame, d as usize - 1)?;
                let items = self.collect(&iterable)?;
                match &target {
                    Value::List(l) => l.borrow_mut().extend(items),
                    Value::Set(_) => {
                        for item in items {
                            self.set_add(&target, item)?;
                        }
                    }
                    _ => return Err(self.internal("bad extend target")),
                }
            }
            Op::DictUpdate(d) | Op::DictMerge(d) => {
                let mapping = pop(frame)?;
                let target = peek(frame, d as usize - 1)?;
                self.dict_update(&target, &mapping, matches!(op, Op::DictMerge(_)))?;
            }
            Op::ListToTuple => {
                let v = pop(frame)?;
                let items = match &v {
                    Value::List(l) => l.borrow().clone(),
                    _ => return Err(self.internal("ListToTuple on a non-list")),
                };
                frame.stack.push(Value::tuple(items));
            }
            Op::UnpackSequence(n) => {
                let seq = pop(frame)?;
                let items = self.unpack(&seq, n as usize, None)?;
                top(ctx).stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx(arg) => {
                let seq = pop(frame)?;
                let (before, after) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                let items = self.unpack(&seq, before, Some(after))?;
                top(ctx).stack.extend(items.into_iter().rev());
            }
            Op::GetIter => {
                let v = pop(frame)?;
                let it = self.get_iter(&v)?;
                top(ctx).stack.push(it);
            }
            Op::ForIter(end) => {
                let it = peek(frame, 0)?;
                return self.for_iter(ctx, it, end);
            }
            Op::GetAwaitable(_) => {
                let v = pop(frame)?;
                let it = self.get_awaitable(v)?;
                top(ctx).stack.push(it);
            }
            Op::GetYieldFromIter => {
                let v = pop(frame)?;
                let it = match &v {
                    Value::Gen(_) => v,
                    _ => self.get_iter(&v)?,
                };
                top(ctx).stack.push(it);
            }
            Op::GetAIter => {
                let v = pop(frame)?;
                let it = self.get_aiter(v)?;
                top(ctx).stack.push(it);
            }
            Op::GetANext => {
                let it = peek(frame, 0)?;
                let aw = self.get_anext(it)?;
                let aw = self.get_awaitable(aw)?;
                top(ctx).stack.push(aw);
            }
            Op::EndAsyncFor => {
                let exc = pop(frame)?;
                let stop = self.types.stop_async_iteration.clone();
                if self.isinstance_class(&exc, &stop) {
                    let frame = top(ctx);
                    frame.stack.pop(); // the async iterator
                    frame.handled.pop();
                } else {
                    return Err(PyErr(exc));
                }
            }
            Op::Send(end) => {
                let value = pop(frame)?;
                let sub = peek(frame, 0)?;
                return self.send_op(ctx, sub, value, end);
            }
            Op::YieldValue(kind) => {
                let v = pop(frame)?;
                frame.delegating = kind == 1;
                let v = if kind == 2 { Value::Native(Rc::new(crate::lang::vm::AsyncGenValue(v))) } else { v };
                return Ok(Flow::Yield(v));
            }
            Op::Return => {
                let v = pop(frame)?;
                return Ok(Flow::Return(v));
            }
            Op::Call(n) => {
                let args = pop_n(frame, n)?;
                let callable = pop(frame)?;
                return self.call_op(ctx, callable, super::Args::positional(args));
            }
            Op::CallKw(n) => {
                let names = pop(frame)?;
                let mut args = pop_n(frame, n)?;
                let callable = pop(frame)?;
                let Value::Tuple(names) = names else { return Err(self.internal("CallKw without names")) };
                let kw_values = args.split_off(args.len() - names.len());
                let kwargs = names
                    .iter()
                    .zip(kw_values)
                    .map(|(k, v)| match k {
                        Value::Str(s) => (s.clone(), v),
                        _ => (Rc::from("?"), v),
                    })
                    .collect();
                return self.call_op(ctx, callable, super::Args { args, kwargs });
            }
            Op::CallEx(has_kw) => {
                let kwargs = if has_kw == 1 { Some(pop(frame)?) } else { None };
                let args = pop(frame)?;
                let callable = pop(frame)?;
                let args = self.call_ex_args(&callable, args, kwargs)?;
                return self.call_op(ctx, callable, args);
            }
            Op::MakeFunction(flags) => {
                let code = pop(frame)?;
                let closure = if flags & 4 != 0 { Some(pop(frame)?) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(pop(frame)?) } else { None };
                let defaults = if flags & 1 != 0 { Some(pop(frame)?) } else { None };
                let globals = frame.globals.clone();
                let f = self.make_function(code, globals, defaults, kwdefaults, closure)?;
                top(ctx).stack.push(f);
            }
            Op::BuildClass(name) => {
                let name = match &frame.code.consts[name as usize] {
                    Value::Str(s) => s.clone(),
                    _ => return Err(self.internal("class name is not a str")),
                };
                let body = pop(frame)?;
                let kwargs = pop(frame)?;
                let bases = pop(frame)?;
                return self.class_body_op(ctx, name, bases, kwargs, body);
            }
            Op::SetupExcept(handler) => {
                let block = Block { handler, depth: frame.stack.len() as u32, handled: frame.handled.len() as u32 };
                frame.blocks.push(block);
            }
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::PopExcept => {
                frame.handled.pop();
            }
            Op::Raise(kind) => return Err(self.raise_op(ctx, kind)),
            Op::Reraise => {
                let exc = pop(frame)?;
                return Err(PyErr(exc));
            }
            Op::CheckExcMatch => {
                let class = pop(frame)?;
                let exc = peek(frame, 0)?;
                let m = self.exception_matches(&exc, &class)?;
                top(ctx).stack.push(Value::Bool(m));
            }
            Op::CheckEgMatch => {
                let class = pop(frame)?;
                let group = pop(frame)?;
                let (rest, matched) = self.exception_group_match(&group, &class)?;
                let frame = top(ctx);
                frame.stack.push(rest);
                frame.stack.push(matched);
            }
            Op::PrepReraiseStar => {
                let raised = pop(frame)?;
                let rest = pop(frame)?;
                if let Some(err) = self.prep_reraise_star(rest, raised)? {
                    return Err(err);
                }
            }
            Op::BeforeWith(is_async) => {
                let mgr = pop(frame)?;
                let (exit, enter) = if is_async == 1 { ("__aexit__", "__aenter__") } else { ("__exit__", "__enter__") };
                let exit_m = self.get_special(&mgr, exit)?;
                let enter_m = self.get_special(&mgr, enter)?;
                top(ctx).stack.push(exit_m);
                return self.call_op(ctx, enter_m, super::Args::positional(vec![]));
            }
            Op::WithExceptStart => {
                let exc = peek(frame, 0)?;
                let exit = peek(frame, 1)?;
                let ty = Value::Class(self.type_of(&exc));
                let tb = Value::None;
                return self.call_op(ctx, exit, super::Args::positional(vec![ty, exc, tb]));
            }
            Op::ImportName(arg) => {
                let name = pop(frame)?;
                let fromlist = frame.code.consts[(arg & 0xff_ffff) as usize].clone();
                let m = self.import(&name, &fromlist, arg >> 24)?;
                top(ctx).stack.push(m);
            }
            Op::ImportFrom(i) => {
                let name = frame.code.names[i as usize].clone();
                let module = peek(frame, 0)?;
                let v = self.import_from(&module, &name)?;
                top(ctx).stack.push(v);
            }
            Op::ImportStar => {
                let module = pop(frame)?;
                let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                self.import_star(&module, &ns)?;
            }
            Op::LoadAssertionError => {
                frame.stack.push(Value::Class(self.types.assertion_error.clone()));
            }
        }
        if self.pending.is_some() {
            return Ok(Flow::Pending);
        }
        Ok(Flow::Next)
    }

    /// `Send`: resume the sub-iterator of a `yield from`/`await` with `value`.
    fn send_op(&mut self, ctx: &mut Ctx, sub: Value, value: Value, end: u32) -> PyResult<Flow> {
        match &sub {
            Value::Gen(g) => {
                let g = g.clone();
                self.resume_into(ctx, &g, value, Entry::Send(end))?;
                Ok(Flow::Next)
            }
            _ => {
                let step = self.send_to(&sub, value)?;
                let frame = top(ctx);
                match step {
                    GenStep::Yield(v) => frame.stack.push(v),
                    GenStep::Return(v) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.pc = end as usize;
                    }
                }
                Ok(Flow::Next)
            }
        }
    }

    fn call_op(&mut self, ctx: &mut Ctx, callable: Value, args: super::Args) -> PyResult<Flow> {
        match self.prepare_call(callable, args)? {
            Prepared::Done(v) => {
                top(ctx).stack.push(v);
                if self.pending.is_some() {
                    return Ok(Flow::Pending);
                }
            }
            Prepared::Frame(mut f) => {
                f.entry = Entry::Call;
                self.push_frame(ctx, f)?;
            }
            Prepared::Init(mut f, instance) => {
                f.entry = Entry::Init(instance);
                self.push_frame(ctx, f)?;
            }
        }
        Ok(Flow::Next)
    }

    fn load_attr_op(&mut self, ctx: &mut Ctx, obj: Value, name: Rc<str>) -> PyResult<Flow> {
        match self.get_attr_prepared(&obj, &name)? {
            Prepared::Done(v) => top(ctx).stack.push(v),
            Prepared::Frame(mut f) => {
                f.entry = Entry::Call;
                self.push_frame(ctx, f)?;
            }
            Prepared::Init(..) => return Err(self.internal("attribute access built an instance")),
        }
        Ok(Flow::Next)
    }

    fn subscr_op(&mut self, ctx: &mut Ctx, obj: Value, key: Value) -> PyResult<Flow> {
        if let Value::Instance(_) = &obj {
            if let Some(method) = self.lookup_special(&obj, "__getitem__") {
                return self.call_op(ctx, method, super::Args::positional(vec![key]));
            }
        }
        let v = self.get_item(&obj, key)?;
        top(ctx).stack.push(v);
        Ok(Flow::Next)
    }

    fn for_iter(&mut self, ctx: &mut Ctx, it: Value, end: u32) -> PyResult<Flow> {
        match &it {
            Value::Gen(g) if g.kind == crate::lang::value::GenKind::Generator => {
                let g = g.clone();
                self.resume_into(ctx, &g, Value::None, Entry::ForIter(end)).or_else(|err| {
                    if self.isinstance_class(&err.0, &self.types.stop_iteration.clone()) {
                        let frame = top(ctx);
                        frame.stack.pop();
                        frame.pc = end as usize;
                        Ok(())
                    } else {
                        Err(err)
                    }
                })?;
            }
            _ => match self.next(&it)? {
                Some(v) => top(ctx).stack.push(v),
                None => {
                    let frame = top(ctx);
                    frame.stack.pop();
                    frame.pc = end as usize;
                }
            },
        }
        Ok(Flow::Next)
    }

    fn class_body_op(&mut self, ctx: &mut Ctx, name: Rc<str>, bases: Value, kwargs: Value, body: Value) -> PyResult<Flow> {
        let Value::Function(func) = body else { return Err(self.internal("class body is not a function")) };
        let bases = match bases {
            Value::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwargs = match kwargs {
            Value::Dict(d) => d
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| (match k {
                    Value::Str(s) => s,
                    _ => Rc::from("?"),
                }, v))
                .collect(),
            _ => Vec::new(),
        };
        let namespace = self.new_module_dict_for_class(&func, &name);
        let mut frame = Frame::new(func.code.clone(), func.globals.clone(), Some(namespace.clone()));
        frame.cells = self.make_cells(&func.code, &func.closure, &[]);
        frame.entry = Entry::ClassBody { name, bases, kwargs, namespace };
        self.push_frame(ctx, frame)?;
        Ok(Flow::Next)
    }

    fn raise_op(&mut self, ctx: &mut Ctx, kind: RaiseKind) -> PyErr {
        let frame = top(ctx);
        match kind {
            RaiseKind::Reraise => match self.current_handled(ctx) {
                Some(exc) => PyErr(exc),
                None => self.new_error(&self.types.runtime_error.clone(), "No active exception to reraise"),
            },
            RaiseKind::Raise | RaiseKind::RaiseFrom => {
                let cause = if kind == RaiseKind::RaiseFrom { frame.stack.pop() } else { None };
                let Some(exc) = frame.stack.pop() else { return self.internal("raise with empty stack") };
                match self.make_raisable(exc, cause) {
                    Ok(err) => {
                        self.set_context(&err, ctx);
                        err
                    }
                    Err(err) => err,
                }
            }
        }
    }

    /// The exception being handled (`sys.exc_info()`): innermost `except` of the nearest frame.
    pub(super) fn current_handled(&self, ctx: &Ctx) -> Option<Value> {
        ctx.frames.iter().rev().find_map(|f| f.handled.last().cloned())
    }

    fn unbound_cell(&mut self, frame: &Frame, i: u32) -> PyErr {
        let ncell = frame.code.cellvars.len();
        let (name, free) = if (i as usize) < ncell {
            (frame.code.cellvars[i as usize].clone(), false)
        } else {
            (frame.code.freevars[i as usize - ncell].clone(), true)
        };
        if free {
            let msg = format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
            self.new_error(&self.types.name_error.clone(), &msg)
        } else {
            let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
            self.new_error(&self.types.unbound_local_error.clone(), &msg)
        }
    }
}

fn gen_noun(gen: &crate::lang::value::Generator) -> &'static str {
    match gen.kind {
        crate::lang::value::GenKind::Generator => "generator",
        crate::lang::value::GenKind::Coroutine => "coroutine",
        crate::lang::value::GenKind::AsyncGenerator => "async generator",
    }
}

fn top(ctx: &mut Ctx) -> &mut Frame {
    // The loop only steps when a frame exists; callers that pop check for emptiness themselves.
    ctx.frames.last_mut().map(|b| &mut **b).expect("a frame is running")
}

fn pop(frame: &mut Frame) -> PyResult<Value> {
    frame.stack.pop().ok_or_else(|| PyErr(Value::str("internal error: stack underflow")))
}

fn peek(frame: &Frame, depth: usize) -> PyResult<Value> {
    let n = frame.stack.len();
    if depth < n {
        Ok(frame.stack[n - 1 - depth].clone())
    } else {
        Err(PyErr(Value::str("internal error: stack underflow")))
    }
}

fn pop_n(frame: &mut Frame, n: u32) -> PyResult<Vec<Value>> {
    let n = n as usize;
    if frame.stack.len() < n {
        return Err(PyErr(Value::str("internal error: stack underflow")));
    }
    Ok(frame.stack.split_off(frame.stack.len() - n))
}
