//! The seam between the executor and a host: clock, timers, yielding, network, blocking.
//!
//! Three hosts implement [`Platform`]: the browser ([`web`], main thread or dedicated worker), the
//! native CLI ([`native`], real clock, thread sleep) and [`virtual_time`] (a clock that jumps to the
//! next deadline: deterministic, instant). The core never asks which one it is running on.

use std::rc::Rc;

use futures::future::LocalBoxFuture;

pub use crate::executor::WakeHook;
use crate::net::{FetchError, Request, Response};

pub mod native;
pub mod virtual_time;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// A future for a host network request; dropping it aborts the request.
pub type FetchFuture = LocalBoxFuture<'static, Result<Response, FetchError>>;

pub trait Platform {
    /// Monotonic time in nanoseconds since an arbitrary origin.
    fn now(&self) -> u64;

    /// How long one tick may run before the executor yields to the host; `None` = never yield
    /// (hosts that own their thread, like the CLI).
    fn budget_ns(&self) -> Option<u64>;

    /// Called once by the executor: the function its wakers call when they queue work while the
    /// executor is idle, so that the host schedules a tick.
    fn wake_hook(&self) -> WakeHook;

    /// Ask the host to call `tick` again soon, after letting other host work run.
    fn request_tick(&self);

    /// Ask the host to call `tick` at `deadline` (replaces any earlier request of this kind).
    fn arm_timer(&self, deadline: u64);

    /// Occupy the thread for `ns`, as blocking code does (native: sleep; virtual: advance the clock;
    /// web: busy-wait, only ever used for short CPU-burn steps).
    fn block_for(&self, ns: u64);

    /// Send a request to a real network (hosts that have none answer `FetchError::Connect`).
    fn fetch(&self, request: Request) -> FetchFuture;
}

/// A no-op wake hook for hosts whose run loop polls the executor itself.
pub fn no_wake_hook() -> WakeHook {
    std::sync::Arc::new(|| {})
}

/// The error for requests a host without a network cannot make.
pub(crate) fn no_network(request: Request) -> FetchFuture {
    Box::pin(futures::future::ready(Err(FetchError::Connect(format!(
        "{}: only the simulated network (hosts under .example) is reachable here",
        request.url
    )))))
}

/// Convenience: the platform as the trait object the executor takes.
pub fn shared<P: Platform + 'static>(platform: P) -> Rc<dyn Platform> {
    Rc::new(platform)
}
