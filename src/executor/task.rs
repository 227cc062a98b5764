//! Task slots and join handles.
//!
//! A task is a boxed `Future<Output = ()>` in a slot of the slab; the user's output travels through a
//! `JoinState` shared with the task's [`JoinHandle`]. Slots are reused, task ids never are: a queued
//! `Job::Poll { slot, id }` whose slot now holds another id is stale and skipped. The slab never
//! drops a future while it is borrowed: callers take the future out, release the borrow, then drop
//! it, because dropping a future runs arbitrary code (timer cancellation, other handles).

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use super::waker::TaskWaker;
use super::Core;
use crate::trace::TaskId;

pub(crate) type TaskFuture = Pin<Box<dyn Future<Output = ()>>>;

/// Why a task produced no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinError {
    /// The task was cancelled; its future was dropped.
    Cancelled,
    /// The task's future panicked with this message.
    Panicked(String),
    /// The executor ran out of work (nothing ready, no timer) before the task finished.
    Stalled,
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JoinError::Cancelled => write!(f, "task was cancelled"),
            JoinError::Panicked(msg) => write!(f, "task panicked: {msg}"),
            JoinError::Stalled => write!(f, "task can never finish: nothing is ready and no timer is armed"),
        }
    }
}

impl std::error::Error for JoinError {}

/// How a task ended, as counted by the executor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TaskCounts {
    pub live: u64,
    pub done: u64,
    pub cancelled: u64,
    pub failed: u64,
}

/// The type-erased end of a `JoinState`, so the slab can fail a task whatever its output type.
pub(crate) trait Completion {
    fn fail(&self, error: JoinError);
}

pub(crate) struct JoinState<T> {
    result: Option<Result<T, JoinError>>,
    finished: bool,
    waiter: Option<Waker>,
}

impl<T> JoinState<T> {
    pub(crate) fn new() -> Rc<RefCell<Self>> {
        Rc::new(RefCell::new(JoinState { result: None, finished: false, waiter: None }))
    }
}

pub(crate) fn complete<T>(state: &RefCell<JoinState<T>>, result: Result<T, JoinError>) {
    let waiter = {
        let mut s = state.borrow_mut();
        if s.finished {
            return;
        }
        s.finished = true;
        s.result = Some(result);
        s.waiter.take()
    };
    if let Some(w) = waiter {
        w.wake();
    }
}

impl<T> Completion for RefCell<JoinState<T>> {
    fn fail(&self, error: JoinError) {
        complete(self, Err(error));
    }
}

/// A live task in the slab.
pub(crate) struct Live {
    pub id: TaskId,
    /// `None` while the task is being polled.
    pub future: Option<TaskFuture>,
    pub waker: Waker,
    pub task_waker: Arc<TaskWaker>,
    pub completion: Rc<dyn Completion>,
    /// Set when the task cancels itself (or is cancelled) during its own poll.
    pub cancel_requested: bool,
}

#[derive(Default)]
pub(crate) struct Tasks {
    slots: Vec<Option<Live>>,
    free: Vec<usize>,
    pub next_id: TaskId,
    pub counts: TaskCounts,
}

impl Tasks {
    pub fn vacant_slot(&mut self) -> usize {
        match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.slots.push(None);
                self.slots.len() - 1
            }
        }
    }

    pub fn insert(&mut self, slot: usize, live: Live) {
        self.slots[slot] = Some(live);
        self.counts.live += 1;
    }

    pub fn get_mut(&mut self, slot: usize, id: TaskId) -> Option<&mut Live> {
        self.slots.get_mut(slot)?.as_mut().filter(|live| live.id == id)
    }

    /// Remove a task from the slab (the caller drops its future outside the borrow).
    pub fn remove(&mut self, slot: usize, id: TaskId) -> Option<Live> {
        let entry = self.slots.get_mut(slot)?;
        if entry.as_ref().map(|l| l.id) != Some(id) {
            return None;
        }
        let live = entry.take();
        self.free.push(slot);
        self.counts.live -= 1;
        live
    }

    /// Every live task's (slot, id), in slot order.
    pub fn ids(&self) -> Vec<(usize, TaskId)> {
        self.slots.iter().enumerate().filter_map(|(slot, l)| l.as_ref().map(|l| (slot, l.id))).collect()
    }
}

/// Turns a panic payload into its message.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

/// An owned permission to await a task's output or cancel it. Dropping the handle detaches the task
/// (it keeps running), as in tokio.
pub struct JoinHandle<T> {
    pub(crate) id: TaskId,
    pub(crate) slot: usize,
    pub(crate) state: Rc<RefCell<JoinState<T>>>,
    pub(crate) core: Weak<Core>,
}

impl<T> JoinHandle<T> {
    pub fn id(&self) -> TaskId {
        self.id
    }

    pub fn is_finished(&self) -> bool {
        self.state.borrow().finished
    }

    /// Cancel the task: its future is dropped (at once, or right after its current poll if it is
    /// cancelling itself) and awaiting this handle yields `Err(JoinError::Cancelled)`.
    pub fn cancel(&self) {
        if let Some(core) = self.core.upgrade() {
            core.cancel(self.slot, self.id);
        }
    }

    /// Take the result if the task has finished (for hosts that poll instead of awaiting).
    pub fn try_take(&self) -> Option<Result<T, JoinError>> {
        self.state.borrow_mut().result.take()
    }
}

impl<T> Future for JoinHandle<T> {
    type Output = Result<T, JoinError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.state.borrow_mut();
        if let Some(result) = state.result.take() {
            return Poll::Ready(result);
        }
        if state.finished {
            // The result was already taken by an earlier poll or `try_take`.
            return Poll::Ready(Err(JoinError::Stalled));
        }
        match &state.waiter {
            Some(w) if w.will_wake(cx.waker()) => {}
            _ => state.waiter = Some(cx.waker().clone()),
        }
        Poll::Pending
    }
}
