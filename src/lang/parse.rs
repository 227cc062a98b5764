//! The parser boundary: the only module that sees Ruff's parser and AST. It parses a script as
//! Python 3.11, converts Ruff's tree into our own `ast`, and reports every problem as a located
//! `SyntaxError` (Ruff's messages are mapped to CPython's wording where they differ for common
//! mistakes; the rest keep Ruff's wording).

use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast as ra;
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};

use super::ast::*;
use super::error::{SyntaxError, SyntaxKind};

/// Deepest bracket nesting accepted (CPython's limit is 200).
const MAX_NESTING: usize = 200;
/// Longest chain of prefix operators accepted before parsing (protects the parser's stack).
const MAX_PREFIX_CHAIN: usize = 500;

pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    guard_depth(source, filename)?;
    let options = ParseOptions::from(Mode::Module).with_target_version(ra::PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    if let Some(err) = parsed.errors().first() {
        let (kind, message) = cpython_message(&err.error.to_string(), source, err.location);
        return Err(SyntaxError::new(kind, message, filename, source, span(err.location)));
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(SyntaxError::new(SyntaxKind::SyntaxError, format!("invalid syntax ({err})"), filename, source, span(err.range)));
    }
    let ra::Mod::Module(module) = parsed.into_syntax() else {
        return Err(SyntaxError::new(SyntaxKind::SyntaxError, "invalid syntax", filename, source, Span::default()));
    };
    let conv = Converter { source, filename };
    let body = conv.stmts(&module.body)?;
    Ok(Module { body })
}

fn span(r: TextRange) -> Span {
    Span::new(r.start().to_u32(), r.end().to_u32())
}

/// Rejects inputs that would nest deeper than CPython allows before Ruff recurses into them.
fn guard_depth(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let mut depth = 0usize;
    let mut prefix = 0usize;
    let bytes = source.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' {
                    i += 1;
                } else if b == q || b == b'\n' {
                    quote = None;
                }
            }
            None => match b {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        let s = Span::new(i as u32, i as u32 + 1);
                        return Err(SyntaxError::new(SyntaxKind::SyntaxError, "too many nested parentheses", filename, source, s));
                    }
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b'-' | b'+' | b'~' => {
                    prefix += 1;
                    if prefix > MAX_PREFIX_CHAIN {
                        let s = Span::new(i as u32, i as u32 + 1);
                        return Err(SyntaxError::new(SyntaxKind::SyntaxError, "too many nested expressions", filename, source, s));
                    }
                }
                b' ' | b'\t' => {}
                _ => prefix = 0,
            },
        }
        i += 1;
    }
    let nots = source.split_whitespace().fold((0usize, 0usize), |(run, max), w| if w == "not" { (run + 1, max.max(run + 1)) } else { (0, max) }).1;
    if nots > MAX_PREFIX_CHAIN {
        return Err(SyntaxError::new(SyntaxKind::SyntaxError, "too many nested expressions", filename, source, Span::default()));
    }
    Ok(())
}

/// CPython's wording for Ruff's most common messages.
fn cpython_message(ruff: &str, source: &str, at: TextRange) -> (SyntaxKind, String) {
    let lower = ruff.to_lowercase();
    if lower.contains("unindent does not match") {
        return (SyntaxKind::IndentationError, "unindent does not match any outer indentation level".into());
    }
    if lower.starts_with("unexpected indentation") {
        return (SyntaxKind::IndentationError, "unexpected indent".into());
    }
    if let Some(rest) = lower.strip_prefix("expected an indented block after ") {
        let line = source[..(at.start().to_usize()).min(source.len())].matches('\n').count();
        return (SyntaxKind::IndentationError, format!("expected an indented block after {rest} on line {line}"));
    }
    if lower.starts_with("expected an indented block") {
        return (SyntaxKind::IndentationError, "expected an indented block".into());
    }
    if let Some(rest) = ruff.strip_prefix("Expected ") {
        if let Some((what, _)) = rest.split_once(", found") {
            let what = what.trim_matches('`');
            if what.len() <= 3 {
                return (SyntaxKind::SyntaxError, format!("expected '{what}'"));
            }
        }
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        let line = source[..(at.start().to_usize()).min(source.len())].matches('\n').count() + 1;
        return (SyntaxKind::SyntaxError, format!("unterminated string literal (detected at line {line})"));
    }
    (SyntaxKind::SyntaxError, if lower.starts_with("invalid syntax") { "invalid syntax".into() } else { ruff.to_string() })
}

