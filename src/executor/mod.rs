//! Our single-threaded executor: tasks (Rust futures) in a slab, a FIFO ready queue, a timer heap,
//! wakers, and a run budget after which control goes back to the host.
//!
//! It follows asyncio's `BaseEventLoop._run_once` exactly, because task scripts must print what
//! CPython prints: each iteration (1) appends every due timer to the END of the ready queue in
//! (deadline, insertion) order, (2) runs exactly as many jobs as the queue holds at that moment;
//! jobs queued meanwhile wait for the next iteration. Spawning queues the first poll (`call_soon`),
//! a wake queues a poll, a due timer's job wakes its sleeper (which runs one iteration later).
//!
//! An iteration can be split across host ticks: when the budget runs out the executor returns
//! `Tick::Yielded` and the next `tick` continues the same iteration where it stopped.
//!
//! The executor owns time only through the [`Platform`] trait; it imports nothing from a host.
//! [`Executor`] is the owner that may run the loop; [`Handle`] is the cloneable way tasks and
//! hosts spawn, sleep, fetch and cancel.

#![forbid(unsafe_code)]

mod ready;
mod task;
mod timers;
mod waker;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

pub use ready::WakeHook;
pub use task::{JoinError, JoinHandle, TaskCounts};
pub use timers::{Sleep, YieldNow};

use crate::net::{Fetch, Request, SimNet, SimNetConfig};
use crate::platform::Platform;
use crate::trace::{EventKind, TaskId, TimerId, Tracer};
use ready::{Job, ReadyQueue};
use task::{complete, panic_message, JoinState, Live, TaskFuture, Tasks};
use timers::{Action, Timers};
use waker::TaskWaker;

/// Default number of events the trace ring keeps.
pub const DEFAULT_TRACE_CAPACITY: usize = 1 << 20;

/// What a call to [`Executor::tick`] ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    /// The budget ran out with work left; the host was asked for another tick.
    Yielded,
    /// Nothing is ready; the earliest timer is due at this time (the host timer is armed).
    WaitUntil(u64),
    /// Nothing is ready and no timer is armed, but tasks are alive (waiting on the host, e.g. fetch).
    Idle,
    /// No task is alive and nothing is scheduled.
    Finished,
}

/// A future that puts the current task at the end of the ready queue once (works under any
/// executor whose wakers requeue the task, e.g. `wasm_bindgen_futures::spawn_local` too).
pub fn yield_now() -> YieldNow {
    YieldNow::new()
}

/// Per-run state of the loop itself.
#[derive(Default)]
struct LoopState {
    /// Jobs left in the current iteration (asyncio's `ntodo`), carried across host ticks.
    remaining: usize,
    /// The task being polled, if any.
    current: Option<TaskId>,
    /// How many ready-queue pushes the tracer has seen.
    traced_pushes: u64,
    /// Iterations completed (asyncio loop `_run_once` calls).
    iterations: u64,
    /// Set by `Handle::suspend_current` during a poll: the step is unfinished and must resume
    /// first, after the host had the thread back (`None`) or at the given time (`Some`).
    suspend: Option<Option<u64>>,
    /// When the current tick started (for `Handle::should_yield`).
    tick_start: u64,
}

/// The shared core; `Executor` and every `Handle` point at it.
pub(crate) struct Core {
    platform: Rc<dyn Platform>,
    tracer: Tracer,
    ready: Arc<ReadyQueue>,
    tasks: RefCell<Tasks>,
    timers: RefCell<Timers>,
    calls: RefCell<HashMap<u64, Box<dyn FnOnce()>>>,
    next_call: Cell<u64>,
    next_fetch: Cell<u64>,
    state: RefCell<LoopState>,
    net: RefCell<SimNet>,
}

impl Core {
    pub(crate) fn now(&self) -> u64 {
        self.platform.now()
    }

    pub(crate) fn current(&self) -> Option<TaskId> {
        self.state.borrow().current
    }

    pub(crate) fn tracer(&self) -> &Tracer {
        &self.tracer
    }

    pub(crate) fn platform(&self) -> &Rc<dyn Platform> {
        &self.platform
    }

    pub(crate) fn net(&self) -> &RefCell<SimNet> {
        &self.net
    }

    pub(crate) fn next_fetch_id(&self) -> u64 {
        let id = self.next_fetch.get();
        self.next_fetch.set(id + 1);
        id
    }

