import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceModel } from './model.js';
import { S } from './states.js';

const MS = 1e6; // ns
const T0 = 5_000 * MS; // the executor clock does not start at 0

/** Spans of a lane as [state, start, end] tuples. */
function spansOf(model, lane) {
  const s = model.spans;
  return [...s.ofLane(lane)].map((i) => [s.kinds[i], s.starts[i], s.ends[i]]);
}

test('a task that sleeps once: ready, running, sleeping, ready, running, done marker', () => {
  const m = new TraceModel();
  for (const ev of [
    { t: T0, type: 'spawned', task: 7, name: 'worker-0', parent: null },
    { t: T0 + 2 * MS, type: 'polled', task: 7, busy_ns: 1 * MS }, // ran 1..2 ms
    { t: T0 + 2 * MS, type: 'timer_armed', task: 7, timer: 1, deadline_ns: T0 + 10 * MS },
    { t: T0 + 13 * MS, type: 'timer_fired', task: 7, timer: 1, lateness_ns: 3 * MS },
    { t: T0 + 13 * MS, type: 'woken', task: 7 },
    { t: T0 + 15 * MS, type: 'polled', task: 7, busy_ns: 0.5 * MS }, // ran 14.5..15
    { t: T0 + 15 * MS, type: 'done', task: 7 },
  ]) m.apply(ev);
  assert.deepEqual(spansOf(m, 0), [
    [S.READY, 0, 1],
    [S.RUNNING, 1, 2],
    [S.SLEEPING, 2, 13],
    [S.READY, 13, 14.5],
    [S.RUNNING, 14.5, 15],
    [S.DONE, 15, 15],
  ]);
  assert.equal(m.stateOf(0), 'done');
  assert.equal(m.live, 0);
  assert.equal(m.events, 7);
  assert.equal(m.lateness.percentile(50), 3);
  assert.equal(m.lastMs, 15);
});

test('lanes follow spawn order, not task ids; unknown tasks still get a lane', () => {
  const m = new TraceModel();
  m.apply({ t: T0, type: 'spawned', task: 30, name: 'c', parent: null });
  m.apply({ t: T0, type: 'spawned', task: 10, name: 'a', parent: 30 });
  m.apply({ t: T0 + MS, type: 'woken', task: 99 }); // its spawn was dropped from the ring
  assert.deepEqual(m.taskIds, [30, 10, 99]);
  assert.deepEqual(m.names, ['c', 'a', 'task 99']);
  m.apply({ t: T0 + MS, type: 'renamed', task: 10, name: 'renamed' });
  assert.equal(m.summary().tasks[1].name, 'renamed');
});

test('wakes are matched to polls by stream order, not by time', () => {
  const m = new TraceModel();
  m.apply({ t: T0, type: 'spawned', task: 1, name: 't', parent: null });
  m.apply({ t: T0 + 1 * MS, type: 'polled', task: 1, busy_ns: 1 * MS }); // 0..1
  m.apply({ t: T0 + 1 * MS, type: 'woken', task: 1 }); // it yielded: traced after its poll
  m.apply({ t: T0 + 4 * MS, type: 'polled', task: 1, busy_ns: 1 * MS }); // 3..4
  // Woken at the clock reading the next poll starts at (100 µs clock): still before that poll.
  m.apply({ t: T0 + 4.1 * MS, type: 'woken', task: 1 });
  m.apply({ t: T0 + 4.1 * MS, type: 'polled', task: 1, busy_ns: 0 });
  m.apply({ t: T0 + 4.2 * MS, type: 'woken', task: 1 });
  m.apply({ t: T0 + 4.3 * MS, type: 'polled', task: 1, busy_ns: 0.1 * MS }); // starts at the wake
  m.apply({ t: T0 + 4.3 * MS, type: 'timer_armed', task: 1, timer: 1, deadline_ns: T0 + 9 * MS });
  const ready = spansOf(m, 0).filter(([k]) => k === S.READY).map(([, a, b]) => [a, +b.toFixed(9)]);
  assert.deepEqual(ready, [[0, 0], [1, 3], [4.1, 4.1], [4.2, 4.2]]);
  assert.ok(Number.isNaN(m.readySince[0]), 'sleeping now, not ready');
  let open = 0;
  m.forEachOpen((lane, code) => { open++; assert.equal(code, S.SLEEPING); });
  assert.equal(open, 1);
});