struct Converter<'a> {
    source: &'a str,
    filename: &'a str,
}

type R<T> = Result<T, SyntaxError>;

impl Converter<'_> {
    fn err(&self, message: impl Into<String>, r: TextRange) -> SyntaxError {
        SyntaxError::new(SyntaxKind::SyntaxError, message, self.filename, self.source, span(r))
    }

    fn name(id: &str) -> Name {
        Rc::from(id)
    }

    fn stmts(&self, body: &[ra::Stmt]) -> R<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&self, s: &ra::Stmt) -> R<Stmt> {
        let kind = match s {
            ra::Stmt::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return Err(self.err("invalid syntax (type parameters need Python 3.12)", f.range));
                }
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: Self::name(&f.name.id),
                    params: self.params(&f.parameters)?,
                    body: self.stmts(&f.body)?,
                    decorators: f.decorator_list.iter().map(|d| self.expr(&d.expression)).collect::<R<_>>()?,
                    returns: f.returns.as_deref().map(|e| self.expr(e)).transpose()?,
                    is_async: f.is_async,
                }))
            }
            ra::Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(self.err("invalid syntax (type parameters need Python 3.12)", c.range));
                }
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (a.args.iter().map(|e| self.expr(e)).collect::<R<_>>()?, self.keywords(&a.keywords)?),
                    None => (Vec::new(), Vec::new()),
                };
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: Self::name(&c.name.id),
                    bases,
                    keywords,
                    body: self.stmts(&c.body)?,
                    decorators: c.decorator_list.iter().map(|d| self.expr(&d.expression)).collect::<R<_>>()?,
                }))
            }
            ra::Stmt::Return(r) => StmtKind::Return(r.value.as_deref().map(|e| self.expr(e)).transpose()?),
            ra::Stmt::Delete(d) => StmtKind::Delete(d.targets.iter().map(|e| self.expr(e)).collect::<R<_>>()?),
            ra::Stmt::TypeAlias(t) => return Err(self.err("invalid syntax (type aliases need Python 3.12)", t.range)),
            ra::Stmt::Assign(a) => StmtKind::Assign {
                targets: a.targets.iter().map(|e| self.target(e)).collect::<R<_>>()?,
                value: self.expr(&a.value)?,
            },
            ra::Stmt::AugAssign(a) => StmtKind::AugAssign { target: self.target(&a.target)?, op: operator(a.op), value: self.expr(&a.value)? },
            ra::Stmt::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.target(&a.target)?,
                annotation: self.expr(&a.annotation)?,
                value: a.value.as_deref().map(|e| self.expr(e)).transpose()?,
                simple: a.simple,
            },
            ra::Stmt::For(f) => StmtKind::For {
                target: self.target(&f.target)?,
                iter: self.expr(&f.iter)?,
                body: self.stmts(&f.body)?,
                orelse: self.stmts(&f.orelse)?,
                is_async: f.is_async,
            },
            ra::Stmt::While(w) => StmtKind::While { test: self.expr(&w.test)?, body: self.stmts(&w.body)?, orelse: self.stmts(&w.orelse)? },
            ra::Stmt::If(i) => {
                // elif/else clauses become nested ifs, innermost last.
                let mut orelse = Vec::new();
                for clause in i.elif_else_clauses.iter().rev() {
                    let body = self.stmts(&clause.body)?;
                    orelse = match &clause.test {
                        Some(test) => vec![Stmt { kind: StmtKind::If { test: self.expr(test)?, body, orelse }, span: span(clause.range) }],
                        None => body,
                    };
                }
                StmtKind::If { test: self.expr(&i.test)?, body: self.stmts(&i.body)?, orelse }
            }
            ra::Stmt::With(w) => StmtKind::With {
                items: w
                    .items
                    .iter()
                    .map(|item| {
                        Ok(WithItem {
                            context: self.expr(&item.context_expr)?,
                            target: item.optional_vars.as_deref().map(|e| self.target(e)).transpose()?,
                        })
                    })
                    .collect::<R<_>>()?,
                body: self.stmts(&w.body)?,
                is_async: w.is_async,
            },
            ra::Stmt::Match(m) => StmtKind::Match {
                subject: self.expr(&m.subject)?,
                cases: m
                    .cases
                    .iter()
                    .map(|c| {
                        Ok(MatchCase {
                            pattern: self.pattern(&c.pattern)?,
                            guard: c.guard.as_deref().map(|e| self.expr(e)).transpose()?,
                            body: self.stmts(&c.body)?,
                        })
                    })
                    .collect::<R<_>>()?,
            },
            ra::Stmt::Raise(r) => StmtKind::Raise {
                exc: r.exc.as_deref().map(|e| self.expr(e)).transpose()?,
                cause: r.cause.as_deref().map(|e| self.expr(e)).transpose()?,
            },
            ra::Stmt::Try(t) => StmtKind::Try {
                body: self.stmts(&t.body)?,
                handlers: t
                    .handlers
                    .iter()
                    .map(|h| {
                        let ra::ExceptHandler::ExceptHandler(h) = h;
                        Ok(ExceptHandler {
                            type_: h.type_.as_deref().map(|e| self.expr(e)).transpose()?,
                            name: h.name.as_ref().map(|n| Self::name(&n.id)),
                            body: self.stmts(&h.body)?,
                            span: span(h.range),
                        })
                    })
                    .collect::<R<_>>()?,
                orelse: self.stmts(&t.orelse)?,
                finalbody: self.stmts(&t.finalbody)?,
                is_star: t.is_star,
            },
            ra::Stmt::Assert(a) => StmtKind::Assert { test: self.expr(&a.test)?, msg: a.msg.as_deref().map(|e| self.expr(e)).transpose()? },
            ra::Stmt::Import(i) => StmtKind::Import(i.names.iter().map(|a| self.alias(a)).collect()),
            ra::Stmt::ImportFrom(i) => StmtKind::ImportFrom {
                module: i.module.as_ref().map(|m| Self::name(&m.id)),
                names: i.names.iter().map(|a| self.alias(a)).collect(),
                level: i.level,
            },
            ra::Stmt::Global(g) => StmtKind::Global(g.names.iter().map(|n| Self::name(&n.id)).collect()),
            ra::Stmt::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(|n| Self::name(&n.id)).collect()),
            ra::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            ra::Stmt::Pass(_) => StmtKind::Pass,
            ra::Stmt::Break(_) => StmtKind::Break,
            ra::Stmt::Continue(_) => StmtKind::Continue,
            ra::Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        };
        Ok(Stmt { kind, span: span(s.range()) })
    }

    fn alias(&self, a: &ra::Alias) -> Alias {
        Alias { name: Self::name(&a.name.id), asname: a.asname.as_ref().map(|n| Self::name(&n.id)), span: span(a.range) }
    }

    fn keywords(&self, ks: &[ra::Keyword]) -> R<Vec<Keyword>> {
        ks.iter().map(|k| Ok(Keyword { arg: k.arg.as_ref().map(|a| Self::name(&a.id)), value: self.expr(&k.value)? })).collect()
    }

    fn params(&self, p: &ra::Parameters) -> R<Parameters> {
        let conv = |pw: &ra::ParameterWithDefault| -> R<Param> {
            Ok(Param {
                name: Self::name(&pw.parameter.name.id),
                annotation: pw.parameter.annotation.as_deref().map(|e| self.expr(e)).transpose()?,
                default: pw.default.as_deref().map(|e| self.expr(e)).transpose()?,
                span: span(pw.range),
            })
        };
        let plain = |p: &ra::Parameter| -> R<Param> {
            Ok(Param {
                name: Self::name(&p.name.id),
                annotation: p.annotation.as_deref().map(|e| self.expr(e)).transpose()?,
                default: None,
                span: span(p.range),
            })
        };
        let params = Parameters {
            posonly: p.posonlyargs.iter().map(conv).collect::<R<_>>()?,
            args: p.args.iter().map(conv).collect::<R<_>>()?,
            vararg: p.vararg.as_deref().map(plain).transpose()?,
            kwonly: p.kwonlyargs.iter().map(conv).collect::<R<_>>()?,
            kwarg: p.kwarg.as_deref().map(plain).transpose()?,
        };
        let mut seen: Vec<&str> = Vec::new();
        for n in params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly).chain(&params.kwarg) {
            if seen.contains(&&*n.name) {
                return Err(SyntaxError::new(
                    SyntaxKind::SyntaxError,
                    format!("duplicate argument '{}' in function definition", n.name),
                    self.filename,
                    self.source,
                    n.span,
                ));
            }
            seen.push(&n.name);
        }
        Ok(params)
    }

    /// An assignment target: only names, attributes, subscripts, and tuples/lists of them.
    fn target(&self, e: &ra::Expr) -> R<Expr> {
        match e {
            ra::Expr::Name(_) | ra::Expr::Attribute(_) | ra::Expr::Subscript(_) => self.expr(e),
            ra::Expr::Tuple(t) => Ok(Expr::new(ExprKind::Tuple(t.elts.iter().map(|x| self.target(x)).collect::<R<_>>()?), span(t.range))),
            ra::Expr::List(l) => Ok(Expr::new(ExprKind::List(l.elts.iter().map(|x| self.target(x)).collect::<R<_>>()?), span(l.range))),
            ra::Expr::Starred(s) => Ok(Expr::new(ExprKind::Starred(Box::new(self.target(&s.value)?)), span(s.range))),
            ra::Expr::NumberLiteral(_) | ra::Expr::StringLiteral(_) | ra::Expr::BytesLiteral(_) | ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_) | ra::Expr::EllipsisLiteral(_) => {
                Err(self.err("cannot assign to literal here. Maybe you meant '==' instead of '='?", e.range()))
            }
            ra::Expr::Call(_) => Err(self.err("cannot assign to function call here. Maybe you meant '==' instead of '='?", e.range())),
            _ => Err(self.err("cannot assign to expression here. Maybe you meant '==' instead of '='?", e.range())),
        }
    }

    fn boxed(&self, e: &ra::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn exprs(&self, es: &[ra::Expr]) -> R<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn comprehensions(&self, gens: &[ra::Comprehension]) -> R<Vec<Comprehension>> {
        gens.iter()
            .map(|g| Ok(Comprehension { target: self.target(&g.target)?, iter: self.expr(&g.iter)?, ifs: self.exprs(&g.ifs)?, is_async: g.is_async }))
            .collect()
    }

    fn expr(&self, e: &ra::Expr) -> R<Expr> {
        let kind = match e {
            ra::Expr::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    ra::BoolOp::And => BoolOp::And,
                    ra::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(&b.values)?,
            },
            ra::Expr::Named(n) => ExprKind::Named { target: self.boxed(&n.target)?, value: self.boxed(&n.value)? },
            ra::Expr::BinOp(b) => ExprKind::BinOp { left: self.boxed(&b.left)?, op: operator(b.op), right: self.boxed(&b.right)? },
            ra::Expr::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    ra::UnaryOp::Invert => UnaryOp::Invert,
                    ra::UnaryOp::Not => UnaryOp::Not,
                    ra::UnaryOp::UAdd => UnaryOp::UAdd,
                    ra::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.boxed(&u.operand)?,
            },
            ra::Expr::Lambda(l) => ExprKind::Lambda {
                params: Box::new(match &l.parameters {
                    Some(p) => self.params(p)?,
                    None => Parameters::default(),
                }),
                body: self.boxed(&l.body)?,
            },
            ra::Expr::If(i) => ExprKind::IfExp { test: self.boxed(&i.test)?, body: self.boxed(&i.body)?, orelse: self.boxed(&i.orelse)? },
            ra::Expr::Dict(d) => ExprKind::Dict {
                items: d.items.iter().map(|it| Ok((it.key.as_ref().map(|k| self.expr(k)).transpose()?, self.expr(&it.value)?))).collect::<R<_>>()?,
            },
            ra::Expr::Set(s) => ExprKind::Set(self.exprs(&s.elts)?),
            ra::Expr::ListComp(c) => ExprKind::ListComp { elt: self.boxed(&c.elt)?, generators: self.comprehensions(&c.generators)? },
            ra::Expr::SetComp(c) => ExprKind::SetComp { elt: self.boxed(&c.elt)?, generators: self.comprehensions(&c.generators)? },
            ra::Expr::DictComp(c) => match &c.key {
                Some(k) => ExprKind::DictComp { key: self.boxed(k)?, value: self.boxed(&c.value)?, generators: self.comprehensions(&c.generators)? },
                None => return Err(self.err("dict unpacking cannot be used in dict comprehension", c.range)),
            },
            ra::Expr::Generator(g) => ExprKind::GeneratorExp { elt: self.boxed(&g.elt)?, generators: self.comprehensions(&g.generators)? },
            ra::Expr::Await(a) => ExprKind::Await(self.boxed(&a.value)?),
            ra::Expr::Yield(y) => ExprKind::Yield(y.value.as_deref().map(|v| self.boxed(v)).transpose()?),
            ra::Expr::YieldFrom(y) => ExprKind::YieldFrom(self.boxed(&y.value)?),
            ra::Expr::Compare(c) => ExprKind::Compare {
                left: self.boxed(&c.left)?,
                ops: c.ops.iter().map(|op| cmp_op(*op)).collect(),
                comparators: self.exprs(&c.comparators)?,
            },
            ra::Expr::Call(c) => ExprKind::Call {
                func: self.boxed(&c.func)?,
                args: self.exprs(&c.arguments.args)?,
                keywords: self.keywords(&c.arguments.keywords)?,
            },
            ra::Expr::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.iter() {
                    match part {
                        ra::FStringPart::Literal(lit) => parts.push(FStringPart::Literal(lit.value.to_string())),
                        ra::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts)?,
                    }
                }
                ExprKind::FString(parts)
            }
            ra::Expr::TString(t) => return Err(self.err("invalid syntax (template strings need Python 3.14)", t.range)),
            ra::Expr::StringLiteral(s) => ExprKind::Constant(Constant::Str(s.value.to_str().to_string())),
            ra::Expr::BytesLiteral(b) => ExprKind::Constant(Constant::Bytes(b.value.bytes().collect())),
            ra::Expr::NumberLiteral(n) => ExprKind::Constant(match &n.value {
                ra::Number::Int(i) => Constant::Int(match i.as_i64() {
                    Some(v) => BigInt::from(v),
                    None => parse_int_literal(&i.to_string()).ok_or_else(|| self.err("invalid integer literal", n.range))?,
                }),
                ra::Number::Float(f) => Constant::Float(*f),
                ra::Number::Complex { imag, .. } => Constant::Complex(*imag),
            }),
            ra::Expr::BooleanLiteral(b) => ExprKind::Constant(Constant::Bool(b.value)),
            ra::Expr::NoneLiteral(_) => ExprKind::Constant(Constant::None),
            ra::Expr::EllipsisLiteral(_) => ExprKind::Constant(Constant::Ellipsis),
            ra::Expr::Attribute(a) => ExprKind::Attribute { value: self.boxed(&a.value)?, attr: Self::name(&a.attr.id) },
            ra::Expr::Subscript(s) => ExprKind::Subscript { value: self.boxed(&s.value)?, slice: self.boxed(&s.slice)? },
            ra::Expr::Starred(s) => ExprKind::Starred(self.boxed(&s.value)?),
            ra::Expr::Name(n) => ExprKind::Name(Self::name(&n.id)),
            ra::Expr::List(l) => ExprKind::List(self.exprs(&l.elts)?),
            ra::Expr::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)?),
            ra::Expr::Slice(s) => ExprKind::Slice {
                lower: s.lower.as_deref().map(|e| self.boxed(e)).transpose()?,
                upper: s.upper.as_deref().map(|e| self.boxed(e)).transpose()?,
                step: s.step.as_deref().map(|e| self.boxed(e)).transpose()?,
            },
            ra::Expr::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        };
        Ok(Expr::new(kind, span(e.range())))
    }

    fn fstring_elements(&self, elements: &ra::InterpolatedStringElements, out: &mut Vec<FStringPart>) -> R<()> {
        for el in elements {
            match el {
                ra::InterpolatedStringElement::Literal(l) => out.push(FStringPart::Literal(l.value.to_string())),
                ra::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion.to_char();
                    if let Some(debug) = &i.debug_text {
                        // f"{x=}" is the text "x=" then repr(x) unless a conversion or spec is given.
                        out.push(FStringPart::Literal(format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing())));
                        if conversion.is_none() && i.format_spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut parts = Vec::new();
                            self.fstring_elements(&spec.elements, &mut parts)?;
                            Some(parts)
                        }
                        None => None,
                    };
                    out.push(FStringPart::Field { value: self.boxed(&i.expression)?, conversion, spec });
                }
            }
        }
        Ok(())
    }

    fn pattern(&self, p: &ra::Pattern) -> R<Pattern> {
        let kind = match p {
            ra::Pattern::MatchValue(v) => PatternKind::Value(self.expr(&v.value)?),
            ra::Pattern::MatchSingleton(s) => PatternKind::Singleton(match s.value {
                ra::Singleton::None => Constant::None,
                ra::Singleton::True => Constant::Bool(true),
                ra::Singleton::False => Constant::Bool(false),
            }),
            ra::Pattern::MatchSequence(s) => PatternKind::Sequence(s.patterns.iter().map(|q| self.pattern(q)).collect::<R<_>>()?),
            ra::Pattern::MatchMapping(m) => PatternKind::Mapping {
                keys: self.exprs(&m.keys)?,
                patterns: m.patterns.iter().map(|q| self.pattern(q)).collect::<R<_>>()?,
                rest: m.rest.as_ref().map(|n| Self::name(&n.id)),
            },
            ra::Pattern::MatchClass(c) => PatternKind::Class {
                cls: self.expr(&c.cls)?,
                patterns: c.arguments.patterns.iter().map(|q| self.pattern(q)).collect::<R<_>>()?,
                kwd_attrs: c.arguments.keywords.iter().map(|k| Self::name(&k.attr.id)).collect(),
                kwd_patterns: c.arguments.keywords.iter().map(|k| self.pattern(&k.pattern)).collect::<R<_>>()?,
            },
            ra::Pattern::MatchStar(s) => PatternKind::Star(s.name.as_ref().map(|n| Self::name(&n.id))),
            ra::Pattern::MatchAs(a) => PatternKind::As {
                pattern: a.pattern.as_deref().map(|q| self.pattern(q).map(Box::new)).transpose()?,
                name: a.name.as_ref().map(|n| Self::name(&n.id)),
            },
            ra::Pattern::MatchOr(o) => PatternKind::Or(o.patterns.iter().map(|q| self.pattern(q)).collect::<R<_>>()?),
        };
        Ok(Pattern { kind, span: span(p.range()) })
    }
}

