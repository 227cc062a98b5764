//! Attribute access: instance and class lookup along the MRO, descriptors (functions bind to
//! methods, `property`, `classmethod`, `staticmethod`), `__getattr__`, `super()`, and the special
//! attributes of builtin objects. Messages follow CPython's AttributeError wording.

use std::rc::Rc;

use super::call::Prepared;
use super::{PyErr, PyResult, Vm};
use crate::lang::value::{downcast, Class, Layout, Method, Native, Value};

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `classmethod(f)`.
pub struct ClassMethod(pub Value);
/// `staticmethod(f)`.
pub struct StaticMethod(pub Value);
/// `super(cls, obj)`: attribute lookup starting after `cls` in `type(obj).__mro__`.
pub struct Super {
    pub class: Rc<Class>,
    pub obj: Value,
}

macro_rules! native_class {
    ($t:ty, $field:ident) => {
        impl Native for $t {
            fn class(&self, vm: &Vm) -> Rc<Class> {
                vm.types.$field.clone()
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
        }
    };
}
native_class!(Property, property);
native_class!(ClassMethod, classmethod);
native_class!(StaticMethod, staticmethod);
native_class!(Super, super_);

impl Vm {
    pub fn bind(&self, func: Value, receiver: Value) -> Value {
        Value::Method(Rc::new(Method { receiver, func }))
    }

    pub(crate) fn unwrap_staticmethod(&self, v: &Value) -> Value {
        match downcast::<StaticMethod>(v) {
            Some(s) => s.0.clone(),
            None => v.clone(),
        }
    }

    /// `getattr(obj, name)` from Rust (properties run nested).
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr_prepared(obj, name)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(f) => self.run_nested(f, None),
            Prepared::Init(..) => Err(self.internal("attribute access built an instance")),
        }
    }

    /// Like `get_attr`, but a Python property getter comes back as a frame to run in the loop.
    pub(crate) fn get_attr_prepared(&mut self, obj: &Value, name: &str) -> PyResult<Prepared> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.clone();
                let class_attr = class.lookup(name);
                if let Some(attr) = &class_attr {
                    if let Some(p) = downcast::<Property>(attr) {
                        if p.fget.is_none() {
                            let msg = format!("property '{name}' of '{}' object has no getter", class.name);
                            return Err(self.new_error(&self.types.attribute_error.clone(), &msg));
                        }
                        let fget = p.fget.clone();
                        return self.prepare_call(fget, super::Args::positional(vec![obj.clone()]));
                    }
                }
                if let Some(v) = inst.dict.borrow().get_str(name) {
                    return Ok(Prepared::Done(v));
                }
                if inst.exc.is_some() {
                    if let Some(v) = self.exception_attr(obj, name) {
                        return Ok(Prepared::Done(v));
                    }
                }
                if let Some(attr) = class_attr {
                    return Ok(Prepared::Done(self.descr_get(attr, obj.clone(), &class)));
                }
                if name == "__class__" {
                    return Ok(Prepared::Done(Value::Class(class)));
                }
                if name == "__dict__" {
                    let d = inst.dict.borrow().clone();
                    return Ok(Prepared::Done(Value::Dict(Rc::new(std::cell::RefCell::new(d)))));
                }
                if let Some(getattr) = class.lookup("__getattr__") {
                    let bound = self.descr_get(getattr, obj.clone(), &class);
                    return self.prepare_call(bound, super::Args::positional(vec![Value::str(name)]));
                }
                Err(self.no_attribute(obj, name))
            }
            Value::Class(c) => match self.class_attr(c, name) {
                Some(v) => Ok(Prepared::Done(v)),
                None => {
                    let msg = format!("type object '{}' has no attribute '{name}'", c.name);
                    Err(self.attribute_error(&msg, obj, name))
                }
            },
            Value::Module(m) => match m.dict.borrow().get_str(name) {
                Some(v) => Ok(Prepared::Done(v)),
                None => {
                    let msg = format!("module '{}' has no attribute '{name}'", m.name);
                    Err(self.attribute_error(&msg, obj, name))
                }
            },
            Value::Native(n) if n.as_any().is::<Super>() => {
                let Some(s) = downcast::<Super>(obj) else { return Err(self.internal("super")) };
                let (start, target) = (s.class.clone(), s.obj.clone());
                let target_class = match &target {
                    Value::Class(c) => c.clone(),
                    other => self.type_of(other),
                };
                let mro = target_class.mro.borrow().clone();
                let after = mro.iter().position(|c| Rc::ptr_eq(c, &start)).map_or(0, |i| i + 1);
                for c in &mro[after..] {
                    if let Some(attr) = c.dict.borrow().get_str(name) {
                        if let Some(p) = downcast::<Property>(&attr) {
                            let fget = p.fget.clone();
                            return self.prepare_call(fget, super::Args::positional(vec![target]));
                        }
                        let v = match &target {
                            Value::Class(tc) => self.class_descr_get(attr, tc),
                            _ => self.descr_get(attr, target.clone(), &target_class),
                        };
                        return Ok(Prepared::Done(v));
                    }
                }
                let msg = format!("'super' object has no attribute '{name}'");
                Err(self.attribute_error(&msg, obj, name))
            }
            _ => match self.builtin_attr(obj, name)? {
                Some(v) => Ok(Prepared::Done(v)),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// Binding rule for an attribute found on `class` and read through an instance.
    fn descr_get(&self, attr: Value, obj: Value, class: &Rc<Class>) -> Value {
        match &attr {
            Value::Function(_) | Value::Builtin(_) => self.bind(attr, obj),
            Value::Native(n) => {
                if let Some(cm) = n.as_any().downcast_ref::<ClassMethod>() {
                    self.bind(cm.0.clone(), Value::Class(class.clone()))
                } else if let Some(sm) = n.as_any().downcast_ref::<StaticMethod>() {
                    sm.0.clone()
                } else {
                    attr
                }
            }
            _ => attr,
        }
    }

    /// Binding rule for an attribute read through the class itself.
    fn class_descr_get(&self, attr: Value, class: &Rc<Class>) -> Value {
        match downcast::<ClassMethod>(&attr) {
            Some(cm) => self.bind(cm.0.clone(), Value::Class(class.clone())),
            None => self.unwrap_staticmethod(&attr),
        }
    }

    fn class_attr(&mut self, c: &Rc<Class>, name: &str) -> Option<Value> {
        if let Some(attr) = c.lookup(name) {
            return Some(self.class_descr_get(attr, c));
        }
        Some(match name {
            "__name__" => Value::str(&c.name),
            "__qualname__" => Value::Str(c.qualname.borrow().clone()),
            "__module__" => Value::Str(c.module.borrow().clone()),
            "__mro__" => Value::tuple(c.mro.borrow().iter().map(|k| Value::Class(k.clone())).collect()),
            "__bases__" => Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect()),
            "__base__" => c.bases.first().map_or(Value::None, |b| Value::Class(b.clone())),
            "__dict__" => Value::Dict(Rc::new(std::cell::RefCell::new(c.dict.borrow().clone()))),
            "__class__" => Value::Class(self.types.type_.clone()),
            "__doc__" => Value::None,
            _ => {
                // Methods of `type` itself (e.g. `mro`, `__subclasses__`) are looked up on the metaclass.
                let meta = self.types.type_.clone();
                let attr = meta.lookup(name)?;
                return Some(self.bind(attr, Value::Class(c.clone())));
            }
        })
    }

    /// Attributes of values that are not instances of user classes.
    fn builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        if let Some(attr) = class.lookup(name) {
            if let Some(p) = downcast::<Property>(&attr) {
                let fget = p.fget.clone();
                return Ok(Some(self.call1(&fget, obj.clone())?));
            }
            return Ok(Some(self.descr_get(attr, obj.clone(), &class)));
        }
        Ok(match (obj, name) {
            (_, "__class__") => Some(Value::Class(class)),
            (Value::Function(f), "__name__") => Some(Value::Str(f.name.borrow().clone())),
            (Value::Function(f), "__qualname__") => Some(Value::Str(f.qualname.borrow().clone())),
            (Value::Function(f), "__module__") => Some(Value::Str(f.module.clone())),
            (Value::Function(f), "__defaults__") => {
                Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) })
            }
            (Value::Function(f), "__dict__") => Some(Value::Dict(Rc::new(std::cell::RefCell::new(f.dict.borrow().clone())))),
            (Value::Function(f), "__doc__") => Some(f.dict.borrow().get_str("__doc__").unwrap_or(Value::None)),
            (Value::Function(f), _) => f.dict.borrow().get_str(name),
            (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::Str(b.name.clone())),
            (Value::Method(m), "__self__") => Some(m.receiver.clone()),
            (Value::Method(m), "__func__") => Some(m.func.clone()),
            (Value::Method(m), _) => return self.get_attr(&m.func.clone(), name).map(Some).or(Ok(None)),
            (Value::Gen(g), "__name__") => Some(Value::Str(g.name.clone())),
            (Value::Gen(g), "__qualname__") => Some(Value::Str(g.qualname.clone())),
            (Value::Int(_) | Value::Big(_) | Value::Bool(_), "real" | "numerator") => Some(self.int_value(obj)),
            (Value::Int(_) | Value::Big(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Big(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start") => Some(Value::Int(r.start)),
            (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Value::Range(r), "step") => Some(Value::Int(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Native(n), _) => {
                let n = n.clone();
                n.class(self).lookup(name).map(|a| self.descr_get(a, obj.clone(), &class))
            }
            _ => None,
        })
    }

    fn int_value(&self, v: &Value) -> Value {
        match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }
    }

    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(attr) = inst.class.lookup(name) {
                    if let Some(p) = downcast::<Property>(&attr) {
                        if p.fset.is_none() {
                            let msg = format!("property '{name}' of '{}' object has no setter", inst.class.name);
                            return Err(self.new_error(&self.types.attribute_error.clone(), &msg));
                        }
                        let fset = p.fset.clone();
                        self.call(&fset, super::Args::positional(vec![obj.clone(), value]))?;
                        return Ok(());
                    }
                }
                if let Some(setattr) = inst.class.lookup("__setattr__") {
                    if matches!(setattr, Value::Function(_)) {
                        let bound = self.bind(setattr, obj.clone());
                        self.call(&bound, super::Args::positional(vec![Value::str(name), value]))?;
                        return Ok(());
                    }
                }
                if inst.exc.is_some() && self.set_exception_attr(obj, name, &value) {
                    return Ok(());
                }
                inst.dict.borrow_mut().set_str(name, value);
                Ok(())
            }
            Value::Class(c) => {
                match (name, &value) {
                    ("__module__", Value::Str(s)) => {
                        *c.module.borrow_mut() = s.clone();
                        return Ok(());
                    }
                    ("__qualname__", Value::Str(s)) => {
                        *c.qualname.borrow_mut() = s.clone();
                        return Ok(());
                    }
                    _ => {}
                }
                if c.layout == Layout::Builtin && c.module.borrow().as_ref() == "builtins" {
                    let msg = format!("cannot set '{name}' attribute of immutable type '{}'", c.name);
                    return Err(self.new_error(&self.types.type_error.clone(), &msg));
                }
                c.dict.borrow_mut().set_str(name, value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name, value);
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" => {
                        if let Value::Str(s) = value {
                            *f.name.borrow_mut() = s;
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = value {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    _ => f.dict.borrow_mut().set_str(name, value),
                }
                Ok(())
            }
            _ => {
                if let Some(attr) = self.type_of(obj).lookup(name) {
                    if let Some(p) = downcast::<Property>(&attr) {
                        if !p.fset.is_none() {
                            let fset = p.fset.clone();
                            self.call(&fset, super::Args::positional(vec![obj.clone(), value]))?;
                            return Ok(());
                        }
                    }
                }
                let msg = if self.type_of(obj).lookup(name).is_some() {
                    format!("'{}' object attribute '{name}' is read-only", self.type_name(obj))
                } else {
                    format!("'{}' object has no attribute '{name}'", self.type_name(obj))
                };
                Err(self.attribute_error(&msg, obj, name))
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(attr) = inst.class.lookup(name) {
                    if let Some(p) = downcast::<Property>(&attr) {
                        let fdel = p.fdel.clone();
                        if fdel.is_none() {
                            let msg = format!("property '{name}' of '{}' object has no deleter", inst.class.name);
                            return Err(self.new_error(&self.types.attribute_error.clone(), &msg));
                        }
                        self.call1(&fdel, obj.clone())?;
                        return Ok(());
                    }
                }
                inst.dict.borrow_mut().del_str(name).is_some()
            }
            Value::Class(c) => c.dict.borrow_mut().del_str(name).is_some(),
            Value::Module(m) => m.dict.borrow_mut().del_str(name).is_some(),
            Value::Function(f) => f.dict.borrow_mut().del_str(name).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, name))
        }
    }

    fn no_attribute(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = format!("'{}' object has no attribute '{name}'", self.type_name(obj));
        self.attribute_error(&msg, obj, name)
    }

    fn attribute_error(&mut self, msg: &str, obj: &Value, name: &str) -> PyErr {
        let err = self.new_error(&self.types.attribute_error.clone(), msg);
        if let Value::Instance(i) = &err.0 {
            i.dict.borrow_mut().set_str("name", Value::str(name));
            i.dict.borrow_mut().set_str("obj", obj.clone());
        }
        err
    }

    /// A special method looked up on the type (never the instance), bound to `obj`.
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        let class = self.type_of(obj);
        let attr = class.lookup(name)?;
        Some(self.descr_get(attr, obj.clone(), &class))
    }

    /// Like `lookup_special` but a missing method is a TypeError (`with` on a non-manager).
    pub(crate) fn get_special(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.lookup_special(obj, name) {
            Some(m) => Ok(m),
            None => {
                let what = match name {
                    "__enter__" | "__exit__" => "the context manager protocol",
                    "__aenter__" | "__aexit__" => "the asynchronous context manager protocol",
                    _ => "the required protocol",
                };
                let missing = if name.contains("exit") { format!(" (missed {name} method)") } else { String::new() };
                let msg = format!("'{}' object does not support {what}{missing}", self.type_name(obj));
                Err(self.new_error(&self.types.type_error.clone(), &msg))
            }
        }
    }

    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Native(n) => n.class(self),
            other => self.types.type_of(other),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name.to_string()
    }

    pub fn isinstance_class(&self, v: &Value, class: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(class)
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> bool {
        self.get_attr(obj, name).is_ok()
    }
}
