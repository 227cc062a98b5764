//! Browser tests shared by the main-thread suite (browser_main.rs) and the dedicated-worker suite
//! (browser_worker.rs): real timers, real fetch, real abort, a responsive host.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use js_sys::{Function, Reflect};
use looplab::executor::{yield_now, Executor};
use looplab::net::Request;
use looplab::platform::web::{performance_now, web_executor, DEFAULT_BUDGET_MS};
use looplab::trace::EventKind;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setInterval)]
    fn set_interval(handler: &Function, ms: f64) -> i32;
    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(id: i32);
}

pub fn executor() -> Executor {
    web_executor(DEFAULT_BUDGET_MS).expect("web executor")
}

pub async fn sleep_takes_real_time() {
    let exec = executor();
    let h = exec.handle();
    let start = performance_now();
    let h2 = h.clone();
    h.spawn(async move { h2.sleep(Duration::from_millis(20)).await }).await.unwrap();
    let elapsed = performance_now() - start;
    assert!(elapsed >= 20.0, "20 ms sleep took {elapsed} ms");
    assert!(elapsed < 1000.0, "20 ms sleep took {elapsed} ms");
}

pub async fn fetch_data_url_and_simulated_host() {
    let exec = executor();
    let h = exec.handle();
    let h2 = h.clone();
    let (data, sim) = h
        .spawn(async move {
            let data = h2.fetch(Request::get("data:text/plain,hello%20looplab")).await;
            let sim = h2.fetch(Request::get("https://api.example/items/7")).await;
            (data, sim)
        })
        .await
        .unwrap();
    let data = data.expect("data: URL fetch");
    assert_eq!(data.status, 200);
    assert_eq!(data.text(), "hello looplab");
    let sim = sim.expect("simulated fetch");
    assert_eq!(sim.status, 200);
    assert!(sim.text().contains(r#""path":"/items/7""#), "{}", sim.text());
    let events = h.tracer().snapshot();
    let simulated: Vec<bool> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::FetchStarted { simulated, .. } => Some(simulated),
            _ => None,
        })
        .collect();
    assert_eq!(simulated, vec![false, true]);
}

/// Replaces `globalThis.fetch` with a spy whose requests never answer but reject when aborted.
fn install_fetch_spy() -> JsValue {
    Function::new_no_args(
        "const real = globalThis.fetch; const state = { calls: 0, aborted: 0 };
         globalThis.fetch = (input, init) => { state.calls++; return new Promise((_, reject) => {
             init.signal.addEventListener('abort', () => { state.aborted++;
                 reject(new DOMException('aborted', 'AbortError')); }); }); };
         return { state, restore: () => { globalThis.fetch = real; } };",
    )
    .call0(&JsValue::NULL)
    .expect("install fetch spy")
}

fn spy_count(spy: &JsValue, field: &str) -> f64 {
    let state = Reflect::get(spy, &"state".into()).unwrap();
    Reflect::get(&state, &field.into()).unwrap().as_f64().unwrap()
}

pub async fn cancelled_fetch_is_aborted() {
    let spy = install_fetch_spy();
    let exec = executor();
    let h = exec.handle();
    let h2 = h.clone();
    let fetcher = h.spawn(async move { h2.fetch(Request::get("/never-answers")).await });
    let h3 = h.clone();
    let waited = h.spawn(async move { h3.sleep(Duration::from_millis(30)).await });
    waited.await.unwrap();
    assert_eq!(spy_count(&spy, "calls"), 1.0, "the request went out");
    assert_eq!(spy_count(&spy, "aborted"), 0.0);
    fetcher.cancel();
    let restore: Function = Reflect::get(&spy, &"restore".into()).unwrap().dyn_into().unwrap();
    restore.call0(&JsValue::NULL).unwrap();
    assert_eq!(spy_count(&spy, "aborted"), 1.0, "cancelling the task aborted the browser request");
    assert_eq!(fetcher.await, Err(looplab::executor::JoinError::Cancelled));
    assert!(h.tracer().snapshot().iter().any(|e| matches!(e.kind, EventKind::FetchAborted { .. })));
}

