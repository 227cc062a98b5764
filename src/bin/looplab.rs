//! The `looplab` command line: runs the same core natively.
//!
//! `looplab demo [--tasks N] [--steps N] [--seed N] [--virtual-time] [--trace OUT.json]` runs the
//! page's demo workload and prints a summary; `--trace` writes the event stream as JSON.

use std::process::ExitCode;
use std::rc::Rc;

use looplab::demo::{self, DemoConfig};
use looplab::executor::{Executor, Tick};
use looplab::platform::{native::NativePlatform, virtual_time::VirtualPlatform, Platform};
use looplab::trace::EventKind;

const USAGE: &str = "usage: looplab run FILE
       looplab demo [--tasks N] [--steps N] [--seed N] [--sleep-ms MAX] [--cpu-ms MAX]
                    [--virtual-time] [--trace OUT.json]

  run     run a task script (a Python 3.11 subset) like `python3 FILE`
  demo    run the demo workload (tasks of sleep / simulated fetch / CPU steps) and summarise it";

struct Options {
    config: DemoConfig,
    virtual_time: bool,
    trace: Option<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut opts = Options { config: DemoConfig::default(), virtual_time: false, trace: None };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| v.parse::<f64>().map_err(|_| format!("{name}: not a number: {v:?}"));
        match arg.as_str() {
            "--tasks" => opts.config.tasks = number(arg, value(arg)?)? as u32,
            "--steps" => opts.config.steps = number(arg, value(arg)?)? as u32,
            "--seed" => opts.config.seed = number(arg, value(arg)?)? as u64,
            "--sleep-ms" => opts.config.sleep_ms_max = number(arg, value(arg)?)?,
            "--cpu-ms" => opts.config.cpu_ms_max = number(arg, value(arg)?)?,
            "--virtual-time" => opts.virtual_time = true,
            "--trace" => opts.trace = Some(value(arg)?),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    opts.config.validate().map_err(|e| e.to_string())?;
    Ok(opts)
}

fn demo_command(args: &[String]) -> Result<(), String> {
    let opts = parse(args)?;
    let platform: Rc<dyn Platform> =
        if opts.virtual_time { Rc::new(VirtualPlatform::new()) } else { Rc::new(NativePlatform::new()) };
    let executor = Executor::new(platform);
    let h = executor.handle();
    demo::spawn(&h, &opts.config).map_err(|e| e.to_string())?;
    let end = executor.run();
    let counts = h.counts();
    let (mut late, mut fetches) = (Vec::new(), 0u64);
    h.tracer().with(|ring| {
        for e in ring.iter() {
            match e.kind {
                EventKind::TimerFired { lateness_ns, .. } => late.push(lateness_ns),
                EventKind::FetchDone { .. } => fetches += 1,
                _ => {}
            }
        }
    });
    late.sort_unstable();
    let pct = |p: f64| late.get(((late.len() as f64 - 1.0) * p).round() as usize).map_or(0.0, |&n| n as f64 / 1e6);
    println!(
        "{} tasks: {} done, {} cancelled, {} failed; {} fetches; {} loop iterations; {:.1} ms {} time",
        opts.config.tasks,
        counts.done,
        counts.cancelled,
        counts.failed,
        fetches,
        executor.iterations(),
        h.now() as f64 / 1e6,
        if opts.virtual_time { "virtual" } else { "wall" },
    );
    println!("timer lateness: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms", pct(0.5), pct(0.99), pct(1.0));
    if let Some(path) = opts.trace {
        let json = h.tracer().with(|r| r.to_json());
        std::fs::write(&path, json).map_err(|e| format!("cannot write {path}: {e}"))?;
        println!("trace: {} events written to {path}", h.tracer().with(|r| r.len()));
    }
    if end != Tick::Finished {
        return Err(format!("the run ended with tasks still waiting ({end:?})"));
    }
    Ok(())
}

/// Writes script output straight to the process's stdout/stderr.
struct StdOutput {
    stdout: std::io::BufWriter<std::io::Stdout>,
}

impl looplab::lang::vm::Output for StdOutput {
    fn write(&mut self, stream: looplab::lang::vm::Stream, text: &str) {
        use std::io::Write;
        match stream {
            looplab::lang::vm::Stream::Stdout => {
                let _ = self.stdout.write_all(text.as_bytes());
            }
            _ => {
                let _ = self.stdout.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }
}

impl Drop for StdOutput {
    fn drop(&mut self) {
        use std::io::Write;
        let _ = self.stdout.flush();
    }
}

fn run_command(args: &[String]) -> ExitCode {
    let Some(path) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("looplab: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    let virtual_time = args.iter().any(|a| a == "--virtual-time");
    let trace = args.iter().position(|a| a == "--trace").and_then(|i| args.get(i + 1));
    let platform: Rc<dyn Platform> = if virtual_time { Rc::new(VirtualPlatform::new()) } else { Rc::new(NativePlatform::new()) };
    let executor = Executor::new(platform);
    let output = Box::new(StdOutput { stdout: std::io::BufWriter::new(std::io::stdout()) });
    let epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
    let run = looplab::script::runner::start(&executor.handle(), &source, path, output, true, epoch);
    executor.run();
    let code = run.exit_code().unwrap_or(1);
    if let Some(out) = trace {
        let json = executor.handle().tracer().with(|r| r.to_json());
        if let Err(e) = std::fs::write(out, json) {
            eprintln!("looplab: cannot write {out}: {e}");
        }
    }
    drop(run);
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => return run_command(&args[1..]),
        Some("demo") => demo_command(&args[1..]),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("looplab: {message}");
            ExitCode::FAILURE
        }
    }
}
