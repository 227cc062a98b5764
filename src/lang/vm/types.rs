//! The builtin classes: created once per VM, in a fixed hierarchy. Their methods are filled in by
//! `lang::builtins`; this file only creates the class objects and answers `type_of`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::value::{Class, Dict, GenKind, Layout, Value};

macro_rules! types {
    ($($field:ident),* $(,)?) => {
        /// Every builtin class the VM needs by name.
        pub struct Types { $(pub $field: Rc<Class>,)* }
    };
}

types!(
    object, type_, int, bool_, float, str_, bytes, tuple, list, dict, set, frozenset, range, slice,
    none_type, not_implemented_type, ellipsis_type, function, builtin_function, method, module,
    generator, coroutine, async_generator, cell, property, classmethod, staticmethod, super_,
    base_exception, exception, base_exception_group, exception_group, arithmetic_error,
    zero_division_error, overflow_error, lookup_error, index_error, key_error, value_error,
    unicode_error, type_error, attribute_error, name_error, unbound_local_error, runtime_error,
    recursion_error, not_implemented_error, stop_iteration, stop_async_iteration, assertion_error,
    import_error, module_not_found_error, os_error, connection_error, timeout_error, memory_error,
    file_not_found_error, file_exists_error, permission_error, is_a_directory_error,
    not_a_directory_error, connection_refused_error, connection_reset_error, broken_pipe_error,
    interrupted_error, floating_point_error, system_error, reference_error, unicode_decode_error,
    unicode_encode_error, buffer_error, 
    syntax_error, indentation_error, keyboard_interrupt, system_exit, generator_exit, eof_error,
    warning, user_warning, deprecation_warning, runtime_warning,
);

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout) -> Rc<Class> {
    let mut mro: Vec<Rc<Class>> = Vec::new();
    for base in &bases {
        for c in base.mro.borrow().iter() {
            if !mro.iter().any(|m| Rc::ptr_eq(m, c)) {
                mro.push(c.clone());
            }
        }
    }
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(Rc::from(name)),
        module: RefCell::new(Rc::from("builtins")),
        bases,
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        layout,
    });
    mro.insert(0, class.clone());
    *class.mro.borrow_mut() = mro;
    class
}

impl Types {
    pub fn new() -> Types {
        use Layout::{Builtin as B, Exception as E};
        let object = new_class("object", vec![], B);
        let c = |name: &str, base: &Rc<Class>| new_class(name, vec![base.clone()], B);
        let int = c("int", &object);
        let base_exception = new_class("BaseException", vec![object.clone()], E);
        let e = |name: &str, base: &Rc<Class>| new_class(name, vec![base.clone()], E);
        let exception = e("Exception", &base_exception);
        let arithmetic_error = e("ArithmeticError", &exception);
        let lookup_error = e("LookupError", &exception);
        let value_error = e("ValueError", &exception);
        let name_error = e("NameError", &exception);
        let runtime_error = e("RuntimeError", &exception);
        let import_error = e("ImportError", &exception);
        let os_error = e("OSError", &exception);
        let syntax_error = e("SyntaxError", &exception);
        let indentation_error = e("IndentationError", &syntax_error);
        let base_exception_group = e("BaseExceptionGroup", &base_exception);
        let exception_group =
            new_class("ExceptionGroup", vec![base_exception_group.clone(), exception.clone()], E);
        let warning = e("Warning", &exception);
        let connection_error = e("ConnectionError", &os_error);
        let unicode_error = e("UnicodeError", &value_error);
        Types {
            type_: c("type", &object),
            bool_: c("bool", &int),
            float: c("float", &object),
            str_: c("str", &object),
            bytes: c("bytes", &object),
            tuple: c("tuple", &object),
            list: c("list", &object),
            dict: c("dict", &object),
            set: c("set", &object),
            frozenset: c("frozenset", &object),
            range: c("range", &object),
            slice: c("slice", &object),
            none_type: c("NoneType", &object),
            not_implemented_type: c("NotImplementedType", &object),
            ellipsis_type: c("ellipsis", &object),
            function: c("function", &object),
            builtin_function: c("builtin_function_or_method", &object),
            method: c("method", &object),
            module: c("module", &object),
            generator: c("generator", &object),
            coroutine: c("coroutine", &object),
            async_generator: c("async_generator", &object),
            cell: c("cell", &object),
            property: c("property", &object),
            classmethod: c("classmethod", &object),
            staticmethod: c("staticmethod", &object),
            super_: c("super", &object),
            zero_division_error: e("ZeroDivisionError", &arithmetic_error),
            overflow_error: e("OverflowError", &arithmetic_error),
            index_error: e("IndexError", &lookup_error),
            key_error: e("KeyError", &lookup_error),
            unicode_error: unicode_error.clone(),
            type_error: e("TypeError", &exception),
            attribute_error: e("AttributeError", &exception),
            unbound_local_error: e("UnboundLocalError", &name_error),
            recursion_error: e("RecursionError", &runtime_error),
            not_implemented_error: e("NotImplementedError", &runtime_error),
            stop_iteration: e("StopIteration", &exception),
            stop_async_iteration: e("StopAsyncIteration", &exception),
            assertion_error: e("AssertionError", &exception),
            module_not_found_error: e("ModuleNotFoundError", &import_error),
            connection_error: connection_error.clone(),
            connection_refused_error: e("ConnectionRefusedError", &connection_error),
            connection_reset_error: e("ConnectionResetError", &connection_error),
            broken_pipe_error: e("BrokenPipeError", &connection_error),
            unicode_decode_error: e("UnicodeDecodeError", &unicode_error),
            unicode_encode_error: e("UnicodeEncodeError", &unicode_error),
            timeout_error: e("TimeoutError", &os_error),
            file_not_found_error: e("FileNotFoundError", &os_error),
            file_exists_error: e("FileExistsError", &os_error),
            permission_error: e("PermissionError", &os_error),
            is_a_directory_error: e("IsADirectoryError", &os_error),
            not_a_directory_error: e("NotADirectoryError", &os_error),
            interrupted_error: e("InterruptedError", &os_error),
            floating_point_error: e("FloatingPointError", &arithmetic_error),
            system_error: e("SystemError", &exception),
            reference_error: e("ReferenceError", &exception),
            buffer_error: e("BufferError", &exception),
            memory_error: e("MemoryError", &exception),
            keyboard_interrupt: e("KeyboardInterrupt", &base_exception),
            system_exit: e("SystemExit", &base_exception),
            generator_exit: e("GeneratorExit", &base_exception),
            eof_error: e("EOFError", &exception),
            user_warning: e("UserWarning", &warning),
            deprecation_warning: e("DeprecationWarning", &warning),
            runtime_warning: e("RuntimeWarning", &warning),
            object, int, base_exception, exception, arithmetic_error, lookup_error, value_error,
            name_error, runtime_error, import_error, os_error, syntax_error, indentation_error,
            base_exception_group, exception_group, warning,
        }
    }

