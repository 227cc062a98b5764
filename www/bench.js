// Benchmarks run in the browser (opened by benches/run.mjs, or by hand at /bench.html).
// Results go to the table and to window.benchResults for the runner.
import init, { bench_wake_ours, bench_wake_spawn_local, bench_sleeps } from './pkg/looplab.js';

const status = document.getElementById('status');
const rows = document.getElementById('results');

function show(name, value) {
  const tr = document.createElement('tr');
  for (const text of [name, value]) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  rows.append(tr);
}

// Longest gap between runs of a setTimeout(0) chain while `work` runs: how long the page froze.
async function withGapProbe(work) {
  let last = performance.now();
  let maxGap = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  running = false;
  return { result, maxGap };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  await init();
  const results = {};
  const TASKS = 1000, ROUNDS = 1000, REPEAT = 5;
  const ours = [], oursTraced = [], local = [];
  for (let i = 0; i < REPEAT; i++) {
    ours.push(await bench_wake_ours(TASKS, ROUNDS, false));
    oursTraced.push(await bench_wake_ours(TASKS, ROUNDS, true));
    local.push(await bench_wake_spawn_local(TASKS, ROUNDS));
  }
  results.wake_ns_ours = median(ours);
  results.wake_ns_ours_traced = median(oursTraced);
  results.wake_ns_spawn_local = median(local);
  results.wake_ratio = results.wake_ns_spawn_local / results.wake_ns_ours;
  results.wake_ratio_traced = results.wake_ns_spawn_local / results.wake_ns_ours_traced;
  show('wake + re-poll, ours (ns)', results.wake_ns_ours.toFixed(1));
  show('wake + re-poll, ours with trace (ns)', results.wake_ns_ours_traced.toFixed(1));
  show('wake + re-poll, spawn_local (ns)', results.wake_ns_spawn_local.toFixed(1));

  const { result: sleeps, maxGap } = await withGapProbe(() => bench_sleeps(10000, 1000, 7));
  Object.assign(results, { sleeps, main_thread_max_gap_ms: maxGap });
  show('10 000 sleeps: lateness p50 / p99 / max (ms)',
    `${sleeps.lateness_p50_ms.toFixed(2)} / ${sleeps.lateness_p99_ms.toFixed(2)} / ${sleeps.lateness_max_ms.toFixed(2)}`);
  show('10 000 sleeps: longest main-thread gap (ms)', maxGap.toFixed(1));
  show('10 000 sleeps: longest executor slice (ms)', sleeps.longest_slice_ms.toFixed(2));
  status.textContent = 'Done.';
  window.benchResults = results;
}

main().catch((e) => {
  status.textContent = `Benchmark failed: ${e && e.message ? e.message : e}`;
  window.benchResults = { error: String(e && e.stack ? e.stack : e) };
});
