//! `Playground`: the page's handle on one run of the demo workload on a web executor on the page's
//! thread. Each `start_demo` builds a fresh executor, so a run's trace and task ids start clean and
//! callbacks of a previous run can no longer reach it.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::json_to_js;
use crate::demo::{self, DemoConfig};
use crate::executor::Executor;
use crate::platform::web::{web_executor, DEFAULT_BUDGET_MS};
use crate::trace::Event;

#[wasm_bindgen]
pub struct Playground {
    executor: Option<Executor>,
    cursor: u64,
}

#[derive(Serialize)]
struct Status {
    running: bool,
    live: u64,
    done: u64,
    cancelled: u64,
    failed: u64,
    dropped_events: u64,
    now_ns: u64,
}

#[wasm_bindgen]
impl Playground {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Playground {
        Playground { executor: None, cursor: 0 }
    }

    /// Starts the demo workload described by `config` (see `DemoConfig`), replacing any previous run.
    pub fn start_demo(&mut self, config: JsValue) -> Result<(), JsError> {
        let config: DemoConfig = if config.is_undefined() || config.is_null() {
            DemoConfig::default()
        } else {
            serde_wasm_bindgen::from_value(config).map_err(|e| JsError::new(&format!("bad demo config: {e}")))?
        };
        config.validate().map_err(|e| JsError::new(&e.to_string()))?;
        self.executor = None;
        let executor = web_executor(DEFAULT_BUDGET_MS).map_err(|e| JsError::new(&format!("cannot start the executor: {e:?}")))?;
        demo::spawn(&executor.handle(), &config).map_err(|e| JsError::new(&e.to_string()))?;
        self.cursor = 0;
        self.executor = Some(executor);
        Ok(())
    }

    /// Cancels every task of the current run.
    pub fn stop(&mut self) {
        if let Some(executor) = &self.executor {
            executor.handle().cancel_all();
        }
    }

    /// Events recorded since the last call, oldest first.
    pub fn take_events(&mut self) -> Result<JsValue, JsError> {
        let Some(executor) = &self.executor else { return json_to_js("[]") };
        let (json, next) = executor.handle().tracer().with(|ring| {
            let events: Vec<&Event> = ring.since(self.cursor).collect();
            (serde_json::to_string(&events).unwrap_or_else(|_| "[]".into()), ring.next_seq())
        });
        self.cursor = next;
        json_to_js(&json)
    }

    /// `{running, live, done, cancelled, failed, dropped_events, now_ns}`.
    pub fn status(&self) -> Result<JsValue, JsError> {
        let status = match &self.executor {
            Some(executor) => {
                let h = executor.handle();
                let c = h.counts();
                Status {
                    running: c.live > 0,
                    live: c.live,
                    done: c.done,
                    cancelled: c.cancelled,
                    failed: c.failed,
                    dropped_events: h.tracer().with(|r| r.dropped()),
                    now_ns: h.now(),
                }
            }
            None => Status { running: false, live: 0, done: 0, cancelled: 0, failed: 0, dropped_events: 0, now_ns: 0 },
        };
        json_to_js(&serde_json::to_string(&status).map_err(|e| JsError::new(&e.to_string()))?)
    }
}

impl Default for Playground {
    fn default() -> Self {
        Self::new()
    }
}
