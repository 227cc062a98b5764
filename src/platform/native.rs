//! The native host (the CLI and native tests): `std::time::Instant` clock, `thread::sleep` for
//! blocking and for waiting on the next timer. The CLI owns its thread, so there is no budget and
//! no host to yield to; `Executor::run` drives the loop.

use std::time::{Duration, Instant};

use super::{no_network, no_wake_hook, FetchFuture, Platform, WakeHook};
use crate::net::Request;

pub struct NativePlatform {
    origin: Instant,
}

impl NativePlatform {
    pub fn new() -> Self {
        NativePlatform { origin: Instant::now() }
    }
}

impl Default for NativePlatform {
    fn default() -> Self {
        Self::new()
    }
}

impl Platform for NativePlatform {
    fn now(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn budget_ns(&self) -> Option<u64> {
        None
    }

    fn wake_hook(&self) -> WakeHook {
        no_wake_hook()
    }

    fn request_tick(&self) {}

    fn arm_timer(&self, _deadline: u64) {}

    fn block_for(&self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }

    fn fetch(&self, request: Request) -> FetchFuture {
        no_network(request)
    }
}
