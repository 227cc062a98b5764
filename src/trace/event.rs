//! The event vocabulary. Times are nanoseconds on the platform's monotonic clock (the same clock the
//! executor schedules timers on), so virtual-time runs produce exactly reproducible traces.
//!
//! Serialised (serde, also to JS through serde-wasm-bindgen) as a flat object:
//! `{"t": 1200000, "type": "polled", "task": 3, "busy_ns": 41000}`.

use serde::Serialize;

/// A task's identity in the trace. Never reused within one executor, even after the task ends.
pub type TaskId = u64;
/// A timer's identity: unique per executor.
pub type TimerId = u64;
/// A fetch's identity: unique per executor.
pub type FetchId = u64;

/// One thing that happened, at time `t` (nanoseconds on the platform clock).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub t: u64,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What happened. Spans are reconstructed by readers: a task runs from `t - busy_ns` to `t` of a
/// `Polled` event, waits for the loop from `Woken` to the start of its next poll, sleeps from
/// `TimerArmed` to `TimerFired`, and waits on the network from `FetchStarted` to `FetchDone`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// A task was created; its first poll is scheduled (like `call_soon(task.__step)`).
    Spawned { task: TaskId, name: String, parent: Option<TaskId> },
    /// The task was polled once; the poll ended at `t` and took `busy_ns`.
    Polled { task: TaskId, busy_ns: u64 },
    /// The task was woken and put at the end of the ready queue.
    Woken { task: TaskId },
    /// A timer was armed by `task` for `deadline_ns`.
    TimerArmed { task: Option<TaskId>, timer: TimerId, deadline_ns: u64 },
    /// A timer's callback ran `lateness_ns` after its deadline.
    TimerFired { task: Option<TaskId>, timer: TimerId, lateness_ns: u64 },
    /// A timer was dropped before it fired (its sleep was cancelled).
    TimerCancelled { task: Option<TaskId>, timer: TimerId },
    /// A request went out.
    FetchStarted { task: Option<TaskId>, fetch: FetchId, url: String, simulated: bool },
    /// A response (or a network error) came back.
    FetchDone { task: Option<TaskId>, fetch: FetchId, status: u16, error: Option<String> },
    /// A request in flight was abandoned because its future was dropped (task cancelled).
    FetchAborted { task: Option<TaskId>, fetch: FetchId },
    /// The executor handed the thread back to the host after running for `ran_ns`.
    Yielded { ran_ns: u64 },
    /// The task's future completed.
    Done { task: TaskId },
    /// The task was cancelled; its future was dropped.
    Cancelled { task: TaskId },
    /// The task's future panicked; the executor carried on.
    Panicked { task: TaskId, message: String },
    /// A `call_soon`/`call_later` callback panicked; the executor carried on.
    CallbackFailed { message: String },
    /// A task got a new name (`Task.set_name`).
    Renamed { task: TaskId, name: String },
    /// The loop was blocked for `ns` by `what` (`time.sleep(1)`, a CPU-bound step) in `task`,
    /// at source `line` of the script when known.
    LoopBlocked { task: Option<TaskId>, ns: u64, what: String, line: u32 },
}

impl EventKind {
    /// The task this event is about, if any.
    pub fn task(&self) -> Option<TaskId> {
        match self {
            EventKind::Spawned { task, .. }
            | EventKind::Polled { task, .. }
            | EventKind::Woken { task }
            | EventKind::Done { task }
            | EventKind::Cancelled { task }
            | EventKind::Panicked { task, .. }
            | EventKind::Renamed { task, .. } => Some(*task),
            EventKind::TimerArmed { task, .. }
            | EventKind::TimerFired { task, .. }
            | EventKind::TimerCancelled { task, .. }
            | EventKind::FetchStarted { task, .. }
            | EventKind::FetchDone { task, .. }
            | EventKind::FetchAborted { task, .. }
            | EventKind::LoopBlocked { task, .. } => *task,
            EventKind::Yielded { .. } | EventKind::CallbackFailed { .. } => None,
        }
    }
}