    fn arm_timer(&self, deadline: u64, action: Action) -> TimerId {
        let task = self.current();
        let id = self.timers.borrow_mut().arm(deadline, task, action);
        self.tracer.record(self.now(), EventKind::TimerArmed { task, timer: id, deadline_ns: deadline });
        id
    }

    fn cancel_timer(&self, id: TimerId) {
        let removed = self.timers.borrow_mut().remove(id);
        if let Some((task, pending, action)) = removed {
            if pending {
                self.tracer.record(self.now(), EventKind::TimerCancelled { task, timer: id });
            }
            if let Action::Call(call) = action {
                let callback = self.calls.borrow_mut().remove(&call);
                drop(callback);
            }
        }
    }

    fn spawn<F>(self: &Rc<Self>, name: Option<String>, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let state = JoinState::new();
        let out = state.clone();
        let wrapped: TaskFuture = Box::pin(async move {
            let value = future.await;
            complete(&out, Ok(value));
        });
        let parent = self.current();
        let (slot, id) = {
            let mut tasks = self.tasks.borrow_mut();
            let slot = tasks.vacant_slot();
            let id = tasks.next_id;
            tasks.next_id += 1;
            let task_waker = TaskWaker::new(slot, id, self.ready.clone());
            let live = Live {
                id,
                future: Some(wrapped),
                waker: task_waker.waker(),
                task_waker,
                completion: state.clone(),
                cancel_requested: false,
            };
            tasks.insert(slot, live);
            (slot, id)
        };
        let name = name.unwrap_or_else(|| format!("Task-{}", id + 1));
        self.tracer.record(self.now(), EventKind::Spawned { task: id, name, parent });
        self.ready.push(Job::Poll { slot, id });
        JoinHandle { id, slot, state, core: Rc::downgrade(self) }
    }

    fn cancel(&self, slot: usize, id: TaskId) {
        let live = {
            let mut tasks = self.tasks.borrow_mut();
            match tasks.get_mut(slot, id) {
                None => return,
                Some(live) if live.future.is_none() => {
                    // It is being polled right now (it cancels itself): finish after the poll.
                    live.cancel_requested = true;
                    return;
                }
                Some(_) => tasks.remove(slot, id),
            }
        };
        if let Some(live) = live {
            self.finish_cancelled(live);
        }
    }

    fn finish_cancelled(&self, mut live: Live) {
        let future = live.future.take();
        drop_quietly(future);
        self.tasks.borrow_mut().counts.cancelled += 1;
        self.tracer.record(self.now(), EventKind::Cancelled { task: live.id });
        live.completion.fail(JoinError::Cancelled);
    }

