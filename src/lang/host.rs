//! What the VM asks of the program hosting it: the clock. The event loop and the network are
//! reached through the executor's `Handle` by the runner, not through this trait.

pub trait Host {
    /// Monotonic time in nanoseconds (`time.monotonic`, `loop.time`).
    fn now_ns(&self) -> u64;
    /// Seconds since the Unix epoch (`time.time`).
    fn wall_time(&self) -> f64;
}
