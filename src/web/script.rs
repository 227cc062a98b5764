//! `ScriptRun`: a task script running on a web executor on the page's thread (or a worker).
//! Output is buffered and pulled by the page (`take_output`), like the trace (`take_events`);
//! `stop()` ends the run at once, even inside `while True: pass` (the VM yields to the browser
//! every few milliseconds, so the page can deliver the click).

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::json_to_js;
use crate::executor::Executor;
use crate::lang::vm::{Output, Stream};
use crate::platform::web::{web_executor, DEFAULT_BUDGET_MS};
use crate::script::runner::{self, ScriptRun as Run};
use crate::trace::Event;

/// Instructions a page run may execute before it is stopped (about a minute of busy work).
const PAGE_INSTRUCTION_LIMIT: u64 = 3_000_000_000;

#[derive(Serialize)]
struct Chunk {
    stream: &'static str,
    text: String,
}

struct Sink(Rc<RefCell<Vec<Chunk>>>);

impl Output for Sink {
    fn write(&mut self, stream: Stream, text: &str) {
        let stream = match stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
            Stream::Diagnostics => "diagnostics",
        };
        let mut chunks = self.0.borrow_mut();
        match chunks.last_mut() {
            Some(last) if last.stream == stream => last.text.push_str(text),
            _ => chunks.push(Chunk { stream, text: text.to_string() }),
        }
    }
}

#[wasm_bindgen]
pub struct ScriptRun {
    executor: Executor,
    run: Run,
    output: Rc<RefCell<Vec<Chunk>>>,
    cursor: u64,
}

#[derive(Serialize)]
struct Status {
    running: bool,
    exit_code: Option<i32>,
    now_ns: u64,
}

#[wasm_bindgen]
impl ScriptRun {
    /// Compiles and starts `source` (shown in tracebacks as `filename`).
    #[wasm_bindgen(constructor)]
    pub fn new(source: &str, filename: &str) -> Result<ScriptRun, JsError> {
        let executor = web_executor(DEFAULT_BUDGET_MS).map_err(|e| JsError::new(&format!("cannot start the executor: {e:?}")))?;
        let output = Rc::new(RefCell::new(Vec::new()));
        let epoch = js_sys::Date::now() / 1e3 - crate::platform::web::performance_now() / 1e3;
        let run = runner::start(&executor.handle(), source, filename, Box::new(Sink(output.clone())), false, epoch);
        run.runtime.instruction_budget.set(PAGE_INSTRUCTION_LIMIT);
        Ok(ScriptRun { executor, run, output, cursor: 0 })
    }

    /// Output written since the last call: `[{stream: "stdout"|"stderr"|"diagnostics", text}]`.
    pub fn take_output(&mut self) -> Result<JsValue, JsError> {
        let chunks = std::mem::take(&mut *self.output.borrow_mut());
        json_to_js(&serde_json::to_string(&chunks).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Trace events since the last call (same format as `Playground.take_events`).
    pub fn take_events(&mut self) -> Result<JsValue, JsError> {
        let (json, next) = self.executor.handle().tracer().with(|ring| {
            let events: Vec<&Event> = ring.since(self.cursor).collect();
            (serde_json::to_string(&events).unwrap_or_else(|_| "[]".into()), ring.next_seq())
        });
        self.cursor = next;
        json_to_js(&json)
    }

    /// `{running, exit_code, now_ns}`.
    pub fn status(&self) -> Result<JsValue, JsError> {
        let code = self.run.exit_code();
        let s = Status { running: code.is_none(), exit_code: code, now_ns: self.executor.handle().now() };
        json_to_js(&serde_json::to_string(&s).map_err(|e| JsError::new(&e.to_string()))?)
    }

    /// Stops the run now: every task is cancelled and nothing of the script runs again.
    pub fn stop(&mut self) {
        self.run.stop();
    }
}
