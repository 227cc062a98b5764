//! Executor behaviour beyond ordering: many timers, cancellation (sleeping, fetching, itself),
//! panics, callbacks, the trace it records, and the native platform's real clock.

#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use looplab::executor::{Executor, JoinError, Tick};
use looplab::net::{FetchError, Request};
use looplab::platform::{native::NativePlatform, shared, virtual_time::VirtualPlatform};
use looplab::rng::Rng;
use looplab::trace::{Event, EventKind};

fn virtual_exec() -> Executor {
    Executor::new(shared(VirtualPlatform::new()))
}

fn events(exec: &Executor) -> Vec<Event> {
    exec.handle().tracer().snapshot()
}

#[test]
fn ten_thousand_timers_fire_in_deadline_order() {
    let exec = virtual_exec();
    let h = exec.handle();
    let woke: Rc<RefCell<Vec<(u64, u64)>>> = Rc::default();
    let mut rng = Rng::new(7);
    let mut expected = Vec::new();
    for i in 0..10_000u64 {
        // Coarse delays so that many timers share a deadline: ties must keep spawn order.
        let delay = rng.below(100) * 1_000_000;
        expected.push((delay, i));
        let (h2, woke) = (h.clone(), woke.clone());
        h.spawn(async move {
            h2.sleep(Duration::from_nanos(delay)).await;
            woke.borrow_mut().push((h2.now(), i));
        });
    }
    assert_eq!(exec.run(), Tick::Finished);
    expected.sort();
    let woke = woke.borrow();
    assert_eq!(woke.len(), 10_000);
    let order: Vec<u64> = woke.iter().map(|(_, i)| *i).collect();
    let expected_order: Vec<u64> = expected.iter().map(|(_, i)| *i).collect();
    assert_eq!(order, expected_order);
    // Virtual time: every sleeper wakes exactly at its deadline.
    assert!(woke.iter().zip(&expected).all(|((t, _), (d, _))| t == d));
    let fired = events(&exec).iter().filter(|e| matches!(e.kind, EventKind::TimerFired { lateness_ns: 0, .. })).count();
    assert_eq!(fired, 10_000);
}

#[test]
fn cancel_while_sleeping_drops_the_timer() {
    let exec = virtual_exec();
    let h = exec.handle();
    let h2 = h.clone();
    let reached = Rc::new(RefCell::new(false));
    let r2 = reached.clone();
    let sleeper = h.spawn_named("sleeper", async move {
        h2.sleep(Duration::from_secs(10)).await;
        *r2.borrow_mut() = true;
    });
    let h3 = h.clone();
    let result = exec.block_on(async move {
        h3.sleep(Duration::from_millis(5)).await;
        sleeper.cancel();
        sleeper.await
    });
    assert_eq!(result, Ok(Err(JoinError::Cancelled)));
    assert!(!*reached.borrow());
    assert_eq!(exec.run(), Tick::Finished, "the 10 s timer is gone");
    assert_eq!(h.now(), 5_000_000, "virtual clock never went to 10 s");
    let ev = events(&exec);
    assert!(ev.iter().any(|e| matches!(e.kind, EventKind::TimerCancelled { task: Some(0), .. })));
    assert!(ev.iter().any(|e| matches!(e.kind, EventKind::Cancelled { task: 0 })));
    assert_eq!(h.counts().cancelled, 1);
}

#[test]
fn cancel_while_fetching_aborts_the_request() {
    let exec = virtual_exec();
    let h = exec.handle();
    let h2 = h.clone();
    let fetcher = h.spawn(async move { h2.fetch(Request::get("https://slow.example/delay/5")).await });
    let h3 = h.clone();
    let result = exec.block_on(async move {
        h3.sleep(Duration::from_millis(100)).await;
        fetcher.cancel();
        fetcher.await
    });
    assert_eq!(result, Ok(Err(JoinError::Cancelled)));
    let ev = events(&exec);
    assert!(ev.iter().any(|e| matches!(e.kind, EventKind::FetchStarted { simulated: true, .. })));
    assert!(ev.iter().any(|e| matches!(e.kind, EventKind::FetchAborted { task: Some(0), .. })));
    assert!(!ev.iter().any(|e| matches!(e.kind, EventKind::FetchDone { .. })));
    assert_eq!(exec.run(), Tick::Finished);
    assert!(h.now() < 1_000_000_000, "the 5 s response was never waited for");
}

