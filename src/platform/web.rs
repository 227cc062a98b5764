//! The browser host, on the page's main thread or in a dedicated worker (it never calls
//! `window()`: every JS function is taken from the global scope).
//!
//! - clock: `performance.now()`;
//! - yielding: one `MessageChannel` post per requested tick (never `setTimeout(0)`, which browsers
//!   clamp to 4 ms), so the browser can render and run input handlers between ticks;
//! - timers: one `setTimeout` armed for the earliest deadline, re-armed only when it changes;
//! - network: `fetch` with an `AbortController` that is aborted when the future is dropped (its task
//!   was cancelled), so cancelled requests really stop.
//!
//! Wakers (which must be `Send`) reach the platform through a thread-local registry keyed by a
//! number, because JS objects cannot travel inside them.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, MessageChannel, RequestInit};

use super::{FetchFuture, Platform, WakeHook};
use crate::executor::{Executor, WeakExecutor};
use crate::net::{FetchError, Request, Response};

/// How long one tick may run before the page gets the thread back.
pub const DEFAULT_BUDGET_MS: f64 = 5.0;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` of this global scope (window or worker), in milliseconds.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: f64) -> i32;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: i32);
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(input: &str, init: &RequestInit) -> Promise;
}

fn now_ns() -> u64 {
    (performance_now() * 1e6) as u64
}

thread_local! {
    static REGISTRY: RefCell<HashMap<u32, Weak<Inner>>> = RefCell::new(HashMap::new());
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
}

struct Inner {
    key: u32,
    budget_ns: u64,
    channel: MessageChannel,
    on_message: Closure<dyn FnMut()>,
    on_timeout: Closure<dyn FnMut()>,
    /// The armed `setTimeout`: (id, deadline).
    timeout: Cell<Option<(i32, u64)>>,
    tick_pending: Cell<bool>,
    executor: RefCell<Option<WeakExecutor>>,
}

impl Inner {
    fn tick(&self) {
        let executor = self.executor.borrow().clone();
        if let Some(executor) = executor {
            executor.tick();
        }
    }

    fn request_tick(&self) {
        if !self.tick_pending.replace(true) {
            // A detached or closed port only means the executor is going away.
            let _ = self.channel.port2().post_message(&JsValue::UNDEFINED);
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some((id, _)) = self.timeout.take() {
            clear_timeout(id);
        }
        self.channel.port1().set_onmessage(None);
        self.channel.port1().close();
        self.channel.port2().close();
        REGISTRY.with(|r| r.borrow_mut().remove(&self.key));
    }
}

/// The web platform. Create it with [`web_executor`], which also connects it to its executor.
pub struct WebPlatform {
    inner: Rc<Inner>,
}

impl WebPlatform {
    fn new(budget_ms: f64) -> Result<Rc<Self>, JsValue> {
        let key = NEXT_KEY.with(|k| {
            let key = k.get();
            k.set(key.wrapping_add(1));
            key
        });
        let channel = MessageChannel::new()?;
        let inner = Rc::new_cyclic(|weak: &Weak<Inner>| {
            let w1 = weak.clone();
            let on_message = Closure::<dyn FnMut()>::new(move || {
                if let Some(inner) = w1.upgrade() {
                    inner.tick_pending.set(false);
                    inner.tick();
                }
            });
            let w2 = weak.clone();
            let on_timeout = Closure::<dyn FnMut()>::new(move || {
                if let Some(inner) = w2.upgrade() {
                    inner.timeout.set(None);
                    inner.tick();
                }
            });
            Inner {
                key,
                budget_ns: (budget_ms.max(0.1) * 1e6) as u64,
                channel,
                on_message,
                on_timeout,
                timeout: Cell::new(None),
                tick_pending: Cell::new(false),
                executor: RefCell::new(None),
            }
        });
        inner.channel.port1().set_onmessage(Some(inner.on_message.as_ref().unchecked_ref()));
        REGISTRY.with(|r| r.borrow_mut().insert(key, Rc::downgrade(&inner)));
        Ok(Rc::new(WebPlatform { inner }))
    }
}

/// An executor driven by the browser: ticks run from `MessageChannel` messages and `setTimeout`.
/// Spawn tasks on its handle; they start on the next tick. Dropping the executor stops everything.
pub fn web_executor(budget_ms: f64) -> Result<Executor, JsValue> {
    let platform = WebPlatform::new(budget_ms)?;
    let executor = Executor::new(platform.clone());
    *platform.inner.executor.borrow_mut() = Some(executor.downgrade());
    Ok(executor)
}

impl Platform for WebPlatform {
    fn now(&self) -> u64 {
        now_ns()
    }

    fn budget_ns(&self) -> Option<u64> {
        Some(self.inner.budget_ns)
    }

    fn wake_hook(&self) -> WakeHook {
        let key = self.inner.key;
        Arc::new(move || {
            let inner = REGISTRY.with(|r| r.borrow().get(&key).and_then(Weak::upgrade));
            if let Some(inner) = inner {
                inner.request_tick();
            }
        })
    }

    fn request_tick(&self) {
        self.inner.request_tick();
    }

    fn arm_timer(&self, deadline: u64) {
        if let Some((id, armed)) = self.inner.timeout.get() {
            if armed == deadline {
                return;
            }
            clear_timeout(id);
        }
        let delay_ms = (deadline.saturating_sub(now_ns()) as f64 / 1e6).ceil();
        let id = set_timeout(self.inner.on_timeout.as_ref().unchecked_ref(), delay_ms);
        self.inner.timeout.set(Some((id, deadline)));
    }

    fn block_for(&self, ns: u64) {
        let end = now_ns().saturating_add(ns);
        while now_ns() < end {}
    }

    fn fetch(&self, request: Request) -> FetchFuture {
        Box::pin(browser_fetch(request))
    }
}

/// Aborts its controller when dropped before `finish`: a dropped fetch future is a cancelled request.
struct AbortOnDrop {
    controller: AbortController,
    finished: bool,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if !self.finished {
            self.controller.abort();
        }
    }
}

fn js_error(value: JsValue) -> FetchError {
    let message = value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"));
    FetchError::Network(message)
}

async fn browser_fetch(request: Request) -> Result<Response, FetchError> {
    let controller = AbortController::new().map_err(js_error)?;
    let mut guard = AbortOnDrop { controller, finished: false };
    let init = RequestInit::new();
    init.set_method(&request.method);
    init.set_signal(Some(&guard.controller.signal()));
    let headers = Headers::new().map_err(js_error)?;
    for (name, value) in &request.headers {
        headers.append(name, value).map_err(js_error)?;
    }
    init.set_headers(&headers);
    if let Some(body) = &request.body {
        init.set_body(&Uint8Array::from(body.as_slice()));
    }
    let response = JsFuture::from(global_fetch(&request.url, &init)).await.map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    let buffer = JsFuture::from(response.array_buffer().map_err(js_error)?).await.map_err(js_error)?;
    guard.finished = true;
    let mut header_list = Vec::new();
    if let Some(entries) = js_sys::try_iter(&response.headers()).ok().flatten() {
        for entry in entries.flatten() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                header_list.push((k, v));
            }
        }
    }
    Ok(Response { status: response.status(), url: response.url(), headers: header_list, body: Uint8Array::new(&buffer).to_vec() })
}