test('fetch spans carry their url and outcome; cancellation closes what is open', () => {
  const m = new TraceModel();
  m.apply({ t: T0, type: 'spawned', task: 1, name: 'a', parent: null });
  m.apply({ t: T0, type: 'spawned', task: 2, name: 'b', parent: null });
  m.apply({ t: T0 + MS, type: 'fetch_started', task: 1, fetch: 5, url: 'https://api1.example/x', simulated: true });
  m.apply({ t: T0 + 51 * MS, type: 'fetch_done', task: 1, fetch: 5, status: 200, error: null });
  m.apply({ t: T0 + 52 * MS, type: 'fetch_started', task: 1, fetch: 6, url: 'https://api2.example/y', simulated: true });
  m.apply({ t: T0 + 53 * MS, type: 'timer_armed', task: 2, timer: 3, deadline_ns: T0 + 99 * MS });
  m.apply({ t: T0 + 60 * MS, type: 'fetch_aborted', task: 1, fetch: 6 });
  m.apply({ t: T0 + 60 * MS, type: 'cancelled', task: 1 });
  m.apply({ t: T0 + 61 * MS, type: 'cancelled', task: 2 }); // its timer was never cancelled: closed here
  const fetches = [...m.spans.ofLane(0)].filter((i) => m.spans.kinds[i] === S.FETCH);
  assert.deepEqual(fetches.map((i) => m.spanInfo.get(i)), ['https://api1.example/x → HTTP 200', 'https://api2.example/y → aborted']);
  assert.deepEqual(spansOf(m, 1).slice(-2), [[S.SLEEPING, 53, 61], [S.CANCELLED, 61, 61]]);
  assert.equal(m.openTimers.size, 0);
  assert.equal(m.openFetches.size, 0);
  assert.deepEqual(m.ended, { done: 0, cancelled: 2, failed: 0 });
  // A ready span left open by the spawn is closed at the end too.
  assert.deepEqual(spansOf(m, 0).filter(([k]) => k === S.READY), [[S.READY, 0, 60]]);
});

test('panics end a task as failed with its message; a second end event is ignored', () => {
  const m = new TraceModel();
  m.apply({ t: T0, type: 'spawned', task: 1, name: 'a', parent: null });
  m.apply({ t: T0 + MS, type: 'panicked', task: 1, message: 'boom' });
  m.apply({ t: T0 + 2 * MS, type: 'cancelled', task: 1 });
  assert.equal(m.stateOf(0), 'failed');
  assert.equal(m.messages.get(0), 'boom');
  assert.deepEqual(m.ended, { done: 0, cancelled: 0, failed: 1 });
});

test('yields: slice lengths, bucketed counts and the longest gap between them', () => {
  const m = new TraceModel({ bucketMs: 50 });
  m.apply({ t: T0, type: 'spawned', task: 1, name: 'a', parent: null });
  m.apply({ t: T0 + 5 * MS, type: 'yielded', ran_ns: 5 * MS });
  assert.ok(Number.isNaN(m.maxYieldGapMs), 'no gap with a single yield');
  for (const [at, ran] of [[10, 4], [130, 100], [135, 5]]) {
    m.apply({ t: T0 + at * MS, type: 'yielded', ran_ns: ran * MS });
  }
  assert.equal(m.yields, 4);
  assert.equal(m.maxYieldGapMs, 120);
  assert.equal(m.maxSliceMs, 100);
  assert.deepEqual(m.sliceMax.max, [5, null, 100]);
});

test('applySlice stops at the deadline and resumes where it stopped', () => {
  const m = new TraceModel();
  const events = [];
  for (let i = 0; i < 1000; i++) events.push({ t: T0 + i, type: 'spawned', task: i, name: `w${i}`, parent: null });
  let calls = 0;
  const next = m.applySlice(events, 0, () => ++calls >= 2);
  assert.equal(next, 512);
  assert.equal(m.applySlice(events, next, () => false), 1000);
  assert.equal(m.laneCount, 1000);
  const s = m.summary();
  assert.equal(s.tasks.length, 1000);
  assert.equal(s.live, 1000);
  assert.ok(s.tasks.every((t, lane) => t.lane === lane && t.state === 'live'));
});
