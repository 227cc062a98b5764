//! No input makes looplab panic or hang: the conformance scripts are mutated (tokens deleted,
//! duplicated, swapped; random characters inserted) and every mutant must end with output or a
//! Python exception, within an instruction budget and a bounded number of virtual-time steps.
//! `LOOPLAB_FUZZ_CASES` sets the number of cases (default 20 000), `LOOPLAB_FUZZ_SEED` the seed
//! (default: from the clock, printed so a failure can be replayed). `./build.sh fuzz N` runs more.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use looplab::executor::{Executor, Tick};
use looplab::lang::vm::{Captured, Output};
use looplab::platform::{virtual_time::VirtualPlatform, Platform};
use looplab::rng::Rng;

const INSTRUCTIONS: u64 = 200_000;
const MAX_TICKS: usize = 2_000;

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Splits source into rough tokens (runs of word characters, single punctuation, whitespace).
fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in src.chars() {
        let word = c.is_alphanumeric() || c == '_';
        if word && cur.chars().all(|x| x.is_alphanumeric() || x == '_') {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if word {
                cur.push(c);
            } else {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

const NOISE: &[&str] = &["(", ")", "[", "]", "{", "}", ":", "'", "\"", "\"\"\"", "\\", "\n", "    ", "\t", "await ", "yield ", "async ", "lambda", "*", "**", "=", ":=", "é", "\u{0}", "\u{202e}", "0x", "1e9999", "-", "not ", "del ", "return ", "global x", "nonlocal y", "class ", "def ", "@", ",", ".", "..."];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut t = tokens(src);
    let n = 1 + rng.below(4);
    for _ in 0..n {
        if t.is_empty() {
            break;
        }
        let i = rng.below(t.len() as u64) as usize;
        match rng.below(5) {
            0 => {
                t.remove(i);
            }
            1 => {
                let x = t[i].clone();
                t.insert(i, x);
            }
            2 => {
                let j = rng.below(t.len() as u64) as usize;
                t.swap(i, j);
            }
            3 => t.insert(i, NOISE[rng.below(NOISE.len() as u64) as usize].to_string()),
            _ => {
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                t.insert(i, c.to_string());
            }
        }
    }
    t.concat()
}

fn run_case(source: &str) {
    let platform = std::rc::Rc::new(VirtualPlatform::new());
    let executor = Executor::new(platform.clone() as std::rc::Rc<dyn Platform>);
    let out: Box<dyn Output> = Box::new(Captured::default());
    let run = looplab::script::runner::start(&executor.handle(), source, "fuzz.py", out, true, 0.0);
    run.runtime.instruction_budget.set(INSTRUCTIONS);
    for _ in 0..MAX_TICKS {
        match executor.tick() {
            Tick::Yielded => {}
            Tick::WaitUntil(d) => platform.block_for(d.saturating_sub(platform.now())),
            Tick::Idle | Tick::Finished => break,
        }
    }
    run.stop();
}

#[test]
fn mutated_scripts_never_panic_or_hang() {
    let cases: usize = std::env::var("LOOPLAB_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
    let seed: u64 = std::env::var("LOOPLAB_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
    });
    println!("fuzz: {cases} cases, seed {seed} (replay with LOOPLAB_FUZZ_SEED={seed})");
    let corpus = corpus();
    assert!(!corpus.is_empty());
    let mut rng = Rng::new(seed);
    let handler = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    for case in 0..cases {
        let base = &corpus[rng.below(corpus.len() as u64) as usize];
        let src = mutate(&mut rng, base);
        if catch_unwind(AssertUnwindSafe(|| run_case(&src))).is_err() {
            failures.push((case, src));
            if failures.len() >= 3 {
                break;
            }
        }
    }
    std::panic::set_hook(handler);
    if let Some((case, src)) = failures.first() {
        panic!("{} mutants panicked; first is case {case} (seed {seed}):\n{src}", failures.len());
    }
}
