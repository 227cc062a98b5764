//! Virtual time: a clock that only moves when the loop has nothing to do (it jumps to the next
//! deadline) or when code "blocks" for a duration. Runs are instant and fully deterministic, which
//! is what the executor's ordering tests and the CLI's `--virtual-time` rely on.

use std::cell::Cell;

use super::{no_network, no_wake_hook, FetchFuture, Platform, WakeHook};
use crate::net::Request;

#[derive(Default)]
pub struct VirtualPlatform {
    now: Cell<u64>,
    /// Optional budget, to exercise the executor's yield-and-resume path deterministically:
    /// every `now()` call then advances the clock by `step_ns`.
    budget: Option<(u64, u64)>,
}

impl VirtualPlatform {
    pub fn new() -> Self {
        Self::default()
    }

    /// A virtual platform whose clock advances `step_ns` on every reading and whose ticks yield
    /// after `budget_ns`: lets tests see iterations split across host ticks.
    pub fn with_budget(budget_ns: u64, step_ns: u64) -> Self {
        VirtualPlatform { now: Cell::new(0), budget: Some((budget_ns, step_ns)) }
    }

    pub fn advance(&self, ns: u64) {
        self.now.set(self.now.get().saturating_add(ns));
    }
}

impl Platform for VirtualPlatform {
    fn now(&self) -> u64 {
        if let Some((_, step)) = self.budget {
            self.advance(step);
        }
        self.now.get()
    }

    fn budget_ns(&self) -> Option<u64> {
        self.budget.map(|(budget, _)| budget)
    }

    fn wake_hook(&self) -> WakeHook {
        no_wake_hook()
    }

    fn request_tick(&self) {}

    fn arm_timer(&self, _deadline: u64) {}

    fn block_for(&self, ns: u64) {
        self.advance(ns);
    }

    fn fetch(&self, request: Request) -> FetchFuture {
        no_network(request)
    }
}