    /// Polls one task; `started` is when this job began. Returns when the poll ended.
    fn poll_task(&self, slot: usize, id: TaskId, started: u64) -> u64 {
        let (mut future, waker, task_waker) = {
            let mut tasks = self.tasks.borrow_mut();
            let Some(live) = tasks.get_mut(slot, id) else { return started };
            let Some(future) = live.future.take() else { return started };
            (future, live.waker.clone(), live.task_waker.clone())
        };
        task_waker.clear_queued();
        self.state.borrow_mut().current = Some(id);
        let mut cx = Context::from_waker(&waker);
        let outcome = catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(&mut cx)));
        self.state.borrow_mut().current = None;
        let ended = self.now();
        self.tracer.record(ended, EventKind::Polled { task: id, busy_ns: ended.saturating_sub(started) });
        match outcome {
            Ok(Poll::Pending) => {
                let cancel = {
                    let mut tasks = self.tasks.borrow_mut();
                    match tasks.get_mut(slot, id) {
                        Some(live) if live.cancel_requested => tasks.remove(slot, id),
                        Some(live) => {
                            live.future = Some(future);
                            return ended;
                        }
                        None => None,
                    }
                };
                if let Some(mut live) = cancel {
                    live.future = Some(future);
                    self.finish_cancelled(live);
                }
            }
            Ok(Poll::Ready(())) => {
                let live = self.tasks.borrow_mut().remove(slot, id);
                drop_quietly(Some(future));
                self.tasks.borrow_mut().counts.done += 1;
                self.tracer.record(self.now(), EventKind::Done { task: id });
                drop(live);
            }
            Err(payload) => {
                let message = panic_message(payload.as_ref());
                let live = self.tasks.borrow_mut().remove(slot, id);
                drop_quietly(Some(future));
                self.tasks.borrow_mut().counts.failed += 1;
                self.tracer.record(self.now(), EventKind::Panicked { task: id, message: message.clone() });
                if let Some(live) = live {
                    live.completion.fail(JoinError::Panicked(message));
                }
            }
        }
        ended
    }

    fn run_timer(&self, id: TimerId, started: u64) {
        let fired = self.timers.borrow_mut().fire(id);
        let Some((task, deadline, action)) = fired else { return };
        let lateness_ns = started.saturating_sub(deadline);
        self.tracer.record(started, EventKind::TimerFired { task, timer: id, lateness_ns });
        match action {
            Action::Wake(waker) => waker.wake(),
            Action::Call(call) => self.run_call(call),
        }
    }

    fn run_call(&self, call: u64) {
        let callback = self.calls.borrow_mut().remove(&call);
        if let Some(callback) = callback {
            if let Err(payload) = catch_unwind(AssertUnwindSafe(callback)) {
                let message = panic_message(payload.as_ref());
                self.tracer.record(self.now(), EventKind::CallbackFailed { message });
            }
        }
    }

    fn add_call(&self, f: Box<dyn FnOnce()>) -> u64 {
        let id = self.next_call.get();
        self.next_call.set(id + 1);
        self.calls.borrow_mut().insert(id, f);
        id
    }

    /// Records a `Woken` event for every task poll queued since the tracer last looked.
    fn trace_wakes(&self, now: u64) {
        let seen = self.state.borrow().traced_pushes;
        if self.ready.pushed() == seen {
            return;
        }
        let tracer = &self.tracer;
        let total = self.ready.pushed_since(seen, |job| {
            if let Job::Poll { id, .. } = job {
                tracer.record(now, EventKind::Woken { task: id });
            }
        });
        self.state.borrow_mut().traced_pushes = total;
    }

    fn tick(&self) -> Tick {
        self.ready.set_idle(false);
        let start = self.now();
        self.state.borrow_mut().tick_start = start;
        let budget = self.platform.budget_ns();
        let mut clock = start;
        self.trace_wakes(clock);
        loop {
            let mut remaining = self.state.borrow().remaining;
            if remaining == 0 {
                self.timers.borrow_mut().move_due(clock, &self.ready);
                remaining = self.ready.len();
                if remaining == 0 {
                    break;
                }
                self.state.borrow_mut().iterations += 1;
            }
            while remaining > 0 {
                if let Some(budget) = budget {
                    if clock.saturating_sub(start) >= budget {
                        self.state.borrow_mut().remaining = remaining;
                        self.tracer.record(clock, EventKind::Yielded { ran_ns: clock - start });
                        self.platform.request_tick();
                        return Tick::Yielded;
                    }
                }
                let Some(job) = self.ready.pop() else { break };
                remaining -= 1;
                self.state.borrow_mut().remaining = remaining;
                clock = match job {
                    Job::Poll { slot, id } => {
                        let ended = self.poll_task(slot, id, clock);
                        let suspend = self.state.borrow_mut().suspend.take();
                        if let Some(resume_at) = suspend {
                            if let Some(outcome) = self.resume_later(slot, id, resume_at, start, ended) {
                                return outcome;
                            }
                            remaining += 1;
                        }
                        ended
                    }
                    Job::Timer(id) => {
                        self.run_timer(id, clock);
                        self.now()
                    }
                    Job::Call(call) => {
                        self.run_call(call);
                        self.now()
                    }
                };
                self.trace_wakes(clock);
            }
            self.state.borrow_mut().remaining = 0;
        }
        let next = self.timers.borrow_mut().next_deadline();
        self.ready.set_idle(true);
        match next {
            Some(deadline) => {
                self.platform.arm_timer(deadline);
                Tick::WaitUntil(deadline)
            }
            None if self.tasks.borrow().counts.live > 0 => Tick::Idle,
            None => Tick::Finished,
        }
    }

    /// Puts a suspended step back at the head of the current iteration. Returns how the tick ends,
    /// or `None` to carry on at once (a host without a budget has nothing to yield to).
    fn resume_later(&self, slot: usize, id: TaskId, resume_at: Option<u64>, start: u64, now: u64) -> Option<Tick> {
        let waker = {
            let mut tasks = self.tasks.borrow_mut();
            tasks.get_mut(slot, id).map(|live| live.task_waker.clone())
        };
        let waker = waker?; // The task ended (or was cancelled) meanwhile: nothing to resume.
        waker.mark_queued();
        self.ready.push_front(Job::Poll { slot, id });
        let remaining = self.state.borrow().remaining + 1;
        self.state.borrow_mut().remaining = remaining;
        match resume_at {
            None if self.platform.budget_ns().is_none() => None,
            None => {
                self.tracer.record(now, EventKind::Yielded { ran_ns: now.saturating_sub(start) });
                self.platform.request_tick();
                Some(Tick::Yielded)
            }
            Some(at) => {
                self.tracer.record(now, EventKind::Yielded { ran_ns: now.saturating_sub(start) });
                self.ready.set_idle(true);
                self.platform.arm_timer(at);
                Some(Tick::WaitUntil(at))
            }
        }
    }

    fn cancel_all(&self) {
        // Collect first: cancelling runs drop code that may touch the slab.
        let ids = self.tasks.borrow().ids();
        for (slot, id) in ids {
            self.cancel(slot, id);
        }
    }
}