#[test]
fn simulated_fetch_answers_after_its_latency() {
    let exec = virtual_exec();
    let h = exec.handle();
    let h2 = h.clone();
    let response = exec.block_on(async move { h2.fetch(Request::get("https://api.example/users/1")).await }).unwrap();
    let response = response.unwrap();
    assert_eq!(response.status, 200);
    assert!(response.text().contains(r#""path":"/users/1""#));
    assert!((40_000_000..=60_000_000).contains(&h.now()), "latency 50 ms ± 20 %: {}", h.now());
    let ev = events(&exec);
    assert!(ev.iter().any(|e| matches!(e.kind, EventKind::FetchDone { status: 200, error: None, .. })));
}

#[test]
fn non_simulated_hosts_fail_clearly_off_the_web() {
    let exec = virtual_exec();
    let h = exec.handle();
    let r = exec.block_on(async move { h.fetch(Request::get("https://example.com/")).await }).unwrap();
    match r {
        Err(FetchError::Connect(msg)) => assert!(msg.contains(".example"), "{msg}"),
        other => panic!("expected a connect error, got {other:?}"),
    }
}

#[test]
fn a_task_can_cancel_itself() {
    let exec = virtual_exec();
    let h = exec.handle();
    let slot: Rc<RefCell<Option<looplab::executor::JoinHandle<()>>>> = Rc::default();
    let (s2, h2) = (slot.clone(), h.clone());
    let after = Rc::new(RefCell::new(false));
    let a2 = after.clone();
    let t = h.spawn(async move {
        h2.yield_now().await;
        if let Some(me) = s2.borrow().as_ref() {
            me.cancel();
        }
        h2.yield_now().await;
        *a2.borrow_mut() = true;
    });
    *slot.borrow_mut() = Some(t);
    exec.run();
    assert!(!*after.borrow(), "the task never resumed after cancelling itself");
    let t = slot.borrow_mut().take().unwrap();
    assert_eq!(t.try_take(), Some(Err(JoinError::Cancelled)));
}

#[test]
fn a_panicking_task_fails_alone() {
    let exec = virtual_exec();
    let h = exec.handle();
    let h2 = h.clone();
    let bad = h.spawn_named("bad", async move {
        h2.yield_now().await;
        panic!("boom at step 2");
    });
    let h3 = h.clone();
    let good = exec.block_on(async move {
        for _ in 0..5 {
            h3.yield_now().await;
        }
        bad.await
    });
    assert_eq!(good, Ok(Err(JoinError::Panicked("boom at step 2".into()))));
    assert_eq!(h.counts().failed, 1);
    assert!(events(&exec).iter().any(|e| matches!(&e.kind, EventKind::Panicked { message, .. } if message == "boom at step 2")));
    // The executor still works afterwards.
    let h4 = h.clone();
    assert_eq!(exec.block_on(async move { h4.sleep(Duration::from_millis(1)).await; 7 }), Ok(7));
}

#[test]
fn callbacks_run_in_fifo_and_deadline_order() {
    let exec = virtual_exec();
    let h = exec.handle();
    let log: Rc<RefCell<Vec<&'static str>>> = Rc::default();
    let l = log.clone();
    h.call_later(Duration::from_millis(20), { let l = l.clone(); move || l.borrow_mut().push("later 20") });
    let cancelled = h.call_later(Duration::from_millis(5), { let l = l.clone(); move || l.borrow_mut().push("never") });
    h.call_later(Duration::from_millis(10), { let l = l.clone(); move || l.borrow_mut().push("later 10") });
    h.call_soon({ let l = l.clone(); move || l.borrow_mut().push("soon 1") });
    h.call_soon(move || l.borrow_mut().push("soon 2"));
    h.cancel_timer(cancelled);
    assert_eq!(exec.run(), Tick::Finished);
    assert_eq!(*log.borrow(), vec!["soon 1", "soon 2", "later 10", "later 20"]);
}

#[test]
fn trace_reconstructs_a_task_life() {
    let exec = virtual_exec();
    let h = exec.handle();
    let h2 = h.clone();
    exec.block_on(async move {
        let h3 = h2.clone();
        h2.spawn_named("napper", async move { h3.sleep(Duration::from_millis(3)).await }).await.unwrap();
    })
    .unwrap();
    let kinds: Vec<String> = events(&exec)
        .iter()
        .filter(|e| e.kind.task() == Some(1))
        .map(|e| serde_json::to_value(e).unwrap()["type"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        kinds,
        ["spawned", "woken", "timer_armed", "polled", "timer_fired", "woken", "polled", "done"],
    );
    let json = exec.handle().tracer().with(|r| r.to_json());
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["type"], "spawned");
    assert_eq!(parsed[0]["name"], "Task-1");
    let times: Vec<u64> = parsed.as_array().unwrap().iter().map(|e| e["t"].as_u64().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "timestamps are monotonic");
}

#[test]
fn native_sleep_takes_real_time() {
    let exec = Executor::new(shared(NativePlatform::new()));
    let h = exec.handle();
    let start = Instant::now();
    let late = exec
        .block_on(async move {
            let t0 = h.now();
            h.sleep(Duration::from_millis(20)).await;
            h.now() - t0
        })
        .unwrap();
    assert!(start.elapsed() >= Duration::from_millis(20));
    assert!(late >= 20_000_000);
}

/// A future that suspends its step `n` times (like a VM out of fuel or blocked in `time.sleep`)
/// before finishing, optionally until a given time.
struct Suspender {
    h: looplab::executor::Handle,
    left: u32,
    until: Option<u64>,
    log: Rc<RefCell<Vec<String>>>,
    name: &'static str,
}

impl std::future::Future for Suspender {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        let blocked = self.until.is_some_and(|t| self.h.now() < t);
        if self.left > 0 || blocked {
            self.left = self.left.saturating_sub(1);
            self.h.suspend_current(self.until);
            return std::task::Poll::Pending;
        }
        let line = format!("{} at {}", self.name, self.h.now() / 1_000_000);
        self.log.borrow_mut().push(line);
        std::task::Poll::Ready(())
    }
}

fn suspension_run(platform: VirtualPlatform, until: Option<u64>) -> (Vec<String>, usize) {
    let exec = Executor::new(shared(platform));
    let h = exec.handle();
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    h.spawn(Suspender { h: h.clone(), left: 2, until, log: log.clone(), name: "A" });
    let l = log.clone();
    let h2 = h.clone();
    h.spawn(async move { l.borrow_mut().push(format!("B at {}", h2.now() / 1_000_000)) });
    let h3 = h.clone();
    let l = log.clone();
    h.call_later(Duration::from_millis(1), move || l.borrow_mut().push(format!("timer at {}", h3.now() / 1_000_000)));
    assert_eq!(exec.run(), Tick::Finished);
    let yields = events(&exec).iter().filter(|e| matches!(e.kind, EventKind::Yielded { .. })).count();
    let out = log.borrow().clone();
    (out, yields)
}

#[test]
fn a_suspended_step_resumes_first_and_blocks_the_loop() {
    // With a budget (the web), suspension hands the thread to the host; without (the CLI), it
    // continues at once. Either way the rest of the iteration waits for the suspended step.
    let (log, yields) = suspension_run(VirtualPlatform::with_budget(1_000_000_000, 0), None);
    assert_eq!(log, ["A at 0", "B at 0", "timer at 1"]);
    assert_eq!(yields, 2);
    let (log, yields) = suspension_run(VirtualPlatform::new(), None);
    assert_eq!(log, ["A at 0", "B at 0", "timer at 1"]);
    assert_eq!(yields, 0);
    // Suspended until 10 ms (time.sleep on the page): B and the 1 ms timer wait; the timer is late.
    let (log, _) = suspension_run(VirtualPlatform::with_budget(1_000_000_000, 0), Some(10_000_000));
    assert_eq!(log, ["A at 10", "B at 10", "timer at 10"]);
}
