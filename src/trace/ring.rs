//! A bounded ring buffer of events with a cursor for incremental readers.
//!
//! Each event gets a sequence number; readers remember the next sequence number they want and ask
//! for everything since. When the buffer is full the oldest events are dropped and counted, so a
//! run of any length keeps memory bounded and a reader can tell it missed something.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{Event, EventKind};

/// The buffer. `first_seq` is the sequence number of `events[0]`.
#[derive(Debug)]
pub struct Ring {
    events: VecDeque<Event>,
    capacity: usize,
    first_seq: u64,
    dropped: u64,
    enabled: bool,
}

impl Ring {
    pub fn new(capacity: usize) -> Self {
        Ring { events: VecDeque::new(), capacity: capacity.max(1), first_seq: 0, dropped: 0, enabled: true }
    }

    pub fn push(&mut self, event: Event) {
        if !self.enabled {
            return;
        }
        if self.events.len() == self.capacity {
            self.events.pop_front();
            self.first_seq += 1;
            self.dropped += 1;
        }
        self.events.push_back(event);
    }

    /// Sequence number the next pushed event will get.
    pub fn next_seq(&self) -> u64 {
        self.first_seq + self.events.len() as u64
    }

    /// Events with sequence number `>= seq` still in the buffer, oldest first.
    pub fn since(&self, seq: u64) -> impl Iterator<Item = &Event> {
        let skip = seq.saturating_sub(self.first_seq) as usize;
        self.events.iter().skip(skip)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Event> {
        self.events.iter()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// How many events were dropped because the buffer was full.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    pub fn clear(&mut self) {
        self.first_seq = self.next_seq();
        self.events.clear();
    }

    /// Recording can be switched off (benchmarks measure the executor without the trace).
    pub fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
    }

    /// The whole buffer as a JSON array.
    pub fn to_json(&self) -> String {
        let events: Vec<&Event> = self.events.iter().collect();
        serde_json::to_string(&events).unwrap_or_else(|_| "[]".to_string())
    }
}

/// A cheap, cloneable handle producers use to record events into a shared ring.
#[derive(Clone, Debug)]
pub struct Tracer {
    ring: Rc<RefCell<Ring>>,
}

impl Tracer {
    pub fn new(capacity: usize) -> Self {
        Tracer { ring: Rc::new(RefCell::new(Ring::new(capacity))) }
    }

    pub fn record(&self, t: u64, kind: EventKind) {
        self.ring.borrow_mut().push(Event { t, kind });
    }

    /// Read access to the buffer (for views, exports and tests).
    pub fn with<R>(&self, f: impl FnOnce(&Ring) -> R) -> R {
        f(&self.ring.borrow())
    }

    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Ring) -> R) -> R {
        f(&mut self.ring.borrow_mut())
    }

    /// A copy of every event still in the buffer.
    pub fn snapshot(&self) -> Vec<Event> {
        self.ring.borrow().iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(t: u64) -> Event {
        Event { t, kind: EventKind::Woken { task: t } }
    }

    #[test]
    fn drops_oldest_and_keeps_cursor_meaningful() {
        let mut ring = Ring::new(3);
        for t in 0..5 {
            ring.push(ev(t));
        }
        assert_eq!(ring.dropped(), 2);
        assert_eq!(ring.next_seq(), 5);
        let ts: Vec<u64> = ring.since(0).map(|e| e.t).collect();
        assert_eq!(ts, vec![2, 3, 4]);
        let ts: Vec<u64> = ring.since(4).map(|e| e.t).collect();
        assert_eq!(ts, vec![4]);
        assert_eq!(ring.since(5).count(), 0);
    }

    #[test]
    fn serialises_flat_with_type_tag() {
        let e = Event { t: 7, kind: EventKind::Polled { task: 3, busy_ns: 41 } };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"t":7,"type":"polled","task":3,"busy_ns":41}"#);
    }
}
