//! Browser tests in a dedicated worker, where there is no `window`.
#![cfg(target_arch = "wasm32")]

mod browser_common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_dedicated_worker);

browser_tests!();
