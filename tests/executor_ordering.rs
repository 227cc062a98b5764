//! The executor's ordering matches asyncio's loop iteration, in virtual time. Each scenario is the
//! Rust twin of a script in tests/asyncio_reference/; the expected lines are what CPython 3.11
//! prints for it, and `expectations_match_cpython` re-runs CPython to keep them honest.

#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use looplab::executor::{Executor, Handle};
use looplab::platform::{shared, virtual_time::VirtualPlatform};
use looplab::trace::EventKind;

type Log = Rc<RefCell<Vec<String>>>;

fn run<F, Fut>(budget: Option<(u64, u64)>, scenario: F) -> Vec<String>
where
    F: FnOnce(Handle, Log) -> Fut,
    Fut: std::future::Future<Output = ()> + 'static,
{
    let platform = match budget {
        Some((budget, step)) => VirtualPlatform::with_budget(budget, step),
        None => VirtualPlatform::new(),
    };
    let exec = Executor::new(shared(platform));
    let log: Log = Rc::default();
    exec.block_on(scenario(exec.handle(), log.clone())).expect("scenario finishes");
    let yields = exec.handle().tracer().snapshot().iter().filter(|e| matches!(e.kind, EventKind::Yielded { .. })).count();
    assert_eq!(yields > 0, budget.is_some(), "a budget makes the executor yield; no budget never does");
    let out = log.borrow().clone();
    out
}

fn say(log: &Log, line: impl Into<String>) {
    log.borrow_mut().push(line.into());
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

async fn sleep0_interleave(h: Handle, log: Log) {
    let tasks: Vec<_> = ["a", "b", "c"]
        .into_iter()
        .map(|name| {
            let (h2, log) = (h.clone(), log.clone());
            h.spawn(async move {
                for i in 0..3 {
                    say(&log, format!("{name} {i}"));
                    h2.yield_now().await;
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
}

async fn timer_two_step(h: Handle, log: Log) {
    let (h1, l1) = (h.clone(), log.clone());
    let t1 = h.spawn(async move {
        for i in 0..5 {
            say(&l1, format!("spin {i}"));
            h1.block_for(ms(2));
            h1.yield_now().await;
        }
    });
    let (h2, l2) = (h.clone(), log.clone());
    let t2 = h.spawn(async move {
        say(&l2, "sleeper start");
        h2.sleep(ms(1)).await;
        say(&l2, "sleeper woke");
    });
    t1.await.unwrap();
    t2.await.unwrap();
}

async fn equal_deadlines(h: Handle, log: Log) {
    let naps: Vec<_> = [("a", 20), ("b", 10), ("c", 20), ("d", 10)]
        .into_iter()
        .map(|(name, delay)| {
            let (h2, log) = (h.clone(), log.clone());
            h.spawn(async move {
                say(&log, format!("arm {name}"));
                h2.sleep(ms(delay)).await;
                say(&log, format!("woke {name}"));
            })
        })
        .collect();
    for t in naps {
        t.await.unwrap();
    }
}

async fn task_wakes_task(h: Handle, log: Log) {
    let (ha, la) = (h.clone(), log.clone());
    let ta = h.spawn(async move {
        say(&la, "a start");
        ha.yield_now().await;
        say(&la, "a end");
        1
    });
    let lb = log.clone();
    let tb = h.spawn(async move {
        say(&lb, "b waits");
        let r = ta.await.unwrap();
        say(&lb, format!("b got {r}"));
    });
    let (hs, ls) = (h.clone(), log.clone());
    let ts = h.spawn(async move {
        for i in 0..4 {
            say(&ls, format!("spin {i}"));
            hs.yield_now().await;
        }
    });
    tb.await.unwrap();
    ts.await.unwrap();
}

const SLEEP0: &[&str] = &["a 0", "b 0", "c 0", "a 1", "b 1", "c 1", "a 2", "b 2", "c 2"];
const TWO_STEP: &[&str] =
    &["spin 0", "sleeper start", "spin 1", "spin 2", "spin 3", "sleeper woke", "spin 4"];
const EQUAL: &[&str] = &["arm a", "arm b", "arm c", "arm d", "woke b", "woke d", "woke a", "woke c"];
const WAKES: &[&str] = &["a start", "b waits", "spin 0", "a end", "spin 1", "b got 1", "spin 2", "spin 3"];

#[test]
fn sleep0_round_robin_like_asyncio() {
    assert_eq!(run(None, sleep0_interleave), SLEEP0);
}

#[test]
fn due_timer_resumes_sleeper_one_iteration_later() {
    assert_eq!(run(None, timer_two_step), TWO_STEP);
}

#[test]
fn equal_deadlines_fire_in_arming_order() {
    assert_eq!(run(None, equal_deadlines), EQUAL);
}

#[test]
fn finishing_task_wakes_its_waiter_next_iteration() {
    assert_eq!(run(None, task_wakes_task), WAKES);
}

/// Splitting iterations across host ticks (a budget) must not change the order.
#[test]
fn budget_yields_do_not_change_order() {
    let budget = Some((3_000, 1_000)); // yield every ~3 clock readings
    assert_eq!(run(budget, sleep0_interleave), SLEEP0);
    assert_eq!(run(budget, task_wakes_task), WAKES);
    assert_eq!(run(budget, equal_deadlines), EQUAL);
}

/// The expectations above are CPython's output for the reference scripts.
#[test]
fn expectations_match_cpython() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/asyncio_reference");
    let cases: [(&str, &[&str]); 4] = [
        ("sleep0_interleave.py", SLEEP0),
        ("timer_two_step.py", TWO_STEP),
        ("equal_deadlines.py", EQUAL),
        ("task_wakes_task.py", WAKES),
    ];
    let Ok(probe) = std::process::Command::new("python3").arg("--version").output() else {
        eprintln!("python3 not found: skipping the CPython cross-check");
        return;
    };
    assert!(probe.status.success());
    for (file, expected) in cases {
        let out = std::process::Command::new("python3").arg(format!("{dir}/{file}")).output().unwrap();
        assert!(out.status.success(), "{file} failed: {}", String::from_utf8_lossy(&out.stderr));
        let lines: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect();
        assert_eq!(lines, expected, "CPython's output for {file} differs from the expectation");
    }
}