    pub fn type_of(&self, value: &Value) -> Rc<Class> {
        match value {
            Value::None => self.none_type.clone(),
            Value::NotImplemented => self.not_implemented_type.clone(),
            Value::Ellipsis => self.ellipsis_type.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::Big(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::Bytes(_) => self.bytes.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::Method(_) => self.method.clone(),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Gen(g) => match g.kind {
                GenKind::Generator => self.generator.clone(),
                GenKind::Coroutine => self.coroutine.clone(),
                GenKind::AsyncGenerator => self.async_generator.clone(),
            },
            Value::Cell(_) => self.cell.clone(),
            Value::Native(_) => self.object.clone(),
        }
    }

    /// Every exception class, for the builtins namespace.
    pub fn exception_classes(&self) -> Vec<Rc<Class>> {
        vec![
            self.base_exception.clone(), self.exception.clone(), self.base_exception_group.clone(),
            self.exception_group.clone(), self.arithmetic_error.clone(), self.zero_division_error.clone(),
            self.overflow_error.clone(), self.lookup_error.clone(), self.index_error.clone(),
            self.key_error.clone(), self.value_error.clone(), self.unicode_error.clone(),
            self.type_error.clone(), self.attribute_error.clone(), self.name_error.clone(),
            self.unbound_local_error.clone(), self.runtime_error.clone(), self.recursion_error.clone(),
            self.not_implemented_error.clone(), self.stop_iteration.clone(),
            self.stop_async_iteration.clone(), self.assertion_error.clone(), self.import_error.clone(),
            self.module_not_found_error.clone(), self.os_error.clone(), self.connection_error.clone(),
            self.timeout_error.clone(), self.memory_error.clone(), self.syntax_error.clone(),
            self.indentation_error.clone(), self.keyboard_interrupt.clone(), self.system_exit.clone(),
            self.generator_exit.clone(), self.eof_error.clone(), self.warning.clone(),
            self.user_warning.clone(), self.deprecation_warning.clone(), self.runtime_warning.clone(),
            self.file_not_found_error.clone(), self.file_exists_error.clone(), self.permission_error.clone(),
            self.is_a_directory_error.clone(), self.not_a_directory_error.clone(),
            self.connection_refused_error.clone(), self.connection_reset_error.clone(),
            self.broken_pipe_error.clone(), self.interrupted_error.clone(), self.floating_point_error.clone(),
            self.system_error.clone(), self.reference_error.clone(), self.unicode_decode_error.clone(),
            self.unicode_encode_error.clone(), self.buffer_error.clone(),
        ]
    }
}
