//! The ready queue: asyncio's `_ready` deque. Every job the loop will run in FIFO order sits here,
//! whether it was put there by a waker (a task poll), by the timer heap (a due timer's callback) or
//! by `call_soon` (a plain callback).
//!
//! It lives behind an `Arc<Mutex<..>>` only because `std::task::Waker` must be `Send + Sync`; the
//! executor is single-threaded and the lock is never contended (on wasm it compiles to a flag).
//! Jobs carry ids, not closures, so the queue stays `Send`; what an id refers to is owned by the
//! executor's core (task slots, timer entries, callback slab).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::trace::{TaskId, TimerId};

/// Called when a job is queued while the executor is idle, so the host schedules a tick.
pub type WakeHook = Arc<dyn Fn() + Send + Sync>;

/// One entry of the ready queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// Poll task `id`, which lives in slot `slot` (stale if the slot now holds another task).
    Poll { slot: usize, id: TaskId },
    /// Run the callback of a timer that came due.
    Timer(TimerId),
    /// Run a `call_soon` callback.
    Call(u64),
}

#[derive(Default)]
struct Jobs {
    queue: VecDeque<Job>,
    /// How many jobs were ever pushed: lets the tracer find the jobs queued since it last looked.
    pushed: u64,
}

/// The queue plus the idle flag the wakers consult.
pub struct ReadyQueue {
    jobs: Mutex<Jobs>,
    idle: AtomicBool,
    hook: WakeHook,
}

impl ReadyQueue {
    pub fn new(hook: WakeHook) -> Self {
        ReadyQueue { jobs: Mutex::new(Jobs::default()), idle: AtomicBool::new(true), hook }
    }

    fn lock(&self) -> MutexGuard<'_, Jobs> {
        // A poisoned lock only means a panic happened while it was held; the deque is still valid.
        self.jobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Append a job; if the executor was idle, tell the host to come back.
    pub fn push(&self, job: Job) {
        {
            let mut jobs = self.lock();
            jobs.queue.push_back(job);
            jobs.pushed += 1;
        }
        if self.idle.swap(false, Ordering::AcqRel) {
            (self.hook)();
        }
    }

    /// Put a job back at the head of the queue: a step that was suspended mid-way resumes first.
    pub fn push_front(&self, job: Job) {
        self.lock().queue.push_front(job);
    }

    pub fn pop(&self) -> Option<Job> {
        self.lock().queue.pop_front()
    }

    pub fn len(&self) -> usize {
        self.lock().queue.len()
    }

    /// Calls `f` for every job pushed after the first `seen` ones that is still queued, and returns
    /// the new total. Jobs pushed and already run in between are not seen (callers look often).
    pub fn pushed_since(&self, seen: u64, mut f: impl FnMut(Job)) -> u64 {
        let jobs = self.lock();
        let fresh = (jobs.pushed - seen).min(jobs.queue.len() as u64) as usize;
        for job in jobs.queue.iter().skip(jobs.queue.len() - fresh) {
            f(*job);
        }
        jobs.pushed
    }

    pub fn pushed(&self) -> u64 {
        self.lock().pushed
    }

    /// Mark the executor busy (inside a tick: pushes need no host notification) or idle.
    pub fn set_idle(&self, idle: bool) {
        self.idle.store(idle, Ordering::Release);
    }

    /// Drop every queued job (used when a run is torn down).
    pub fn clear(&self) {
        self.lock().queue.clear();
    }
}
