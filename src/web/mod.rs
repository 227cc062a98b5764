//! The wasm-bindgen facade: what the page (and the benchmarks) call. It turns JS values into core
//! types with serde, core errors into JS `Error`s, and owns nothing but glue. Only this folder and
//! `platform/web.rs` import wasm-bindgen.

mod bench;
mod playground;
mod script;

pub use bench::*;
pub use playground::Playground;
pub use script::ScriptRun;

use wasm_bindgen::prelude::*;

/// Rust panics become readable console errors instead of a bare `unreachable` trap.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("looplab panicked: {info}")));
    }));
}

/// JSON text to a plain JS value (faster than building objects field by field for large arrays).
pub(crate) fn json_to_js(json: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("internal error: invalid JSON from the trace"))
}
