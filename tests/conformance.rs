//! Conformance: every script in tests/py/ runs under looplab (in virtual time) and must print
//! exactly what CPython 3.11 printed (checked-in `.stdout`), exit with the same code (`.exitcode`,
//! default 0) and, when CPython wrote to stderr, end stderr with the same last line (the
//! exception). Scripts listed in tests/py/KNOWN_FAILURES are expected to fail (each line names
//! the script and why); the test fails if one of them starts passing, so the list stays honest.
//! When `python3 --version` is 3.11, `tests/py/regen.py --check` also verifies the expected files
//! are still what CPython prints.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::mpsc;
use std::time::Duration;

use looplab::executor::Executor;
use looplab::lang::vm::{Output, Stream};
use looplab::platform::{shared, virtual_time::VirtualPlatform};

#[derive(Default)]
struct Shared {
    stdout: String,
    stderr: String,
}

struct Capture(Rc<RefCell<Shared>>);

impl Output for Capture {
    fn write(&mut self, stream: Stream, text: &str) {
        let mut s = self.0.borrow_mut();
        match stream {
            Stream::Stdout => s.stdout.push_str(text),
            Stream::Stderr => s.stderr.push_str(text),
            Stream::Diagnostics => {}
        }
    }
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run_script(path: &Path) -> Outcome {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let rel = format!("tests/py/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("?"));
    let shared_out = Rc::new(RefCell::new(Shared::default()));
    let executor = Executor::new(shared(VirtualPlatform::new()));
    let run = looplab::script::runner::start(&executor.handle(), &source, &rel, Box::new(Capture(shared_out.clone())), true, 1.7e9);
    executor.run();
    let code = run.exit_code().unwrap_or(1);
    drop(run);
    drop(executor);
    let s = shared_out.borrow();
    Outcome { stdout: s.stdout.clone(), stderr: s.stderr.clone(), code }
}

fn check(path: &Path) -> Result<(), String> {
    let expected_out = std::fs::read_to_string(path.with_extension("stdout")).unwrap_or_default();
    let expected_code: i32 = std::fs::read_to_string(path.with_extension("exitcode")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let expected_err = std::fs::read_to_string(path.with_extension("stderr")).ok();
    let (tx, rx) = mpsc::channel();
    let p = path.to_path_buf();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let _ = tx.send(run_script(&p));
        })
        .map_err(|e| e.to_string())?;
    let got = rx.recv_timeout(Duration::from_secs(20)).map_err(|_| "timed out (20 s) or crashed".to_string())?;
    if got.stdout != expected_out {
        let line = got.stdout.lines().zip(expected_out.lines()).position(|(a, b)| a != b).unwrap_or_else(|| got.stdout.lines().count().min(expected_out.lines().count()));
        return Err(format!(
            "stdout differs at line {}: got {:?}, expected {:?}{}",
            line + 1,
            got.stdout.lines().nth(line).unwrap_or("<end>"),
            expected_out.lines().nth(line).unwrap_or("<end>"),
            if got.stderr.is_empty() { String::new() } else { format!(" (stderr: {:?})", got.stderr.lines().last().unwrap_or("")) }
        ));
    }
    if got.code != expected_code {
        return Err(format!("exit code {} (expected {expected_code}); stderr: {:?}", got.code, got.stderr.lines().last().unwrap_or("")));
    }
    if let Some(err) = expected_err {
        let want = err.lines().last().unwrap_or("");
        let have = got.stderr.lines().last().unwrap_or("");
        if want != have {
            return Err(format!("last stderr line {have:?}, expected {want:?}"));
        }
    }
    Ok(())
}

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py") && p.file_name().is_some_and(|n| n != "regen.py"));
    v.sort();
    v
}

fn known_failures() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py/KNOWN_FAILURES");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split('#').next().map(str::trim).filter(|s| !s.is_empty()).map(String::from))
        .collect()
}

#[test]
fn conformance_suite_matches_cpython() {
    let known = known_failures();
    let scripts = scripts();
    let (mut passed, mut unexpected, mut fixed) = (0, Vec::new(), Vec::new());
    for path in &scripts {
        let name = path.file_stem().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let result = check(path);
        let listed = known.contains(&name);
        match (result, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => fixed.push(name),
            (Err(_), true) => {}
            (Err(e), false) => unexpected.push(format!("{name}: {e}")),
        }
    }
    println!("conformance: {passed} of {} scripts pass ({} known failures listed)", scripts.len(), known.len());
    assert!(unexpected.is_empty(), "{} scripts fail unexpectedly:\n{}", unexpected.len(), unexpected.join("\n"));
    assert!(fixed.is_empty(), "these scripts now pass; remove them from tests/py/KNOWN_FAILURES: {fixed:?}");
    assert!(scripts.len() >= 200, "the corpus has only {} scripts", scripts.len());
}

#[test]
fn expected_outputs_are_cpython_311s() {
    let Ok(out) = std::process::Command::new("python3").arg("--version").output() else { return };
    if !String::from_utf8_lossy(&out.stdout).starts_with("Python 3.11") {
        eprintln!("python3 is not 3.11: skipping the freshness check");
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let status = std::process::Command::new("python3")
        .arg("tests/py/regen.py")
        .arg("--check")
        .current_dir(root)
        .status()
        .expect("run regen.py");
    assert!(status.success(), "tests/py expected outputs are stale: run python3 tests/py/regen.py");
}
