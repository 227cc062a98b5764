//! Benchmark entry points run in headless Chromium by `./build.sh bench` (benches/run.mjs). Each
//! measures our executor and, where there is one, a baseline on the same workload in the same run.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Function, Promise};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, spawn_local, JsFuture};

use super::json_to_js;
use crate::executor::yield_now;
use crate::platform::web::{performance_now, web_executor, DEFAULT_BUDGET_MS};
use crate::rng::Rng;
use crate::trace::EventKind;

fn js_err(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

/// Nanoseconds per wake + re-poll on our executor: `tasks` tasks each yield `rounds` times.
/// `trace` chooses whether events are recorded (the product runs with it on).
#[wasm_bindgen]
pub fn bench_wake_ours(tasks: u32, rounds: u32, trace: bool) -> Promise {
    future_to_promise(async move {
        let executor = web_executor(DEFAULT_BUDGET_MS)?;
        let h = executor.handle();
        h.tracer().with_mut(|r| r.set_enabled(trace));
        let start = performance_now();
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                h.spawn(async move {
                    for _ in 0..rounds {
                        yield_now().await;
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.await.map_err(js_err)?;
        }
        let ns = (performance_now() - start) * 1e6 / f64::from(tasks.max(1)) / f64::from(rounds.max(1));
        Ok(JsValue::from_f64(ns))
    })
}

/// The same workload on `wasm_bindgen_futures::spawn_local` (microtask queue), the baseline.
#[wasm_bindgen]
pub fn bench_wake_spawn_local(tasks: u32, rounds: u32) -> Promise {
    future_to_promise(async move {
        let mut resolve: Option<Function> = None;
        let done = Promise::new(&mut |res, _| resolve = Some(res));
        let resolve = resolve.ok_or_else(|| js_err("Promise executor did not run"))?;
        let remaining = Rc::new(Cell::new(tasks));
        let start = performance_now();
        for _ in 0..tasks {
            let (remaining, resolve) = (remaining.clone(), resolve.clone());
            spawn_local(async move {
                for _ in 0..rounds {
                    yield_now().await;
                }
                remaining.set(remaining.get() - 1);
                if remaining.get() == 0 {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            });
        }
        if tasks > 0 {
            JsFuture::from(done).await?;
        }
        let ns = (performance_now() - start) * 1e6 / f64::from(tasks.max(1)) / f64::from(rounds.max(1));
        Ok(JsValue::from_f64(ns))
    })
}

#[derive(Serialize)]
struct SleepReport {
    timers: usize,
    lateness_p50_ms: f64,
    lateness_p99_ms: f64,
    lateness_max_ms: f64,
    longest_slice_ms: f64,
    wall_ms: f64,
}

/// `tasks` concurrent sleeps of uniform random 0–`max_ms`: timer lateness percentiles from the trace
/// and the longest slice the executor held the thread.
#[wasm_bindgen]
pub fn bench_sleeps(tasks: u32, max_ms: f64, seed: u64) -> Promise {
    future_to_promise(async move {
        let executor = web_executor(DEFAULT_BUDGET_MS)?;
        let h = executor.handle();
        let mut rng = Rng::new(seed);
        let start = performance_now();
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let (h2, d) = (h.clone(), Duration::from_secs_f64(rng.uniform(0.0, max_ms.max(0.0)) / 1e3));
                h.spawn(async move { h2.sleep(d).await })
            })
            .collect();
        for handle in handles {
            handle.await.map_err(js_err)?;
        }
        let wall_ms = performance_now() - start;
        let (mut late, slice) = h.tracer().with(|ring| {
            let mut late = Vec::new();
            let mut slice = 0u64;
            for e in ring.iter() {
                match e.kind {
                    EventKind::TimerFired { lateness_ns, .. } => late.push(lateness_ns),
                    EventKind::Yielded { ran_ns } => slice = slice.max(ran_ns),
                    _ => {}
                }
            }
            (late, slice)
        });
        late.sort_unstable();
        let pct = |p: f64| late.get(((late.len() as f64 - 1.0) * p).round() as usize).map_or(0.0, |&ns| ns as f64 / 1e6);
        let report = SleepReport {
            timers: late.len(),
            lateness_p50_ms: pct(0.5),
            lateness_p99_ms: pct(0.99),
            lateness_max_ms: pct(1.0),
            longest_slice_ms: slice as f64 / 1e6,
            wall_ms,
        };
        json_to_js(&serde_json::to_string(&report).map_err(js_err)?).map_err(JsValue::from)
    })
}
