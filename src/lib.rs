//! looplab: a playground for cooperative concurrency and task queues.
//!
//! The crate root only wires modules together. The core (`executor`, `trace`, `net`, `demo`, `rng`)
//! is pure Rust with no `web_sys`/`js_sys`; everything that touches a host sits in `platform` (behind
//! the [`platform::Platform`] trait) and in `web` (the wasm-bindgen facade used by the page).

pub mod demo;
pub mod executor;
pub mod lang;
pub mod net;
pub mod platform;
pub mod rng;
pub mod script;
pub mod stdlib;
pub mod trace;

#[cfg(target_arch = "wasm32")]
pub mod web;
