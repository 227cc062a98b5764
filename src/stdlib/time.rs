//! The `time` module: `sleep` blocks the loop (never the host: the runner turns it into a pause
//! of the whole executor), `time`, `monotonic`, `perf_counter` read the host clocks.

use crate::lang::builtins::{arg, builtin, to_f64};
use crate::lang::value::{Dict, Value};
use crate::lang::vm::{Pending, PyResult, Vm};

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let mut d = Dict::new();
    d.set_str("sleep", builtin("sleep", |vm, args| {
        if args.args.len() != 1 {
            return Err(vm.type_error(&format!("time.sleep() takes exactly one argument ({} given)", args.args.len())));
        }
        let secs = to_f64(vm, &arg(&args, 0))?;
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        if !secs.is_finite() {
            return Err(vm.new_error(&vm.types.overflow_error.clone(), "sleep length is too large"));
        }
        vm.pending = Some(Pending::Sleep((secs * 1e9) as u64));
        Ok(Value::None)
    }));
    for name in ["monotonic", "perf_counter"] {
        d.set_str(name, builtin(name, |vm, _| Ok(Value::Float(now_ns(vm) as f64 / 1e9))));
    }
    for name in ["monotonic_ns", "perf_counter_ns"] {
        d.set_str(name, builtin(name, |vm, _| Ok(Value::Int(now_ns(vm) as i64))));
    }
    d.set_str("time", builtin("time", |vm, _| {
        Ok(Value::Float(match &vm.host {
            Some(h) => h.wall_time(),
            None => 0.0,
        }))
    }));
    d.set_str("time_ns", builtin("time_ns", |vm, _| {
        Ok(Value::Int(match &vm.host {
            Some(h) => (h.wall_time() * 1e9) as i64,
            None => 0,
        }))
    }));
    Ok(vm.new_module("time", d))
}

fn now_ns(vm: &Vm) -> u64 {
    match &vm.host {
        Some(h) => h.now_ns(),
        None => 0,
    }
}
