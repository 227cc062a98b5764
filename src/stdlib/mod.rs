//! The modules task scripts can import, implemented in Rust. Each module's algorithms live here as
//! plain Rust (so they are tested against CPython directly); the VM binds them to Python objects.

pub mod random;
