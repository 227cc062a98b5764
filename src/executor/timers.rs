//! The timer heap: asyncio's `_scheduled`. Timers are ordered by (deadline, insertion order), so
//! timers armed for the same instant fire in the order they were armed.
//!
//! A timer that comes due is not run on the spot: it is appended to the ready queue as a
//! `Job::Timer` (asyncio moves due `TimerHandle`s onto `_ready`), and its action runs when the
//! loop reaches it. A sleeping task is therefore resumed one loop iteration after its timer's
//! callback ran, exactly as `futures._set_result_unless_cancelled` + `Task.__wakeup` do in asyncio.
//! Cancelled timers are removed from the entry table at once and skipped lazily in the heap.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use super::ready::{Job, ReadyQueue};
use super::Core;
use crate::trace::{TaskId, TimerId};

/// What a timer does when its job runs.
pub(crate) enum Action {
    /// Wake a sleeping future (which then sees `fired` and completes).
    Wake(Waker),
    /// Run a `call_later` callback (its id in the executor's callback table).
    Call(u64),
}

enum State {
    Armed,
    /// Moved onto the ready queue; its job has not run yet.
    Due,
    /// Its job ran; a sleep waits to observe this.
    Fired,
}

struct Entry {
    deadline: u64,
    task: Option<TaskId>,
    state: State,
    action: Action,
}

#[derive(Default)]
pub(crate) struct Timers {
    heap: BinaryHeap<Reverse<(u64, TimerId)>>,
    entries: HashMap<TimerId, Entry>,
    next_id: TimerId,
}

impl Timers {
    pub fn arm(&mut self, deadline: u64, task: Option<TaskId>, action: Action) -> TimerId {
        let id = self.next_id;
        self.next_id += 1;
        self.heap.push(Reverse((deadline, id)));
        self.entries.insert(id, Entry { deadline, task, state: State::Armed, action });
        self.compact();
        id
    }

    /// Moves every armed timer with `deadline <= now` onto the ready queue, earliest first.
    pub fn move_due(&mut self, now: u64, ready: &ReadyQueue) {
        while let Some(Reverse((deadline, id))) = self.heap.peek().copied() {
            if deadline > now {
                break;
            }
            self.heap.pop();
            if let Some(entry) = self.entries.get_mut(&id) {
                entry.state = State::Due;
                ready.push(Job::Timer(id));
            }
        }
    }

    /// Runs a due timer's bookkeeping. Returns what to do and for the trace (task, deadline), or
    /// `None` if the timer was cancelled after it came due.
    pub fn fire(&mut self, id: TimerId) -> Option<(Option<TaskId>, u64, Action)> {
        let entry = self.entries.get_mut(&id)?;
        if !matches!(entry.state, State::Due) {
            return None;
        }
        let info = (entry.task, entry.deadline);
        match &entry.action {
            Action::Wake(w) => {
                entry.state = State::Fired;
                Some((info.0, info.1, Action::Wake(w.clone())))
            }
            Action::Call(_) => {
                let entry = self.entries.remove(&id)?;
                Some((info.0, info.1, entry.action))
            }
        }
    }

    /// True once the timer's job has run (sleep may complete).
    fn fired(&self, id: TimerId) -> bool {
        matches!(self.entries.get(&id), Some(Entry { state: State::Fired, .. }))
    }

    fn update_waker(&mut self, id: TimerId, waker: &Waker) {
        if let Some(Entry { action: Action::Wake(w), .. }) = self.entries.get_mut(&id) {
            if !w.will_wake(waker) {
                *w = waker.clone();
            }
        }
    }

    /// Forget a timer. Returns its task and whether it had not fired yet (a real cancellation),
    /// or `None` if it was unknown.
    pub fn remove(&mut self, id: TimerId) -> Option<(Option<TaskId>, bool, Action)> {
        let entry = self.entries.remove(&id)?;
        Some((entry.task, !matches!(entry.state, State::Fired), entry.action))
    }

    /// The earliest deadline of a timer that is still armed.
    pub fn next_deadline(&mut self) -> Option<u64> {
        while let Some(Reverse((deadline, id))) = self.heap.peek().copied() {
            if matches!(self.entries.get(&id), Some(Entry { state: State::Armed, .. })) {
                return Some(deadline);
            }
            self.heap.pop();
        }
        None
    }

    /// Number of timers armed or due.
    pub fn pending(&self) -> usize {
        self.entries.values().filter(|e| !matches!(e.state, State::Fired)).count()
    }

    /// Rebuild the heap when cancelled timers make up most of it (as asyncio does), so a loop that
    /// keeps arming and cancelling timeouts does not grow without bound.
    fn compact(&mut self) {
        if self.heap.len() > 64 && self.heap.len() > 2 * self.entries.len() {
            let entries = &self.entries;
            self.heap.retain(|Reverse((_, id))| matches!(entries.get(id), Some(Entry { state: State::Armed, .. })));
        }
    }

    pub fn clear(&mut self) -> Vec<Action> {
        self.heap.clear();
        self.entries.drain().map(|(_, e)| e.action).collect()
    }
}

/// A future that completes after `duration`, counted from its first poll (when asyncio's `sleep`
/// would call `call_later`). Dropping it before it fires cancels its timer.
pub struct Sleep {
    core: Rc<Core>,
    duration: u64,
    timer: Option<TimerId>,
    done: bool,
}

impl Sleep {
    pub(crate) fn new(core: Rc<Core>, duration: Duration) -> Self {
        let duration = u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX);
        Sleep { core, duration, timer: None, done: false }
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.done {
            return Poll::Ready(());
        }
        match self.timer {
            None => {
                let deadline = self.core.now().saturating_add(self.duration);
                let id = self.core.arm_timer(deadline, Action::Wake(cx.waker().clone()));
                self.timer = Some(id);
                Poll::Pending
            }
            Some(id) => {
                let mut timers = self.core.timers.borrow_mut();
                if timers.fired(id) {
                    timers.remove(id);
                    drop(timers);
                    self.done = true;
                    self.timer = None;
                    Poll::Ready(())
                } else {
                    timers.update_waker(id, cx.waker());
                    Poll::Pending
                }
            }
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(id) = self.timer.take() {
            self.core.cancel_timer(id);
        }
    }
}

/// Yields once: the task is put back at the end of the ready queue (asyncio's bare `yield` in
/// `sleep(0)`).
pub struct YieldNow {
    yielded: bool,
}

impl YieldNow {
    pub(crate) fn new() -> Self {
        YieldNow { yielded: false }
    }
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

