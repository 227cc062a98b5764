//! Class creation (`class` statements: C3 linearisation, `__init_subclass__`, the `__class__` cell
//! for zero-argument `super()`), and module imports from the registry of builtin modules.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyResult, Vm};
use crate::lang::value::{Class, Dict, Function, Layout, Module, Value};

impl Vm {
    pub(crate) fn new_module_dict_for_class(&mut self, func: &Function, _name: &str) -> Rc<RefCell<Dict>> {
        let mut d = Dict::new();
        let module = func.globals.borrow().get_str("__name__").unwrap_or(Value::str("__main__"));
        d.set_str("__module__", module);
        d.set_str("__qualname__", Value::Str(func.qualname.borrow().clone()));
        Rc::new(RefCell::new(d))
    }

    pub(crate) fn build_class(
        &mut self,
        name: Rc<str>,
        bases: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        namespace: Rc<RefCell<Dict>>,
        class_cell: Value,
    ) -> PyResult<Value> {
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    let msg = format!("bases must be types, not {}", self.type_name(other));
                    return Err(self.type_error(&msg));
                }
            }
        }
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| &**k != "metaclass") {
            let msg = format!("{name}.__init_subclass__() takes no keyword arguments (got '{k}')");
            return Err(self.type_error(&msg));
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        let mut layout = Layout::Plain;
        for b in &base_classes {
            match b.layout {
                Layout::Exception => layout = Layout::Exception,
                Layout::Builtin if !Rc::ptr_eq(b, &self.types.object) => {
                    let msg = format!("looplab does not support subclassing '{}' yet", b.name);
                    return Err(self.type_error(&msg));
                }
                _ => {}
            }
        }
        let mro = self.c3(&base_classes, &name)?;
        let ns = namespace.borrow().clone();
        let qualname = match ns.get_str("__qualname__") {
            Some(Value::Str(s)) => s,
            _ => name.clone(),
        };
        let module = match ns.get_str("__module__") {
            Some(Value::Str(s)) => s,
            _ => Rc::from("__main__"),
        };
        let mut dict = Dict::new();
        for (k, v) in ns.items() {
            if let Value::Str(key) = &k {
                if &**key == "__qualname__" {
                    continue;
                }
                // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
                let v = if matches!(&**key, "__init_subclass__" | "__class_getitem__") && matches!(v, Value::Function(_)) {
                    Value::Native(Rc::new(super::attr::ClassMethod(v)))
                } else {
                    v
                };
                dict.set_str(key, v);
            }
        }
        // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let class = Rc::new(Class {
            name: name.clone(),
            qualname: RefCell::new(qualname),
            module: RefCell::new(module),
            bases: base_classes.clone(),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(dict),
            layout,
        });
        let mut full = mro;
        full.insert(0, class.clone());
        *class.mro.borrow_mut() = full;
        if let Value::Cell(cell) = &class_cell {
            *cell.borrow_mut() = Some(Value::Class(class.clone()));
        }
        // `__set_name__` on attributes, then the parent's `__init_subclass__`.
        for (k, v) in class.dict.borrow().items() {
            if let Some(m) = self.lookup_special(&v, "__set_name__").filter(|_| matches!(v, Value::Instance(_))) {
                self.call(&m, super::Args::positional(vec![Value::Class(class.clone()), k]))?;
            }
        }
        let parent = class.mro.borrow().get(1).cloned();
        if let Some(parent) = parent {
            if let Some(init_sub) = parent.lookup("__init_subclass__") {
                if let Some(cm) = crate::lang::value::downcast::<super::attr::ClassMethod>(&init_sub) {
                    let f = cm.0.clone();
                    self.call1(&f, Value::Class(class.clone()))?;
                }
            }
        }
        Ok(Value::Class(class))
    }

    /// C3 linearisation of the bases' MROs (without the new class itself).
    fn c3(&mut self, bases: &[Rc<Class>], name: &str) -> PyResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
            let Some(c) = candidate else {
                let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
                let msg = format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", "));
                let _ = name;
                return Err(self.type_error(&msg));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// `import name` / `from name import ...`.
    pub(crate) fn import(&mut self, name: &Value, fromlist: &Value, level: u32) -> PyResult<Value> {
        let Value::Str(name) = name else { return Err(self.internal("import of a non-str name")) };
        if level > 0 {
            let msg = "attempted relative import with no known parent package";
            return Err(self.new_error(&self.types.import_error.clone(), msg));
        }
        let module = self.load_module(name)?;
        if fromlist.is_none() {
            // `import a.b` binds `a`.
            if let Some((top, _)) = name.split_once('.') {
                return self.load_module(top);
            }
        }
        Ok(module)
    }

    pub fn load_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let Some(factory) = self.module_factories.get(name).copied() else {
            let msg = format!("No module named '{name}'");
            let err = self.new_error(&self.types.module_not_found_error.clone(), &msg);
            return Err(err);
        };
        let module = factory(self)?;
        self.modules.insert(Rc::from(name), module.clone());
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Ok(Value::Module(p)) = self.load_module(parent) {
                p.dict.borrow_mut().set_str(child, module.clone());
            }
        }
        Ok(module)
    }

    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Value::Module(m) = module {
            if let Some(v) = m.dict.borrow().get_str(name) {
                return Ok(v);
            }
            let sub = format!("{}.{name}", m.name);
            if self.module_factories.contains_key(sub.as_str()) {
                return self.load_module(&sub);
            }
            let msg = format!("cannot import name '{name}' from '{}' (unknown location)", m.name);
            return Err(self.new_error(&self.types.import_error.clone(), &msg));
        }
        self.get_attr(module, name)
    }

    pub(crate) fn import_star(&mut self, module: &Value, ns: &Rc<RefCell<Dict>>) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        let all = m.dict.borrow().get_str("__all__");
        let names: Vec<Value> = match all {
            Some(all) => self.collect(&all)?,
            None => m.dict.borrow().keys().into_iter().filter(|k| matches!(k, Value::Str(s) if !s.starts_with('_'))).collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let v = self.import_from(module, s)?;
                ns.borrow_mut().set_str(s, v);
            }
        }
        Ok(())
    }

    /// A module object from a namespace.
    pub fn new_module(&self, name: &str, dict: Dict) -> Value {
        let mut dict = dict;
        dict.set_str("__name__", Value::str(name));
        Value::Module(Rc::new(Module { name: Rc::from(name), dict: Rc::new(RefCell::new(dict)) }))
    }
}
