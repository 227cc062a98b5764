//! Scope analysis: which names are local, global, free (from an enclosing function) or cells
//! (local but captured by an inner function), for every scope of a module. Scopes are numbered in
//! the order the compiler will meet them (a pre-order walk), so the compiler simply counts.

use std::collections::HashSet;

use super::CompileError;
use crate::lang::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameters, in code-object order.
    pub params: Vec<Name>,
    /// Names bound in this scope (assignment, def, class, import, for/with/except targets, ...).
    pub assigned: Vec<Name>,
    pub used: Vec<Name>,
    pub globals: HashSet<Name>,
    pub nonlocals: HashSet<Name>,
    /// Resolved: cellvars (locals captured below) and freevars (captured from above).
    pub cells: Vec<Name>,
    pub frees: Vec<Name>,
    pub is_generator: bool,
    pub is_async: bool,
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            assigned: Vec::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
        }
    }

    pub fn is_local(&self, name: &str) -> bool {
        !self.globals.contains(name)
            && !self.nonlocals.contains(name)
            && (self.params.iter().any(|p| &**p == name) || self.assigned.iter().any(|p| &**p == name))
    }
}

/// How the compiler must access a name in a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Function local in `fast` slot.
    Fast,
    /// Cell or free variable (index into cells then frees).
    Deref,
    /// Module-level global (explicit `global` or not found in any enclosing function).
    Global,
    /// Module or class namespace lookup.
    Name,
    /// Class body reading an enclosing function's variable.
    ClassDeref,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, CompileError> {
        let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module, None)], current: 0 };
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut table = SymbolTable { scopes: b.scopes };
        table.resolve()?;
        Ok(table)
    }

    fn resolve(&mut self) -> Result<(), CompileError> {
        for i in 0..self.scopes.len() {
            let kind = self.scopes[i].kind;
            if kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<Name> = Vec::new();
            for n in self.scopes[i].used.iter().chain(self.scopes[i].nonlocals.iter()) {
                if !wanted.contains(n) {
                    wanted.push(n.clone());
                }
            }
            for name in wanted {
                let s = &self.scopes[i];
                if s.globals.contains(&name) {
                    continue;
                }
                if s.is_local(&name) && !(kind == ScopeKind::Class && &*name == "__class__") {
                    continue;
                }
                // Find the nearest enclosing function scope that binds it.
                let mut p = s.parent;
                let mut found = None;
                while let Some(j) = p {
                    let sc = &self.scopes[j];
                    if &*name == "__class__" && sc.kind == ScopeKind::Class {
                        found = Some(j);
                        break;
                    }
                    if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) && sc.is_local(&name) {
                        found = Some(j);
                        break;
                    }
                    if sc.kind == ScopeKind::Module {
                        break;
                    }
                    p = sc.parent;
                }
                match found {
                    Some(def) => {
                        if self.scopes[def].kind == ScopeKind::Class {
                            self.scopes[def].needs_class_cell = true;
                        }
                        if !self.scopes[def].cells.contains(&name) {
                            self.scopes[def].cells.push(name.clone());
                        }
                        let mut k = i;
                        while k != def {
                            if !self.scopes[k].frees.contains(&name) {
                                self.scopes[k].frees.push(name.clone());
                            }
                            match self.scopes[k].parent {
                                Some(parent) => k = parent,
                                None => break,
                            }
                        }
                    }
                    None if self.scopes[i].nonlocals.contains(&name) => {
                        return Err(CompileError::plain(format!("no binding for nonlocal '{name}' found")));
                    }
                    None => {}
                }
            }
        }
        Ok(())
    }

    /// Access kind of `name` in scope `i`.
    pub fn access(&self, i: usize, name: &str) -> Access {
        let s = &self.scopes[i];
        match s.kind {
            ScopeKind::Module => {
                if s.globals.contains(name) { Access::Global } else { Access::Name }
            }
            ScopeKind::Class => {
                if s.globals.contains(name) {
                    Access::Global
                } else if s.frees.iter().any(|f| &**f == name) && !s.is_local(name) {
                    Access::ClassDeref
                } else {
                    Access::Name
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if s.globals.contains(name) {
                    Access::Global
                } else if s.cells.iter().any(|c| &**c == name) || s.frees.iter().any(|f| &**f == name) {
                    Access::Deref
                } else if s.is_local(name) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        }
    }
}

struct Builder {
    scopes: Vec<Scope>,
    current: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn bind(&mut self, name: &Name) {
        let s = self.cur();
        if !s.assigned.contains(name) {
            s.assigned.push(name.clone());
        }
    }

    fn use_name(&mut self, name: &Name) {
        let s = self.cur();
        if !s.used.contains(name) {
            s.used.push(name.clone());
        }
    }

    fn push(&mut self, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        let parent = self.current;
        self.current = id;
        parent
    }

    fn params(&mut self, p: &Parameters) {
        let names: Vec<Name> = p
            .posonly
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonly.iter())
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter())
            .map(|p| p.name.clone())
            .collect();
        self.cur().params = names;
    }

    fn defaults(&mut self, p: &Parameters) -> Result<(), CompileError> {
        for param in p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.params)?;
                self.bind(&f.name);
                let parent = self.push(ScopeKind::Function);
                self.params(&f.params);
                self.cur().is_async = f.is_async;
                self.stmts(&f.body)?;
                self.current = parent;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let parent = self.push(ScopeKind::Class);
                self.stmts(&c.body)?;
                self.current = parent;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local to a function.
                    self.bind(n);
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => Name::from(a.name.split('.').next().unwrap_or(&a.name)),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name != "*" {
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let scope = self.cur();
                    if scope.kind == ScopeKind::Function && scope.params.contains(n) {
                        return Err(CompileError::at(format!("name '{n}' is parameter and global"), s.span));
                    }
                    self.cur().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.cur().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(q)?;
                }
            }
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    self.bind(n);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    /// An assignment (or deletion) target.
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(&mut self, generators: &[Comprehension], elts: &[&Expr]) -> Result<usize, CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let parent = self.push(ScopeKind::Comprehension);
        self.cur().params = vec![Name::from(".0")];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
            if g.is_async {
                self.cur().is_async = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let id = self.current;
        self.current = parent;
        Ok(id)
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                // The walrus binds in the nearest enclosing non-comprehension scope.
                if let ExprKind::Name(n) = &target.kind {
                    let mut i = self.current;
                    while self.scopes[i].kind == ScopeKind::Comprehension {
                        match self.scopes[i].parent {
                            Some(p) => i = p,
                            None => break,
                        }
                    }
                    if i != self.current {
                        let s = &mut self.scopes[i];
                        if !s.assigned.contains(n) {
                            s.assigned.push(n.clone());
                        }
                        if s.kind == ScopeKind::Module {
                            self.cur().globals.insert(n.clone());
                        } else {
                            self.cur().nonlocals.insert(n.clone());
                        }
                    } else {
                        self.bind(n);
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                let parent = self.push(ScopeKind::Function);
                self.params(params);
                self.expr(body)?;
                self.current = parent;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { items } => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(generators, &[elt])?;
            }
            ExprKind::GeneratorExp { elt, generators } => {
                let id = self.comprehension(generators, &[elt])?;
                self.scopes[id].is_generator = true;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(generators, &[key, value])?;
            }
            ExprKind::Await(v) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_async = true;
                }
                self.expr(v)?
            }
            ExprKind::Yield(v) => {
                self.cur().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.cur().is_generator = true;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                if let ExprKind::Name(n) = &func.kind {
                    if &**n == "super" && args.is_empty() {
                        self.use_name(&Name::from("__class__"));
                    }
                }
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), CompileError> {
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }
}
