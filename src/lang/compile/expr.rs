//! Expressions, assignment targets, and comprehensions.

use std::rc::Rc;

use super::{CompileError, Compiler, FunctionBody, SeqKind};
use crate::lang::ast::*;
use crate::lang::bytecode::{BinOp, CmpOp as BCmp, Op, UnaryOp as BUnary};
use crate::lang::value::Value;

pub(crate) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

impl Compiler {
    pub(crate) fn constant(&mut self, c: &Constant, span: Span) -> Result<Value, CompileError> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::from_bigint(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(_) => return Err(CompileError::at("looplab does not support complex numbers yet", span)),
            Constant::Str(s) => Value::str(s),
            Constant::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
            Constant::Ellipsis => Value::Ellipsis,
        })
    }

    pub(crate) fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        let outer = self.unit().span;
        self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(outer);
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.span)?;
                self.load_const(v);
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_span(e.span);
                self.emit(Op::Binary(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.set_span(e.span);
                self.emit(Op::Unary(match op {
                    UnaryOp::Invert => BUnary::Invert,
                    UnaryOp::Not => BUnary::Not,
                    UnaryOp::UAdd => BUnary::Pos,
                    UnaryOp::USub => BUnary::Neg,
                }));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_span(e.span);
                    self.compare_op(ops[0]);
                } else {
                    // a < b < c: keep b for the next comparison, short-circuit on false.
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(right)?;
                        self.set_span(e.span);
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.compare_op(*op);
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.compare_op(*op);
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch(end);
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, e.span)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(e.span);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_span(e.span);
                self.emit(Op::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Tuple(items) => self.sequence_build(items, SeqKind::Tuple)?,
            ExprKind::List(items) => self.sequence_build(items, SeqKind::List)?,
            ExprKind::Set(items) => self.sequence_build(items, SeqKind::Set)?,
            ExprKind::Dict { items } => {
                let mut pending = 0u32;
                let mut built = false;
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            pending += 1;
                        }
                        None => {
                            if !built || pending > 0 {
                                self.emit(Op::BuildMap(pending));
                                if built {
                                    self.emit(Op::DictUpdate(1));
                                }
                                built = true;
                                pending = 0;
                            }
                            self.expr(v)?;
                            self.emit(Op::DictUpdate(1));
                        }
                    }
                }
                if !built {
                    self.emit(Op::BuildMap(pending));
                } else if pending > 0 {
                    self.emit(Op::BuildMap(pending));
                    self.emit(Op::DictUpdate(1));
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(j);
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.assign(target)?;
            }
            ExprKind::Lambda { params, body } => {
                self.make_function("<lambda>", params, FunctionBody::Expr(body), false, e.span)?;
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.set_span(e.span);
                self.await_tos();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_span(e.span);
                let scope = &self.table.scopes[self.cur_scope()];
                // In an async generator, `yield` produces an item (wrapped, so the async iterator
                // protocol can tell it from a value yielded by an inner `await`).
                let flag = if scope.is_async && scope.is_generator { 2 } else { 0 };
                self.emit(Op::YieldValue(flag));
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_span(e.span);
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.await_loop();
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, Comp::List(elt))?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, Comp::Set(elt))?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, Comp::Gen(elt))?,
            ExprKind::Starred(_) => return Err(CompileError::at("can't use starred expression here", e.span)),
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::Compare(BCmp::Eq),
            CmpOp::NotEq => Op::Compare(BCmp::Ne),
            CmpOp::Lt => Op::Compare(BCmp::Lt),
            CmpOp::LtE => Op::Compare(BCmp::Le),
            CmpOp::Gt => Op::Compare(BCmp::Gt),
            CmpOp::GtE => Op::Compare(BCmp::Ge),
            CmpOp::Is => Op::Is(false),
            CmpOp::IsNot => Op::Is(true),
            CmpOp::In => Op::Contains(false),
            CmpOp::NotIn => Op::Contains(true),
        });
    }

    /// Builds a tuple/list/set from items that may contain `*starred` parts.
    pub(crate) fn sequence_build(&mut self, items: &[Expr], kind: SeqKind) -> Result<(), CompileError> {
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        if kind == SeqKind::Set {
            self.emit(Op::BuildSet(0));
        } else {
            self.emit(Op::BuildList(0));
        }
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if kind == SeqKind::Set { Op::SetUpdate(1) } else { Op::ListExtend(1) });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if kind == SeqKind::Set { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword], span: Span) -> Result<(), CompileError> {
        // Zero-argument super(): super(__class__, <first argument>).
        if let ExprKind::Name(n) = &func.kind {
            if &**n == "super" && args.is_empty() && keywords.is_empty() {
                let scope = self.unit().scope;
                let s = &self.table.scopes[scope];
                if s.frees.iter().any(|f| &**f == "__class__") {
                    if let Some(first) = s.params.first().cloned() {
                        self.load_name("super");
                        let i = self.cell_idx("__class__");
                        self.emit(Op::LoadDeref(i));
                        self.load_name(&first);
                        self.set_span(span);
                        self.emit(Op::Call(2));
                        return Ok(());
                    }
                }
            }
        }
        self.expr(func)?;
        let dynamic = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if !dynamic {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.set_span(span);
                self.emit(Op::Call(args.len() as u32));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Value> = keywords.iter().map(|k| Value::str(k.arg.as_deref().unwrap_or(""))).collect();
                self.load_const(Value::tuple(names));
                self.set_span(span);
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        self.sequence_build(args, SeqKind::Tuple)?;
        if keywords.is_empty() {
            self.set_span(span);
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Value::str(name));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.set_span(span);
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), CompileError> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_const(Value::str(s));
                }
                FStringPart::Field { value, conversion, spec } => {
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    pub(crate) fn assign(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(t.span);
                let i = self.name_idx(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_span(t.span);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_)));
                self.set_span(t.span);
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(s) => {
                        if items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1 {
                            return Err(CompileError::at("multiple starred expressions in assignment", t.span));
                        }
                        let after = items.len() - s - 1;
                        self.emit(Op::UnpackEx((s as u32) | ((after as u32) << 16)));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.assign(inner)?,
                        _ => self.assign(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => return Err(CompileError::at("starred assignment target must be in a list or tuple", t.span)),
            _ => return Err(CompileError::at("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    pub(crate) fn delete(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(CompileError::at("cannot delete expression", t.span)),
        }
        Ok(())
    }

    pub(crate) fn aug_assign(&mut self, target: &Expr, op: Operator, value: &Expr) -> Result<(), CompileError> {
        let bop = binop(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.set_span(target.span);
                self.emit(Op::Inplace(bop));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(bop));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::Inplace(bop));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => return Err(CompileError::at("'expression' is an illegal expression for augmented assignment", target.span)),
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, generators: &[Comprehension], comp: Comp) -> Result<(), CompileError> {
        let Some(first) = generators.first() else { return Err(CompileError::at("empty comprehension", e.span)) };
        let name = match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        self.expr(&first.iter)?;
        self.emit(if first.is_async { Op::GetAIter } else { Op::GetIter });
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(name);
        let mut unit = super::Unit::new(scope, Rc::from(name), qualname);
        unit.first_line = self.lines.line(e.span.start);
        unit.varnames.push(Rc::from(".0"));
        self.units.push(unit);
        self.set_span(e.span);
        match comp {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_loop(generators, 0, &comp, e.span)?;
        if matches!(comp, Comp::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let unit = self.units.pop().ok_or_else(|| CompileError::plain("unit stack"))?;
        let s = &self.table.scopes[scope];
        let is_async = s.is_async;
        let flags = crate::lang::bytecode::CodeFlags {
            generator: matches!(comp, Comp::Gen(_)) && !is_async,
            async_generator: matches!(comp, Comp::Gen(_)) && is_async,
            coroutine: !matches!(comp, Comp::Gen(_)) && is_async,
            ..Default::default()
        };
        let first_line = unit.first_line;
        let code = self.finish(unit, flags, 1, 0, 0, first_line);
        self.set_span(e.span);
        let mut flags_op = 0;
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let i = self.cell_idx(fv);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags_op |= 4;
        }
        self.load_const(Value::Native(Rc::new(crate::lang::vm::CodeValue(code))));
        self.emit(Op::MakeFunction(flags_op));
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        if is_async && !matches!(comp, Comp::Gen(_)) {
            self.await_tos();
        }
        Ok(())
    }

    fn comp_loop(&mut self, generators: &[Comprehension], i: usize, comp: &Comp, span: Span) -> Result<(), CompileError> {
        let g = &generators[i];
        if i == 0 {
            let fast = self.var_idx(".0");
            self.emit(Op::LoadFast(fast));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        }
        let start = self.here();
        let (exit, setup) = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.load_const(Value::None);
            self.await_loop();
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        self.assign(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::JumpIfFalse(0)));
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, comp, span)?;
        } else {
            // Depth of the result container below the iterators: one per generator, plus one.
            let depth = generators.len() as u32 + 1;
            self.set_span(span);
            match comp {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    let flag = if self.table.scopes[self.cur_scope()].is_async { 2 } else { 0 };
                    self.emit(Op::YieldValue(flag));
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s);
        }
        self.emit(Op::Jump(start));
        if let Some(exit) = exit {
            self.patch(exit);
        }
        if let Some(setup) = setup {
            self.patch(setup);
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

pub(crate) enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
