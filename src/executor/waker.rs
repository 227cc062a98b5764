//! Task wakers. Waking a task appends one `Job::Poll` to the ready queue, unless the task is already
//! queued (asyncio never holds two pending steps for one task, and a Rust future woken twice needs
//! one poll). The `queued` flag is cleared by the executor right before it polls the task, so a wake
//! during the poll queues it again.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Wake, Waker};

use super::ready::{Job, ReadyQueue};
use crate::trace::TaskId;

pub struct TaskWaker {
    slot: usize,
    id: TaskId,
    queued: AtomicBool,
    ready: Arc<ReadyQueue>,
}

impl TaskWaker {
    /// A waker for a new task, already marked queued (spawn queues the first poll itself).
    pub fn new(slot: usize, id: TaskId, ready: Arc<ReadyQueue>) -> Arc<Self> {
        Arc::new(TaskWaker { slot, id, queued: AtomicBool::new(true), ready })
    }

    pub fn waker(self: &Arc<Self>) -> Waker {
        Waker::from(self.clone())
    }

    /// Called by the executor just before polling.
    pub fn clear_queued(&self) {
        self.queued.store(false, Ordering::Release);
    }

    /// Mark the task as queued without queueing (the caller put its job back itself).
    pub fn mark_queued(&self) {
        self.queued.store(true, Ordering::Release);
    }

    /// Queue a poll; returns false if one was already queued.
    pub fn schedule(&self) -> bool {
        if self.queued.swap(true, Ordering::AcqRel) {
            return false;
        }
        self.ready.push(Job::Poll { slot: self.slot, id: self.id });
        true
    }
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.schedule();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.schedule();
    }
}
