//! The trace: one event type that describes everything that happens in a run, and the bounded ring
//! buffer it is recorded into.
//!
//! Every view reads this stream and nothing else: the page's timeline and charts, the CLI's `--trace`
//! file, the benchmarks and the tests. Producers (the executor, the network, later the VM and the
//! broker) push [`Event`]s through a [`Tracer`]; they never keep bookkeeping of their own for a UI.
//! This module owns the event vocabulary and the buffer; it knows nothing about who produces events.

mod event;
mod ring;

pub use event::{Event, EventKind, TaskId, TimerId, FetchId};
pub use ring::{Ring, Tracer};
