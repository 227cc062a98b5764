//! The demo workload of the page and the CLI: many tasks, each a seeded random sequence of steps
//! (sleep, fetch from the simulated network, CPU burn), built from plain Rust futures. It exercises
//! every path of the executor and gives the timeline something to draw.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

use crate::executor::{Handle, JoinHandle};
use crate::net::Request;
use crate::rng::Rng;

/// Largest workload the demo accepts.
pub const MAX_TASKS: u32 = 100_000;
pub const MAX_STEPS: u32 = 1_000;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct DemoConfig {
    pub tasks: u32,
    pub steps: u32,
    pub sleep_weight: f64,
    pub fetch_weight: f64,
    pub cpu_weight: f64,
    pub sleep_ms_max: f64,
    pub cpu_ms_max: f64,
    pub seed: u64,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig {
            tasks: 200,
            steps: 5,
            sleep_weight: 1.0,
            fetch_weight: 1.0,
            cpu_weight: 1.0,
            sleep_ms_max: 300.0,
            cpu_ms_max: 3.0,
            seed: 42,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum DemoError {
    TooManyTasks(u32),
    TooManySteps(u32),
    BadWeights,
    BadDuration(&'static str, f64),
}

impl fmt::Display for DemoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DemoError::TooManyTasks(n) => write!(f, "tasks must be between 1 and {MAX_TASKS}, got {n}"),
            DemoError::TooManySteps(n) => write!(f, "steps must be between 1 and {MAX_STEPS}, got {n}"),
            DemoError::BadWeights => write!(f, "step weights must be finite, non-negative and not all zero"),
            DemoError::BadDuration(name, v) => write!(f, "{name} must be between 0 and 10000 ms, got {v}"),
        }
    }
}

impl std::error::Error for DemoError {}

/// One step of a demo task.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Sleep(Duration),
    Fetch(String),
    Cpu(Duration),
}

impl DemoConfig {
    pub fn validate(&self) -> Result<(), DemoError> {
        if self.tasks == 0 || self.tasks > MAX_TASKS {
            return Err(DemoError::TooManyTasks(self.tasks));
        }
        if self.steps == 0 || self.steps > MAX_STEPS {
            return Err(DemoError::TooManySteps(self.steps));
        }
        let weights = [self.sleep_weight, self.fetch_weight, self.cpu_weight];
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0) || weights.iter().sum::<f64>() <= 0.0 {
            return Err(DemoError::BadWeights);
        }
        for (name, v) in [("sleep_ms_max", self.sleep_ms_max), ("cpu_ms_max", self.cpu_ms_max)] {
            if !(0.0..=10_000.0).contains(&v) {
                return Err(DemoError::BadDuration(name, v));
            }
        }
        Ok(())
    }

    /// The steps of every task, drawn from the seed.
    pub fn plan(&self) -> Vec<Vec<Step>> {
        let mut rng = Rng::new(self.seed);
        let total = self.sleep_weight + self.fetch_weight + self.cpu_weight;
        let ms = |v: f64| Duration::from_nanos((v * 1e6) as u64);
        (0..self.tasks)
            .map(|task| {
                (0..self.steps)
                    .map(|step| {
                        let pick = rng.next_f64() * total;
                        if pick < self.sleep_weight {
                            Step::Sleep(ms(rng.uniform(0.0, self.sleep_ms_max)))
                        } else if pick < self.sleep_weight + self.fetch_weight {
                            Step::Fetch(format!("https://api{}.example/items/{task}/{step}", rng.below(4)))
                        } else {
                            Step::Cpu(ms(rng.uniform(0.0, self.cpu_ms_max)))
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

/// Spawns the workload; each task is named `worker-<i>`. Returns the join handles.
pub fn spawn(handle: &Handle, config: &DemoConfig) -> Result<Vec<JoinHandle<()>>, DemoError> {
    config.validate()?;
    Ok(config
        .plan()
        .into_iter()
        .enumerate()
        .map(|(i, steps)| {
            let h = handle.clone();
            handle.spawn_named(format!("worker-{i}"), async move {
                for step in steps {
                    match step {
                        Step::Sleep(d) => h.sleep(d).await,
                        Step::Fetch(url) => {
                            // A failed request is part of the story, not a reason to stop.
                            let _ = h.fetch(Request::get(url)).await;
                        }
                        Step::Cpu(d) => {
                            h.block_for(d);
                            h.yield_now().await;
                        }
                    }
                }
            })
        })
        .collect())
}