pub async fn host_stays_responsive_during_cooperative_work() {
    let exec = executor();
    let h = exec.handle();
    let last = Rc::new(Cell::new(performance_now()));
    let max_gap = Rc::new(Cell::new(0.0f64));
    let (l2, g2) = (last.clone(), max_gap.clone());
    let probe = Closure::<dyn FnMut()>::new(move || {
        let now = performance_now();
        g2.set(g2.get().max(now - l2.get()));
        l2.set(now);
    });
    let interval = set_interval(probe.as_ref().unchecked_ref(), 1.0);
    let start = performance_now();
    let workers: Vec<_> = (0..50)
        .map(|_| {
            let h2 = h.clone();
            h.spawn(async move {
                while performance_now() - start < 300.0 {
                    h2.block_for(Duration::from_micros(500));
                    yield_now().await;
                }
            })
        })
        .collect();
    for w in workers {
        w.await.unwrap();
    }
    clear_interval(interval);
    let elapsed = performance_now() - start;
    assert!(elapsed >= 300.0);
    assert!(max_gap.get() <= 50.0, "the host was starved for {} ms", max_gap.get());
    let yields = h.tracer().snapshot().iter().filter(|e| matches!(e.kind, EventKind::Yielded { .. })).count();
    assert!(yields >= 30, "300 ms of work in 5 ms slices yields often, got {yields}");
    drop(probe);
}

/// Defines the `#[wasm_bindgen_test]` functions in the including test crate.
#[macro_export]
macro_rules! browser_tests {
    () => {
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn sleep_takes_real_time() {
            browser_common::sleep_takes_real_time().await
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn fetch_data_url_and_simulated_host() {
            browser_common::fetch_data_url_and_simulated_host().await
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn cancelled_fetch_is_aborted() {
            browser_common::cancelled_fetch_is_aborted().await
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn host_stays_responsive_during_cooperative_work() {
            browser_common::host_stays_responsive_during_cooperative_work().await
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn python_gather_script_prints_like_cpython() {
            browser_common::python_gather_script_prints_like_cpython().await
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        async fn infinite_loop_is_stopped_quickly() {
            browser_common::infinite_loop_is_stopped_quickly().await
        }
    };
}

/// Waits `ms` milliseconds of browser time (lets the executor's ticks run).
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let global = js_sys::global();
        let set_timeout: Function = Reflect::get(&global, &"setTimeout".into()).unwrap().dyn_into().unwrap();
        set_timeout.call2(&JsValue::NULL, &resolve, &JsValue::from(ms)).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn output_text(run: &mut looplab::web::ScriptRun, stream: &str) -> String {
    let chunks = run.take_output().unwrap();
    let arr = js_sys::Array::from(&chunks);
    let mut out = String::new();
    for c in arr.iter() {
        if Reflect::get(&c, &"stream".into()).unwrap().as_string().as_deref() == Some(stream) {
            out.push_str(&Reflect::get(&c, &"text".into()).unwrap().as_string().unwrap());
        }
    }
    out
}

fn exit_code(run: &looplab::web::ScriptRun) -> Option<f64> {
    let s = run.status().unwrap();
    Reflect::get(&s, &"exit_code".into()).unwrap().as_f64()
}

pub async fn python_gather_script_prints_like_cpython() {
    let src = "import asyncio\n\nasync def work(name, delay):\n    print('start', name)\n    await asyncio.sleep(delay)\n    print('end', name)\n    return name.upper()\n\nasync def main():\n    print(await asyncio.gather(work('a', 0.03), work('b', 0.01), work('c', 0)))\n\nasyncio.run(main())\n";
    let mut run = looplab::web::ScriptRun::new(src, "gather.py").unwrap();
    let mut stdout = String::new();
    for _ in 0..200 {
        pause(10).await;
        stdout.push_str(&output_text(&mut run, "stdout"));
        if exit_code(&run).is_some() {
            break;
        }
    }
    stdout.push_str(&output_text(&mut run, "stdout"));
    assert_eq!(exit_code(&run), Some(0.0));
    assert_eq!(stdout, "start a\nstart b\nstart c\nend c\nend b\nend a\n['A', 'B', 'C']\n");
}

pub async fn infinite_loop_is_stopped_quickly() {
    let mut run = looplab::web::ScriptRun::new("n = 0\nwhile True:\n    n += 1\n", "spin.py").unwrap();
    // The page keeps running while the script spins: a 30 ms timer fires on time.
    let scheduled = performance_now();
    pause(30).await;
    let fired = performance_now();
    assert!(fired - scheduled < 130.0, "the page was frozen for {} ms", fired - scheduled);
    assert_eq!(exit_code(&run), None, "still running");
    let t0 = performance_now();
    run.stop();
    assert_eq!(exit_code(&run), Some(130.0));
    pause(20).await;
    assert!(performance_now() - t0 < 100.0 + 20.0 + 50.0);
    let events_before = js_sys::Array::from(&run.take_events().unwrap()).length();
    pause(30).await;
    let events_after = js_sys::Array::from(&run.take_events().unwrap()).length();
    assert!(events_before > 0);
    assert_eq!(events_after, 0, "nothing runs after stop");
}