/// Drops a future, containing a panic in its destructor.
fn drop_quietly(future: Option<TaskFuture>) {
    let _ = catch_unwind(AssertUnwindSafe(move || drop(future)));
}

/// The owner of the loop: only it (or a [`WeakExecutor`] given to the host) may run ticks.
pub struct Executor {
    core: Rc<Core>,
}

impl Executor {
    pub fn new(platform: Rc<dyn Platform>) -> Self {
        Self::with_trace_capacity(platform, DEFAULT_TRACE_CAPACITY)
    }

    pub fn with_trace_capacity(platform: Rc<dyn Platform>, capacity: usize) -> Self {
        let hook = platform.wake_hook();
        let core = Rc::new(Core {
            tracer: Tracer::new(capacity),
            ready: Arc::new(ReadyQueue::new(hook)),
            tasks: RefCell::new(Tasks::default()),
            timers: RefCell::new(Timers::default()),
            calls: RefCell::new(HashMap::new()),
            next_call: Cell::new(0),
            next_fetch: Cell::new(0),
            state: RefCell::new(LoopState::default()),
            net: RefCell::new(SimNet::new(SimNetConfig::default())),
            platform,
        });
        Executor { core }
    }

    pub fn handle(&self) -> Handle {
        Handle { core: self.core.clone() }
    }

    pub fn downgrade(&self) -> WeakExecutor {
        WeakExecutor { core: Rc::downgrade(&self.core) }
    }

    /// Runs loop iterations until nothing is ready or the platform's budget is used up.
    pub fn tick(&self) -> Tick {
        self.core.tick()
    }

    /// Drives the loop to the end on a platform that can block (native, virtual time): waits for
    /// each next timer with `Platform::block_for`. Returns `Idle` if tasks are left waiting on
    /// nothing the loop can provide, `Finished` when every task ended. Do not call it on the web
    /// (the browser drives ticks there).
    pub fn run(&self) -> Tick {
        loop {
            match self.tick() {
                Tick::Yielded => continue,
                Tick::WaitUntil(deadline) => {
                    let now = self.core.now();
                    self.core.platform.block_for(deadline.saturating_sub(now));
                }
                other => return other,
            }
        }
    }

    /// Spawns `future` and runs the loop until it finishes (native, virtual time).
    pub fn block_on<F>(&self, future: F) -> Result<F::Output, JoinError>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let handle = self.handle().spawn(future);
        loop {
            let end = match self.tick() {
                Tick::Yielded => false,
                Tick::WaitUntil(deadline) => {
                    if !handle.is_finished() {
                        let now = self.core.now();
                        self.core.platform.block_for(deadline.saturating_sub(now));
                    }
                    handle.is_finished()
                }
                Tick::Idle | Tick::Finished => true,
            };
            if end || handle.is_finished() {
                return handle.try_take().unwrap_or(Err(JoinError::Stalled));
            }
        }
    }

    /// Loop iterations completed so far.
    pub fn iterations(&self) -> u64 {
        self.core.state.borrow().iterations
    }
}

impl Drop for Executor {
    /// Tasks hold handles to the core; cancelling them breaks the cycle so nothing leaks.
    fn drop(&mut self) {
        self.core.cancel_all();
        let actions = self.core.timers.borrow_mut().clear();
        drop(actions);
        let calls: Vec<_> = self.core.calls.borrow_mut().drain().collect();
        drop(calls);
        self.core.ready.clear();
    }
}

/// A weak reference to an executor for hosts that call back into it (browser timers, messages).
#[derive(Clone)]
pub struct WeakExecutor {
    core: Weak<Core>,
}

