//! Exceptions: creating them from Rust, raising (`raise X`, `raise X from Y`, implicit
//! `__context__`), matching `except` clauses, exception groups for `except*`, tracebacks, and
//! printing an uncaught exception exactly as CPython 3.11 does.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Ctx, Frame};
use super::{PyErr, PyResult, Vm};
use crate::lang::value::{Class, Dict, ExcData, Generator, Instance, Layout, TracebackEntry, Value};

impl Vm {
    /// A new exception instance of `class` with one string argument.
    pub fn new_error(&self, class: &Rc<Class>, msg: &str) -> PyErr {
        PyErr(self.new_exception(class, vec![Value::str(msg)]))
    }

    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(Dict::new()),
            exc: Some(RefCell::new(ExcData { args, ..ExcData::default() })),
        }))
    }

    pub fn type_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.type_error, msg)
    }

    pub fn value_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.value_error, msg)
    }

    /// A bug in looplab, surfaced as a Python exception rather than a crash.
    pub fn internal(&self, what: &str) -> PyErr {
        self.new_error(&self.types.system_error_class(), &format!("looplab internal error: {what}"))
    }

    pub(crate) fn name_error(&self, name: &str) -> PyErr {
        let err = self.new_error(&self.types.name_error, &format!("name '{name}' is not defined"));
        if let Value::Instance(i) = &err.0 {
            i.dict.borrow_mut().set_str("name", Value::str(name));
        }
        err
    }

    pub(crate) fn stop_iteration_for(&self, gen: &Generator) -> PyErr {
        match gen.kind {
            crate::lang::value::GenKind::Coroutine => {
                self.new_error(&self.types.runtime_error, "cannot reuse already awaited coroutine")
            }
            crate::lang::value::GenKind::AsyncGenerator => PyErr(self.new_exception(&self.types.stop_async_iteration, vec![])),
            crate::lang::value::GenKind::Generator => PyErr(self.new_exception(&self.types.stop_iteration, vec![])),
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
    pub(crate) fn generator_error(&self, gen: &Generator, err: PyErr) -> PyErr {
        let (class, noun) = match gen.kind {
            crate::lang::value::GenKind::Generator => (self.types.stop_iteration.clone(), "generator"),
            crate::lang::value::GenKind::Coroutine => (self.types.stop_iteration.clone(), "coroutine"),
            crate::lang::value::GenKind::AsyncGenerator => (self.types.stop_async_iteration.clone(), "async generator"),
        };
        let leaked = self.isinstance_class(&err.0, &class)
            || (gen.kind == crate::lang::value::GenKind::AsyncGenerator && self.isinstance_class(&err.0, &self.types.stop_iteration));
        if !leaked {
            return err;
        }
        let what = if self.isinstance_class(&err.0, &self.types.stop_async_iteration) { "StopAsyncIteration" } else { "StopIteration" };
        let new = self.new_error(&self.types.runtime_error, &format!("{noun} raised {what}"));
        if let (Value::Instance(i), Some(data)) = (&new.0, new.0.as_instance().and_then(|i| i.exc.as_ref())) {
            let _ = i;
            let mut d = data.borrow_mut();
            d.cause = Some(err.0.clone());
            d.context = Some(err.0);
            d.suppress_context = true;
        }
        new
    }

    /// Turns the operand of `raise` into an exception instance (classes are instantiated).
    pub(crate) fn make_raisable(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = match &exc {
            Value::Class(c) if c.layout == Layout::Exception => self.call0(&exc)?,
            Value::Instance(i) if i.exc.is_some() => exc.clone(),
            _ => return Err(self.type_error("exceptions must derive from BaseException")),
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => None,
                Value::Class(c) if c.layout == Layout::Exception => Some(self.call0(&cause)?),
                Value::Instance(i) if i.exc.is_some() => Some(cause.clone()),
                _ => return Err(self.type_error("exception causes must derive from BaseException")),
            };
            if let Some(data) = exc.as_instance().and_then(|i| i.exc.as_ref()) {
                let mut d = data.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        Ok(PyErr(exc))
    }

    /// Implicit chaining: a new exception raised while another is handled gets it as `__context__`.
    pub(crate) fn set_context(&self, err: &PyErr, ctx: &Ctx) {
        let Some(handled) = self.current_handled(ctx) else { return };
        if handled.is(&err.0) {
            return;
        }
        if let Some(data) = err.0.as_instance().and_then(|i| i.exc.as_ref()) {
            if data.borrow().context.is_none() {
                // Avoid cycles: cut the chain where `err` already appears.
                let mut cur = Some(handled.clone());
                while let Some(c) = cur {
                    if c.is(&err.0) {
                        return;
                    }
                    cur = c.as_instance().and_then(|i| i.exc.as_ref()).and_then(|d| d.borrow().context.clone());
                }
                data.borrow_mut().context = Some(handled);
            }
        }
    }

    /// Records that `err` passed through `frame` (outermost entry first, like CPython's chain).
    pub(crate) fn add_traceback(&self, err: &PyErr, frame: &Frame) {
        let Some(data) = err.0.as_instance().and_then(|i| i.exc.as_ref()) else { return };
        let pc = frame.pc.saturating_sub(1);
        let (line, start, end) = frame.code.locations.get(pc).copied().unwrap_or((frame.code.first_line, 0, 0));
        let frame_id = frame as *const Frame as usize;
        let mut d = data.borrow_mut();
        if d.traceback.first().is_some_and(|e| e.frame_id == frame_id) {
            return;
        }
        d.traceback.insert(
            0,
            TracebackEntry {
                filename: frame.code.filename.clone(),
                name: frame.code.name.clone(),
                line,
                span: (start, end),
                source: Some(frame.code.source.clone()),
                frame_id,
            },
        );
    }

    /// `except E:` — does the exception match `class` (a class or a tuple of classes)?
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        match class {
            Value::Class(c) => {
                if c.layout != Layout::Exception {
                    return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(self.isinstance_class(exc, c))
            }
            Value::Tuple(items) => {
                for item in items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// An exception attribute (`args`, `code`, `value`, ...) or None.
    pub fn exception_attr_public(&self, obj: &Value, name: &str) -> Value {
        self.exception_attr(obj, name).unwrap_or(Value::None)
    }

    /// Attributes every exception has.
    pub(crate) fn exception_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        let data = obj.as_instance()?.exc.as_ref()?.borrow();
        Some(match name {
            "args" => Value::tuple(data.args.clone()),
            "__cause__" => data.cause.clone().unwrap_or(Value::None),
            "__context__" => data.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(data.suppress_context),
            "__traceback__" => {
                if data.traceback.is_empty() {
                    Value::None
                } else {
                    Value::str("<traceback>")
                }
            }
            "__notes__" if !data.notes.is_empty() => Value::list(data.notes.clone()),
            "value" if self.isinstance_class(obj, &self.types.stop_iteration) => data.args.first().cloned().unwrap_or(Value::None),
            "code" if self.isinstance_class(obj, &self.types.system_exit) => match data.args.len() {
                0 => Value::None,
                1 => data.args[0].clone(),
                _ => Value::tuple(data.args.clone()),
            },
            "exceptions" if self.isinstance_class(obj, &self.types.base_exception_group) => {
                data.args.get(1).map(|v| match v {
                    Value::List(l) => Value::tuple(l.borrow().clone()),
                    other => other.clone(),
                })?
            }
            "message" if self.isinstance_class(obj, &self.types.base_exception_group) => data.args.first().cloned()?,
            "errno" if self.isinstance_class(obj, &self.types.os_error) => if data.args.len() >= 2 { data.args[0].clone() } else { Value::None },
            "strerror" if self.isinstance_class(obj, &self.types.os_error) => if data.args.len() >= 2 { data.args[1].clone() } else { Value::None },
            _ => return None,
        })
    }

    pub(crate) fn set_exception_attr(&self, obj: &Value, name: &str, value: &Value) -> bool {
        let Some(data) = obj.as_instance().and_then(|i| i.exc.as_ref()) else { return false };
        let mut d = data.borrow_mut();
        match name {
            "args" => {
                d.args = match value {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                }
            }
            "__cause__" => {
                d.cause = if value.is_none() { None } else { Some(value.clone()) };
                d.suppress_context = true;
            }
            "__context__" => d.context = if value.is_none() { None } else { Some(value.clone()) },
            "__suppress_context__" => d.suppress_context = matches!(value, Value::Bool(true)),
            "__traceback__" => {
                if value.is_none() {
                    d.traceback.clear()
                }
            }
            _ => return false,
        }
        true
    }

    /// `except* T`: split a group into (rest, matched) — either may be None.
    pub(crate) fn exception_group_match(&mut self, group: &Value, class: &Value) -> PyResult<(Value, Value)> {
        if group.is_none() {
            return Ok((Value::None, Value::None));
        }
        if !self.isinstance_class(group, &self.types.base_exception_group) {
            // A naked exception matched by except* is wrapped in a group.
            if self.exception_matches(group, class)? {
                let eg = self.new_exception(&self.types.exception_group, vec![Value::str(""), Value::list(vec![group.clone()])]);
                return Ok((Value::None, eg));
            }
            return Ok((group.clone(), Value::None));
        }
        let items = match self.exception_attr(group, "exceptions") {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for item in items {
            if self.isinstance_class(&item, &self.types.base_exception_group) {
                let (r, m) = self.exception_group_match(&item, class)?;
                if !m.is_none() {
                    matched.push(m);
                }
                if !r.is_none() {
                    rest.push(r);
                }
            } else if self.exception_matches(&item, class)? {
                matched.push(item);
            } else {
                rest.push(item);
            }
        }
        let message = self.exception_attr(group, "message").unwrap_or(Value::str(""));
        let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
            if items.is_empty() {
                return Ok(Value::None);
            }
            let class = Value::Class(vm.type_of(group));
            let new = vm.call(&class, super::Args::positional(vec![message.clone(), Value::list(items)]))?;
            if let (Some(src), Some(dst)) = (
                group.as_instance().and_then(|i| i.exc.as_ref()),
                new.as_instance().and_then(|i| i.exc.as_ref()),
            ) {
                let s = src.borrow();
                let mut d = dst.borrow_mut();
                d.traceback = s.traceback.clone();
                d.cause = s.cause.clone();
                d.context = s.context.clone();
                d.notes = s.notes.clone();
            }
            Ok(new)
        };
        let matched = derive(self, matched)?;
        let rest = derive(self, rest)?;
        Ok((rest, matched))
    }

    /// End of a `try/except*`: what is left unhandled plus what the handlers raised.
    pub(crate) fn prep_reraise_star(&mut self, rest: Value, raised: Value) -> PyResult<Option<PyErr>> {
        let raised: Vec<Value> = match raised {
            Value::List(l) => l.borrow().iter().filter(|v| !v.is_none()).cloned().collect(),
            _ => Vec::new(),
        };
        if raised.is_empty() {
            return Ok(if rest.is_none() { None } else { Some(PyErr(rest)) });
        }
        let mut all = Vec::new();
        if !rest.is_none() {
            all.push(rest);
        }
        all.extend(raised);
        if all.len() == 1 {
            return Ok(all.pop().map(PyErr));
        }
        let eg = self.new_exception(&self.types.exception_group, vec![Value::str(""), Value::list(all)]);
        Ok(Some(PyErr(eg)))
    }
}

impl super::Types {
    pub fn system_error_class(&self) -> Rc<Class> {
        self.system_error.clone()
    }
}

/// Renders an uncaught exception like CPython 3.11's default excepthook (chained exceptions,
/// traceback entries with source lines and carets).
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.id());
    let data = exc.as_instance().and_then(|i| i.exc.as_ref()).map(|d| d.borrow().clone());
    if let Some(data) = &data {
        if let Some(cause) = &data.cause {
            if !seen.contains(&cause.id()) {
                format_chain(vm, cause, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Some(context), false) = (&data.context, data.suppress_context) {
            if !seen.contains(&context.id()) {
                format_chain(vm, context, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if !data.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in &data.traceback {
                format_entry(entry, out);
            }
        }
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
    if let Some(data) = &data {
        for note in &data.notes {
            if let Value::Str(s) = note {
                out.push_str(s);
                out.push('\n');
            }
        }
    }
}

/// `ValueError: bad value` — the last line of a traceback.
pub fn exception_line(vm: &mut Vm, exc: &Value) -> String {
    let class = vm.type_of(exc);
    let module = class.module.borrow().clone();
    let name = if &*module == "builtins" || &*module == "__main__" {
        class.qualname.borrow().to_string()
    } else {
        format!("{module}.{}", class.qualname.borrow())
    };
    let text = match vm.to_str(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    }
}

fn format_entry(entry: &TracebackEntry, out: &mut String) {
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.name));
    let Some(source) = &entry.source else { return };
    let Some(line_text) = source.lines().nth(entry.line.saturating_sub(1) as usize) else { return };
    let stripped = line_text.trim_start();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped.trim_end());
    out.push('\n');
    // CPython 3.11 underlines the failing expression when it does not span the whole line.
    let line_start = source.lines().take(entry.line.saturating_sub(1) as usize).map(|l| l.len() + 1).sum::<usize>();
    let (start, end) = (entry.span.0 as usize, entry.span.1 as usize);
    if start < line_start || end <= start {
        return;
    }
    let indent = line_text.len() - stripped.len();
    let line_end = line_start + line_text.trim_end().len();
    let col_start = start - line_start;
    let col_end = end.min(line_end) - line_start;
    if col_start < indent || col_end <= col_start {
        return;
    }
    if col_start == indent && col_end >= line_text.trim_end().len() {
        return;
    }
    let width = |s: &str| s.chars().count();
    let pad = width(&line_text[indent..col_start.min(line_text.len())]);
    let len = width(&line_text[col_start.min(line_text.len())..col_end.min(line_text.len())]);
    out.push_str("    ");
    out.push_str(&" ".repeat(pad));
    out.push_str(&"^".repeat(len.max(1)));
    out.push('\n');
}
