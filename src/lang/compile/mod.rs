//! The compiler: AST → bytecode. One `CodeBuilder` per scope (module, function, lambda, class
//! body, comprehension); statements here, expressions in `expr`, scope analysis in `symtable`.
//!
//! Control flow that leaves a block early (`return`, `break`, `continue`) unwinds the blocks it
//! crosses at compile time, as CPython does: popping handler blocks, leaving `except` handlers,
//! calling `__exit__` of `with` blocks and inlining `finally` bodies.

mod expr;
mod symtable;

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use crate::lang::ast::*;
use crate::lang::bytecode::{Code, CodeFlags, Op, RaiseKind};
use crate::lang::source::LineIndex;
use crate::lang::value::Value;
use crate::lang::vm::CodeValue;
use symtable::{Access, ScopeKind, SymbolTable};

/// A construct the compiler rejects, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub span: Option<Span>,
}

impl CompileError {
    pub fn at(message: impl Into<String>, span: Span) -> CompileError {
        CompileError { message: message.into(), span: Some(span) }
    }

    pub fn plain(message: impl Into<String>) -> CompileError {
        CompileError { message: message.into(), span: None }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Compiles a parsed module.
pub fn compile_module(module: &Module, source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let table = SymbolTable::build(module)?;
    let mut c = Compiler {
        table,
        next_scope: 1,
        source: Rc::from(source),
        filename: Rc::from(filename),
        lines: LineIndex::new(source),
        units: Vec::new(),
    };
    c.units.push(Unit::new(0, "<module>".into(), "<module>".into()));
    for s in &module.body {
        c.stmt(s)?;
    }
    c.emit(Op::LoadConst(0));
    c.unit().consts[0] = Value::None;
    c.emit(Op::Return);
    let unit = c.units.pop().ok_or_else(|| CompileError::plain("no module unit"))?;
    Ok(c.finish(unit, CodeFlags { namespace: true, ..CodeFlags::default() }, 0, 0, 0, 1))
}

/// Compile-time record of an enclosing block, for `break`/`continue`/`return`.
#[derive(Clone)]
enum FBlock {
    /// A loop: `continue` jumps to `start`; `break` patches recorded. `iter` when a `for` loop
    /// keeps its iterator on the stack.
    Loop { start: u32, breaks: Vec<usize>, iter: bool },
    /// Inside the body of a `try` with handlers.
    Try,
    /// Inside the body of a `try` with a `finally`: unwinding runs the body.
    Finally(Vec<Stmt>),
    /// Inside an `except` handler body: its cleanup block, and the name bound by `as`.
    Handler(Option<Name>),
    /// Inside the exceptional copy of a `finally` body: the exception sits on the stack.
    FinallyEnd,
    /// Inside a `with` body: `__exit__` sits on the stack.
    With { is_async: bool },
}

struct Unit {
    scope: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    locations: Vec<(u32, u32, u32)>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    fblocks: Vec<FBlock>,
    span: Span,
    line: u32,
    first_line: u32,
}

impl Unit {
    fn new(scope: usize, name: Rc<str>, qualname: Rc<str>) -> Unit {
        Unit {
            scope,
            name,
            qualname,
            ops: Vec::new(),
            locations: Vec::new(),
            consts: vec![Value::None],
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            fblocks: Vec::new(),
            span: Span::default(),
            line: 1,
            first_line: 1,
        }
    }
}

pub struct Compiler {
    table: SymbolTable,
    next_scope: usize,
    source: Rc<str>,
    filename: Rc<str>,
    lines: LineIndex,
    units: Vec<Unit>,
}

impl Compiler {
    pub(crate) fn cur_scope(&self) -> usize {
        self.units.last().map_or(0, |u| u.scope)
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn set_span(&mut self, span: Span) {
        let line = self.lines.line(span.start);
        let u = self.unit();
        u.span = span;
        u.line = line;
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.locations.push((u.line, u.span.start, u.span.end));
        u.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let op = &mut self.unit().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::Send(_) => Op::Send(target),
            other => other,
        };
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = Rc::from(name);
        u.names.push(rc.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(rc, i);
        i
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(Rc::from(name));
        (u.varnames.len() - 1) as u32
    }

    fn cell_idx(&mut self, name: &str) -> u32 {
        let scope = &self.table.scopes[self.cur_scope()];
        if let Some(i) = scope.cells.iter().position(|c| &**c == name) {
            return i as u32;
        }
        let i = scope.frees.iter().position(|c| &**c == name).unwrap_or(0);
        (scope.cells.len() + i) as u32
    }

    fn load_name(&mut self, name: &str) {
        let scope = self.unit().scope;
        match self.table.access(scope, name) {
            Access::Fast => {
                let i = self.var_idx(name);
                self.emit(Op::LoadFast(i));
            }
            Access::Deref => {
                let i = self.cell_idx(name);
                self.emit(Op::LoadDeref(i));
            }
            Access::ClassDeref => {
                let i = self.cell_idx(name);
                self.emit(Op::LoadClassDeref(i));
            }
            Access::Global => {
                let i = self.name_idx(name);
                self.emit(Op::LoadGlobal(i));
            }
            Access::Name => {
                let i = self.name_idx(name);
                self.emit(Op::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let scope = self.unit().scope;
        match self.table.access(scope, name) {
            Access::Fast => {
                let i = self.var_idx(name);
                self.emit(Op::StoreFast(i));
            }
            Access::Deref => {
                let i = self.cell_idx(name);
                self.emit(Op::StoreDeref(i));
            }
            Access::ClassDeref | Access::Name => {
                let i = self.name_idx(name);
                self.emit(Op::StoreName(i));
            }
            Access::Global => {
                let i = self.name_idx(name);
                self.emit(Op::StoreGlobal(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let scope = self.unit().scope;
        match self.table.access(scope, name) {
            Access::Fast => {
                let i = self.var_idx(name);
                self.emit(Op::DeleteFast(i));
            }
            Access::Deref => {
                let i = self.cell_idx(name);
                self.emit(Op::DeleteDeref(i));
            }
            Access::ClassDeref | Access::Name => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteName(i));
            }
            Access::Global => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteGlobal(i));
            }
        }
    }

    /// Builds the code object of a finished unit.
    fn finish(&mut self, unit: Unit, flags: CodeFlags, argcount: u32, posonly: u32, kwonly: u32, first_line: u32) -> Rc<Code> {
        let scope = &self.table.scopes[unit.scope];
        let cellvars = scope.cells.clone();
        let freevars = scope.frees.clone();
        let cell_args = cellvars.iter().map(|c| unit.varnames.iter().position(|v| v == c).filter(|&i| i < scope.params.len()).map(|i| i as u32)).collect();
        Rc::new(Code {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            source: self.source.clone(),
            ops: unit.ops,
            locations: unit.locations,
            consts: unit.consts,
            names: unit.names,
            varnames: unit.varnames,
            cellvars,
            freevars,
            cell_args,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            first_line,
        })
    }

    fn qualname_for(&self, name: &str) -> Rc<str> {
        let Some(parent) = self.units.last() else { return Rc::from(name) };
        let kind = self.table.scopes[parent.scope].kind;
        match kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", parent.qualname, name)),
            _ => Rc::from(format!("{}.<locals>.{}", parent.qualname, name)),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.set_span(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.assign(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.assign(target)?;
                }
                let kind = self.table.scopes[self.cur_scope()].kind;
                if *simple && kind != ScopeKind::Function {
                    if let ExprKind::Name(n) = &target.kind {
                        self.expr(annotation)?;
                        let i = self.name_idx("__annotations__");
                        self.emit(Op::LoadName(i));
                        self.load_const(Value::str(n));
                        self.emit(Op::StoreSubscr);
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.stmts(orelse)?;
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), iter: false });
                self.stmts(body)?;
                self.set_span(s.span);
                self.emit(Op::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { return Err(CompileError::plain("loop block")) };
                self.patch(jf);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => self.for_loop(target, iter, body, orelse, *is_async, s.span)?,
            StmtKind::Break => {
                self.unwind_for_jump(s.span, true)?;
            }
            StmtKind::Continue => {
                self.unwind_for_jump(s.span, false)?;
            }
            StmtKind::Return(v) => {
                let kind = self.table.scopes[self.cur_scope()].kind;
                if kind != ScopeKind::Function {
                    return Err(CompileError::at("'return' outside function", s.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_for_return()?;
                self.set_span(s.span);
                self.emit(Op::Return);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Raise { exc, cause } => match exc {
                None => {
                    self.emit(Op::Raise(RaiseKind::Reraise));
                }
                Some(e) => {
                    self.expr(e)?;
                    match cause {
                        Some(c) => {
                            self.expr(c)?;
                            self.set_span(s.span);
                            self.emit(Op::Raise(RaiseKind::RaiseFrom));
                        }
                        None => {
                            self.set_span(s.span);
                            self.emit(Op::Raise(RaiseKind::Raise));
                        }
                    }
                }
            },
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if *is_star {
                    return Err(CompileError::at("looplab does not support except* yet", s.span));
                }
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Op::JumpIfTrue(0));
                self.set_span(s.span);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.set_span(s.span);
                self.emit(Op::Raise(RaiseKind::Raise));
                self.patch(j);
            }
            StmtKind::With { items, body, is_async } => self.with(items, body, *is_async, s.span)?,
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::str(&a.name));
                    let fromlist = if a.asname.is_some() && a.name.contains('.') {
                        self.add_const(Value::tuple(vec![Value::str("*")]))
                    } else {
                        0
                    };
                    self.emit(Op::ImportName(fromlist));
                    match &a.asname {
                        Some(n) => self.store_name(n),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let module_name = module.clone().unwrap_or_else(|| Rc::from(""));
                self.load_const(Value::str(&module_name));
                let list: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                let fromlist = self.add_const(Value::tuple(list));
                self.emit(Op::ImportName(fromlist | (level << 24)));
                if names.len() == 1 && &*names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(i));
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.store_name(&bound);
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Match { .. } => return Err(CompileError::at("looplab does not support the match statement yet", s.span)),
        }
        Ok(())
    }

    /// Emit the unwinding for `break` (true) / `continue` (false) to the innermost loop.
    fn unwind_for_jump(&mut self, span: Span, is_break: bool) -> Result<(), CompileError> {
        let blocks = self.unit().fblocks.clone();
        let Some(loop_at) = blocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            let what = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(CompileError::at(what, span));
        };
        for i in (loop_at + 1..blocks.len()).rev() {
            self.unwind_block(&blocks[i], false)?;
        }
        self.set_span(span);
        match &blocks[loop_at] {
            FBlock::Loop { start, iter, .. } => {
                if is_break {
                    if *iter {
                        self.emit(Op::Pop);
                    }
                    let j = self.emit(Op::Jump(0));
                    if let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.get_mut(loop_at) {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Op::Jump(*start));
                }
            }
            _ => return Err(CompileError::plain("loop block expected")),
        }
        Ok(())
    }

    /// Emit the unwinding for `return` (the value is on the stack and stays on top).
    fn unwind_for_return(&mut self) -> Result<(), CompileError> {
        let blocks = self.unit().fblocks.clone();
        for b in blocks.iter().rev() {
            self.unwind_block(b, true)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, block: &FBlock, preserve_top: bool) -> Result<(), CompileError> {
        match block {
            FBlock::Loop { iter, .. } => {
                if *iter && preserve_top {
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                }
            }
            FBlock::Try => {
                self.emit(Op::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Op::PopBlock);
                // The finally body runs outside this block (a `return` inside it unwinds further out).
                let saved = self.unit().fblocks.clone();
                let pos = saved.iter().rposition(|b| matches!(b, FBlock::Finally(_))).unwrap_or(0);
                self.unit().fblocks.truncate(pos);
                self.stmts(body)?;
                self.unit().fblocks = saved;
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopBlock);
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::FinallyEnd => {
                if preserve_top {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve_top {
                    self.emit(Op::Rot2);
                }
                self.load_const(Value::None);
                self.emit(Op::Dup);
                self.emit(Op::Dup);
                self.emit(Op::Call(3));
                if *is_async {
                    self.await_tos();
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt], is_async: bool, span: Span) -> Result<(), CompileError> {
        self.expr(iter)?;
        self.set_span(span);
        if is_async {
            self.emit(Op::GetAIter);
            let start = self.here();
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.load_const(Value::None);
            self.await_loop();
            self.emit(Op::PopBlock);
            self.assign(target)?;
            self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), iter: true });
            self.stmts(body)?;
            self.emit(Op::Jump(start));
            let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { return Err(CompileError::plain("loop block")) };
            self.patch(setup);
            self.set_span(span);
            self.emit(Op::EndAsyncFor);
            self.stmts(orelse)?;
            for b in breaks {
                self.patch(b);
            }
            return Ok(());
        }
        self.emit(Op::GetIter);
        let start = self.here();
        let for_iter = self.emit(Op::ForIter(0));
        self.assign(target)?;
        self.unit().fblocks.push(FBlock::Loop { start, breaks: Vec::new(), iter: true });
        self.stmts(body)?;
        self.set_span(span);
        self.emit(Op::Jump(start));
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { return Err(CompileError::plain("loop block")) };
        self.patch(for_iter);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> Result<(), CompileError> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch(setup);
        for (i, h) in handlers.iter().enumerate() {
            self.set_span(h.span);
            let next = match &h.type_ {
                Some(t) => {
                    self.emit(Op::Dup);
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    Some(self.emit(Op::JumpIfFalse(0)))
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(CompileError::at("default 'except:' must be last", h.span));
                    }
                    None
                }
            };
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let cleanup = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::Handler(h.name.clone()));
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Op::Jump(0)));
            // An exception inside the handler body: drop the `as` name, re-raise.
            self.patch(cleanup);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Op::Reraise);
            if let Some(next) = next {
                self.patch(next);
            }
        }
        // No handler matched: [exc] is on the stack.
        if handlers.last().map_or(true, |h| h.type_.is_some()) {
            self.emit(Op::Reraise);
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) -> Result<(), CompileError> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Finally(finalbody.to_vec()));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], is_async: bool, span: Span) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else { return self.stmts(body) };
        self.expr(&item.context)?;
        self.set_span(span);
        self.emit(Op::BeforeWith(is_async as u32));
        if is_async {
            self.await_tos();
        }
        let setup = self.emit(Op::SetupExcept(0));
        match &item.target {
            Some(t) => self.assign(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, is_async, span)?;
        }
        self.unit().fblocks.pop();
        self.set_span(span);
        self.emit(Op::PopBlock);
        self.load_const(Value::None);
        self.emit(Op::Dup);
        self.emit(Op::Dup);
        self.emit(Op::Call(3));
        if is_async {
            self.await_tos();
        }
        self.emit(Op::Pop);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_tos();
        }
        let suppress = self.emit(Op::JumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    /// `await` the object on top of the stack.
    fn await_tos(&mut self) {
        self.emit(Op::GetAwaitable(0));
        self.load_const(Value::None);
        self.await_loop();
    }

    /// The `Send`/`YieldValue` loop of `await` and `yield from`: [iter, value] -> [result].
    fn await_loop(&mut self) {
        let send = self.emit(Op::Send(0));
        self.emit(Op::YieldValue(1));
        self.emit(Op::Jump(send as u32));
        self.patch(send);
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> Result<(), CompileError> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        self.make_function(&f.name, &f.params, FunctionBody::Stmts(&f.body), f.is_async, span)?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    /// Compiles a function body in a new unit and emits `MakeFunction` for it.
    fn make_function(&mut self, name: &str, params: &Parameters, body: FunctionBody, is_async: bool, span: Span) -> Result<(), CompileError> {
        let mut flags_op = 0;
        let defaults: Vec<&Expr> = params.posonly.iter().chain(params.args.iter()).filter_map(|p| p.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags_op |= 1;
        }
        let kwdefaults: Vec<(&Name, &Expr)> = params.kwonly.iter().filter_map(|p| p.default.as_ref().map(|d| (&p.name, d))).collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Value::str(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags_op |= 2;
        }
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(name);
        let mut unit = Unit::new(scope, Rc::from(name), qualname);
        unit.first_line = self.lines.line(span.start);
        for p in &self.table.scopes[scope].params {
            unit.varnames.push(p.clone());
        }
        self.units.push(unit);
        match body {
            FunctionBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::Return);
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let unit = self.units.pop().ok_or_else(|| CompileError::plain("unit stack"))?;
        let s = &self.table.scopes[scope];
        let flags = CodeFlags {
            varargs: params.vararg.is_some(),
            varkw: params.kwarg.is_some(),
            generator: s.is_generator && !is_async,
            coroutine: is_async && !s.is_generator,
            async_generator: is_async && s.is_generator,
            namespace: false,
        };
        let argcount = (params.posonly.len() + params.args.len()) as u32;
        let first_line = unit.first_line;
        let code = self.finish(unit, flags, argcount, params.posonly.len() as u32, params.kwonly.len() as u32, first_line);
        self.set_span(span);
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let i = self.cell_idx(fv);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags_op |= 4;
        }
        self.load_const(Value::Native(Rc::new(CodeValue(code))));
        self.emit(Op::MakeFunction(flags_op));
        Ok(())
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> Result<(), CompileError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_span(span);
        // Bases tuple (with `*bases` support) and keywords dict.
        self.sequence_build(&c.bases, SeqKind::Tuple)?;
        let mut nkw = 0;
        for k in &c.keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Value::str(name));
                    self.expr(&k.value)?;
                    nkw += 1;
                }
                None => return Err(CompileError::at("looplab does not support **kwargs in class definitions yet", span)),
            }
        }
        self.emit(Op::BuildMap(nkw));
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(&c.name);
        let mut unit = Unit::new(scope, c.name.clone(), qualname);
        unit.first_line = self.lines.line(span.start);
        self.units.push(unit);
        if c.body.iter().any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. })) {
            self.emit(Op::BuildMap(0));
            let i = self.name_idx("__annotations__");
            self.emit(Op::StoreName(i));
        }
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Value::str(&doc));
            let i = self.name_idx("__doc__");
            self.emit(Op::StoreName(i));
        }
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.cell_idx("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let unit = self.units.pop().ok_or_else(|| CompileError::plain("unit stack"))?;
        let first_line = unit.first_line;
        let code = self.finish(unit, CodeFlags { namespace: true, ..CodeFlags::default() }, 0, 0, 0, first_line);
        self.set_span(span);
        let mut flags_op = 0;
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let i = self.cell_idx(fv);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags_op |= 4;
        }
        self.load_const(Value::Native(Rc::new(CodeValue(code))));
        self.emit(Op::MakeFunction(flags_op));
        let name_const = self.add_const(Value::str(&c.name));
        self.emit(Op::BuildClass(name_const));
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

pub(crate) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SeqKind {
    Tuple,
    List,
    Set,
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s.clone()),
        _ => None,
    }
}