impl WeakExecutor {
    /// Runs a tick if the executor still exists.
    pub fn tick(&self) -> Option<Tick> {
        self.core.upgrade().map(|core| core.tick())
    }
}

/// The cloneable handle tasks and hosts use.
#[derive(Clone)]
pub struct Handle {
    core: Rc<Core>,
}

impl Handle {
    /// Spawns a task named `Task-N` (asyncio's default names; N counts from 1).
    pub fn spawn<F>(&self, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        self.core.spawn(None, future)
    }

    pub fn spawn_named<F>(&self, name: impl Into<String>, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        self.core.spawn(Some(name.into()), future)
    }

    /// Completes `duration` after its first poll.
    pub fn sleep(&self, duration: Duration) -> Sleep {
        Sleep::new(self.core.clone(), duration)
    }

    /// Puts the current task at the end of the ready queue once.
    pub fn yield_now(&self) -> YieldNow {
        YieldNow::new()
    }

    /// Fetches `request`: hosts under `.example` from the simulated network, others from the platform.
    pub fn fetch(&self, request: Request) -> Fetch {
        Fetch::new(self.core.clone(), request)
    }

    /// Queues `f` to run as a job of the next iterations (asyncio `call_soon`).
    pub fn call_soon(&self, f: impl FnOnce() + 'static) {
        let call = self.core.add_call(Box::new(f));
        self.core.ready.push(Job::Call(call));
    }

    /// Runs `f` after `delay` (asyncio `call_later`); the returned timer can be cancelled.
    pub fn call_later(&self, delay: Duration, f: impl FnOnce() + 'static) -> TimerId {
        let call = self.core.add_call(Box::new(f));
        let delay = u64::try_from(delay.as_nanos()).unwrap_or(u64::MAX);
        self.core.arm_timer(self.core.now().saturating_add(delay), Action::Call(call))
    }

    /// Runs `f` at `deadline` (nanoseconds on the platform clock; asyncio `call_at`).
    pub fn call_at(&self, deadline: u64, f: impl FnOnce() + 'static) -> TimerId {
        let call = self.core.add_call(Box::new(f));
        self.core.arm_timer(deadline, Action::Call(call))
    }

    /// True when the current tick has used up the platform's budget: a long-running task should
    /// `suspend_current(None)` to let the host breathe. Always false on hosts without a budget.
    pub fn should_yield(&self) -> bool {
        let start = self.core.state.borrow().tick_start;
        self.core.platform.budget_ns().is_some_and(|b| self.core.now().saturating_sub(start) >= b)
    }

    /// Records an event at the current time (for producers outside the executor: the VM).
    pub fn record(&self, kind: EventKind) {
        self.core.tracer.record(self.core.now(), kind);
    }

    pub fn cancel_timer(&self, timer: TimerId) {
        self.core.cancel_timer(timer);
    }

    /// Cancels every live task.
    pub fn cancel_all(&self) {
        self.core.cancel_all();
    }

    /// Occupies the thread for `duration` like CPU-bound code would: nothing else on the loop runs.
    pub fn block_for(&self, duration: Duration) {
        self.core.platform.block_for(u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX));
    }

    /// The platform clock, in nanoseconds.
    pub fn now(&self) -> u64 {
        self.core.now()
    }

    pub fn current_task(&self) -> Option<TaskId> {
        self.core.current()
    }

    pub fn tracer(&self) -> &Tracer {
        &self.core.tracer
    }

    pub fn counts(&self) -> TaskCounts {
        self.core.tasks.borrow().counts
    }

    /// Configures the simulated `.example` network (latency distribution, seed).
    pub fn set_network(&self, config: SimNetConfig) {
        *self.core.net.borrow_mut() = SimNet::new(config);
    }

    /// Called by a task during its poll, just before returning `Pending` with its step unfinished
    /// (a VM out of fuel, or blocked in `time.sleep` on a host that cannot block): the executor
    /// puts the task back at the head of the current iteration, ends the tick, and resumes it first
    /// when the host comes back (`resume_at = None`) or at `resume_at`. Nothing else runs meanwhile:
    /// the loop is blocked, the host is not.
    pub fn suspend_current(&self, resume_at: Option<u64>) {
        if self.core.current().is_some() {
            self.core.state.borrow_mut().suspend = Some(resume_at);
        }
    }

    /// Timers armed and not yet run.
    pub fn pending_timers(&self) -> usize {
        self.core.timers.borrow().pending()
    }
}
