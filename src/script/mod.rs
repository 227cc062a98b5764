//! Running a task script: source → parse → compile → run on the VM, with CPython's behaviour at
//! the edges (tracebacks on stderr, exit code 1 on an uncaught exception, `SystemExit` codes).

pub mod runner;

use std::rc::Rc;

use crate::lang::compile::compile_module;
use crate::lang::error::{SyntaxError, SyntaxKind};
use crate::lang::parse::parse_module;
use crate::lang::value::Value;
use crate::lang::vm::{format_exception, Output, Stream, Vm};

/// Compiles `source`; a failure is rendered as CPython renders a SyntaxError.
pub fn compile(source: &str, filename: &str) -> Result<Rc<crate::lang::bytecode::Code>, SyntaxError> {
    let module = parse_module(source, filename)?;
    compile_module(&module, source, filename).map_err(|e| match e.span {
        Some(span) => SyntaxError::new(SyntaxKind::SyntaxError, e.message, filename, source, span),
        None => SyntaxError::new(SyntaxKind::SyntaxError, e.message, filename, source, Default::default()),
    })
}

/// Runs a script to completion without an event loop host (no asyncio): returns the exit code.
pub fn run_sync(source: &str, filename: &str, output: Box<dyn Output>) -> i32 {
    let mut vm = Vm::new(output);
    let code = match compile(source, filename) {
        Ok(c) => c,
        Err(e) => {
            let _ = vm.write(Stream::Stderr, &format!("{e}\n"));
            return 1;
        }
    };
    match vm.run_main(code) {
        Ok(_) => 0,
        Err(err) => report_uncaught(&mut vm, &err.0),
    }
}

/// Prints an uncaught exception like CPython and returns the process exit code.
pub fn report_uncaught(vm: &mut Vm, exc: &Value) -> i32 {
    if vm.isinstance_class(exc, &vm.types.system_exit.clone()) {
        let code = vm.exception_attr_public(exc, "code");
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vm.to_str(&other).unwrap_or_default();
                let _ = vm.write(Stream::Stderr, &format!("{text}\n"));
                1
            }
        };
    }
    let text = format_exception(vm, exc);
    let _ = vm.write(Stream::Stderr, &text);
    1
}