fn operator(op: ra::Operator) -> Operator {
    match op {
        ra::Operator::Add => Operator::Add,
        ra::Operator::Sub => Operator::Sub,
        ra::Operator::Mult => Operator::Mult,
        ra::Operator::MatMult => Operator::MatMult,
        ra::Operator::Div => Operator::Div,
        ra::Operator::Mod => Operator::Mod,
        ra::Operator::Pow => Operator::Pow,
        ra::Operator::LShift => Operator::LShift,
        ra::Operator::RShift => Operator::RShift,
        ra::Operator::BitOr => Operator::BitOr,
        ra::Operator::BitXor => Operator::BitXor,
        ra::Operator::BitAnd => Operator::BitAnd,
        ra::Operator::FloorDiv => Operator::FloorDiv,
    }
}

fn cmp_op(op: ra::CmpOp) -> CmpOp {
    match op {
        ra::CmpOp::Eq => CmpOp::Eq,
        ra::CmpOp::NotEq => CmpOp::NotEq,
        ra::CmpOp::Lt => CmpOp::Lt,
        ra::CmpOp::LtE => CmpOp::LtE,
        ra::CmpOp::Gt => CmpOp::Gt,
        ra::CmpOp::GtE => CmpOp::GtE,
        ra::CmpOp::Is => CmpOp::Is,
        ra::CmpOp::IsNot => CmpOp::IsNot,
        ra::CmpOp::In => CmpOp::In,
        ra::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// A big integer literal as Ruff keeps it (the source token: decimal, 0x, 0o, 0b, underscores).
fn parse_int_literal(token: &str) -> Option<BigInt> {
    let t: String = token.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}
