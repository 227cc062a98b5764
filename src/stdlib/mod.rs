//! The modules task scripts can import, implemented in Rust. Each module's algorithms live here as
//! plain Rust (so they are tested against CPython directly); the VM binds them to Python objects.

pub mod asyncio;
pub mod random;
pub mod time;

/// Makes the modules importable (each is built on first import).
pub fn register(vm: &mut crate::lang::vm::Vm) {
    vm.module_factories.insert("asyncio", asyncio::make_module);
    vm.module_factories.insert("time", time::make_module);
    vm.module_factories.insert("random", random::module::make_module);
}
