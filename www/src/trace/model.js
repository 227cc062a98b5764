// TraceModel: everything the page knows about a run, built from the executor's event stream and
// nothing else (no second bookkeeping path). Events are applied one at a time, in order; each costs
// O(1), so the page can consume a stream of any length incrementally, a slice per frame.
//
// Owns: one lane per task in spawn order; closed spans (SpanStore, append-only) including zero-length
// end markers; open spans (ready since, timers armed, fetches in flight); counters; timer lateness
// and executor-slice statistics. Times are milliseconds since the run's first event.
// Invariants: a task's lane never changes; a span is appended once, when it closes; a lane has at
// most one end marker.

import { S, STATE_NAMES } from './states.js';
import { SpanStore } from './spans.js';
import { BucketMax, Distribution } from './stats.js';

const growF64 = (a, n, fill) => {
  const b = new Float64Array(n).fill(fill);
  b.set(a);
  return b;
};
const growU8 = (a, n) => {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
};

export class TraceModel {
  constructor({ bucketMs = 50 } = {}) {
    this.bucketMs = bucketMs;
    this.reset();
  }

  /** Forgets everything (a new run starts). */
  reset() {
    this.t0 = NaN; // ns of the first event
    this.lastMs = 0; // time of the latest event
    this.events = 0;
    this.laneOf = new Map(); // task id -> lane
    this.taskIds = [];
    this.names = [];
    this.endState = new Uint8Array(256); // S.EMPTY while live
    this.endMs = new Float64Array(256).fill(NaN);
    this.readySince = new Float64Array(256).fill(NaN);
    this.openCount = new Uint8Array(256); // timers + fetches open per lane
    this.messages = new Map(); // lane -> panic message
    this.openTimers = new Map(); // timer id -> { lane, start }
    this.openFetches = new Map(); // fetch id -> { lane, start, url }
    this.spans = new SpanStore();
    this.spanInfo = new Map(); // span index -> detail text (fetch url and outcome)
    this.ended = { done: 0, cancelled: 0, failed: 0 };
    this.callbackFailures = [];
    this.loopBlocked = 0;
    this.lateness = new Distribution(); // ms
    this.latenessMax = new BucketMax(this.bucketMs);
    this.sliceMax = new BucketMax(this.bucketMs); // longest executor slice per bucket, ms
    this.yields = 0;
    this.lastYieldMs = NaN;
    this.maxYieldGapMs = NaN; // needs two yields
    this.maxSliceMs = 0;
  }

  get laneCount() {
    return this.taskIds.length;
  }

  get live() {
    return this.laneCount - this.ended.done - this.ended.cancelled - this.ended.failed;
  }

  /** Converts an executor timestamp (ns) to ms since the run's first event. */
  toMs(ns) {
    return (ns - this.t0) / 1e6;
  }

  /** Applies `events[from..]` until `deadline()` says stop (checked every 256 events); returns the next index. */
  applySlice(events, from, deadline) {
    let i = from;
    while (i < events.length) {
      const stop = Math.min(events.length, i + 256);
      for (; i < stop; i++) this.apply(events[i]);
      if (deadline && deadline()) break;
    }
    return i;
  }

  apply(ev) {
    if (Number.isNaN(this.t0)) this.t0 = ev.t;
    const t = (ev.t - this.t0) / 1e6;
    if (t > this.lastMs) this.lastMs = t;
    this.events++;
    switch (ev.type) {
      case 'spawned': {
        const lane = this.#lane(ev.task, ev.name);
        this.readySince[lane] = t; // the first poll is scheduled at once
        break;
      }
      case 'woken': {
        const lane = this.#lane(ev.task);
        const idle = Number.isNaN(this.readySince[lane]) && this.endState[lane] === S.EMPTY;
        if (idle) this.readySince[lane] = t;
        break;
      }
      case 'polled': {
        // The executor traces wakes after the job that caused them, so a `woken` before this
        // event led to this poll (even when its time equals the poll's start to the clock's
        // resolution), and one during this poll comes after it.
        const lane = this.#lane(ev.task);
        const start = (ev.t - ev.busy_ns - this.t0) / 1e6;
        const since = this.readySince[lane];
        if (!Number.isNaN(since)) {
          this.spans.push(lane, S.READY, since, start);
          this.readySince[lane] = NaN;
        }
        this.spans.push(lane, S.RUNNING, start, t);
        break;
      }
      case 'timer_armed':
        if (ev.task != null) {
          const lane = this.#lane(ev.task);
          this.openTimers.set(ev.timer, { lane, start: t });
          this.openCount[lane]++;
        }
        break;
      case 'timer_fired': {
        const late = ev.lateness_ns / 1e6;
        this.lateness.add(late);
        this.latenessMax.add(t, late);
        this.#closeTimer(ev.timer, t);
        break;
      }
      case 'timer_cancelled':
        this.#closeTimer(ev.timer, t);
        break;
      case 'fetch_started':
        if (ev.task != null) {
          const lane = this.#lane(ev.task);
          this.openFetches.set(ev.fetch, { lane, start: t, url: ev.url });
          this.openCount[lane]++;
        }
        break;
      case 'fetch_done':
        this.#closeFetch(ev.fetch, t, ev.error == null ? `HTTP ${ev.status}` : `error: ${ev.error}`);
        break;
      case 'fetch_aborted':
        this.#closeFetch(ev.fetch, t, 'aborted');
        break;
      case 'yielded': {
        const ran = ev.ran_ns / 1e6;
        this.yields++;
        this.sliceMax.add(t, ran);
        if (ran > this.maxSliceMs) this.maxSliceMs = ran;
        const gap = t - this.lastYieldMs;
        if (!(gap <= this.maxYieldGapMs)) this.maxYieldGapMs = gap; // NaN until there are two
        this.lastYieldMs = t;
        break;
      }
      case 'done':
        this.#end(ev.task, S.DONE, t);
        break;
      case 'cancelled':
        this.#end(ev.task, S.CANCELLED, t);
        break;
      case 'panicked':
        this.#end(ev.task, S.FAILED, t);
        this.messages.set(this.#lane(ev.task), String(ev.message));
        break;
      case 'renamed':
        this.names[this.#lane(ev.task)] = String(ev.name);
        break;
      case 'callback_failed':
        this.callbackFailures.push(String(ev.message));
        break;
      case 'loop_blocked':
        this.loopBlocked++;
        break;
      default:
        break; // newer event kinds: counted, not drawn
    }
  }

  /** Calls `fn(lane, state, startMs)` for every span still open (they run to "now"). */
  forEachOpen(fn) {
    const ready = this.readySince;
    for (let lane = 0; lane < this.laneCount; lane++) {
      if (!Number.isNaN(ready[lane])) fn(lane, S.READY, ready[lane]);
    }
    for (const o of this.openTimers.values()) fn(o.lane, S.SLEEPING, o.start);
    for (const o of this.openFetches.values()) fn(o.lane, S.FETCH, o.start);
  }

  /** Final state name of a lane ("done", "cancelled", "failed") or "live". */
  stateOf(lane) {
    const code = this.endState[lane];
    return code === S.EMPTY ? 'live' : STATE_NAMES[code];
  }

  /** A plain, freshly built summary of the run, with every task's state (the page's test hook). */
  summary() {
    const tasks = this.taskIds.map((id, lane) => ({ id, name: this.names[lane], lane, state: this.stateOf(lane) }));
    return { tasks, ...this.stats() };
  }

  /** The run's numbers, without the per-task list (cheap enough for every few frames). */
  stats() {
    return {
      lanes: this.laneCount,
      live: this.live,
      ...this.ended,
      events: this.events,
      spans: this.spans.length,
      timers_fired: this.lateness.count,
      lateness_p50_ms: this.lateness.percentile(50),
      lateness_p99_ms: this.lateness.percentile(99),
      lateness_max_ms: this.lateness.max,
      yields: this.yields,
      max_yield_gap_ms: this.maxYieldGapMs,
      max_slice_ms: this.maxSliceMs,
      callback_failures: this.callbackFailures.slice(),
      last_ms: this.lastMs,
    };
  }

  #lane(task, name) {
    let lane = this.laneOf.get(task);
    if (lane !== undefined) return lane;
    lane = this.taskIds.length;
    this.laneOf.set(task, lane);
    this.taskIds.push(task);
    this.names.push(name == null ? `task ${task}` : String(name));
    if (lane >= this.endState.length) {
      const n = this.endState.length * 2;
      this.endState = growU8(this.endState, n);
      this.openCount = growU8(this.openCount, n);
      this.endMs = growF64(this.endMs, n, NaN);
      this.readySince = growF64(this.readySince, n, NaN);
    }
    return lane;
  }

  #closeTimer(timer, t) {
    const open = this.openTimers.get(timer);
    if (!open) return;
    this.openTimers.delete(timer);
    this.openCount[open.lane]--;
    this.spans.push(open.lane, S.SLEEPING, open.start, t);
  }

  #closeFetch(fetch, t, outcome) {
    const open = this.openFetches.get(fetch);
    if (!open) return;
    this.openFetches.delete(fetch);
    this.openCount[open.lane]--;
    const i = this.spans.push(open.lane, S.FETCH, open.start, t);
    this.spanInfo.set(i, `${open.url} → ${outcome}`);
  }

  #end(task, code, t) {
    const lane = this.#lane(task);
    if (this.endState[lane] !== S.EMPTY) return;
    this.endState[lane] = code;
    this.endMs[lane] = t;
    this.ended[STATE_NAMES[code]]++;
    const since = this.readySince[lane];
    if (!Number.isNaN(since)) {
      this.spans.push(lane, S.READY, since, t);
      this.readySince[lane] = NaN;
    }
    if (this.openCount[lane] > 0) {
      // Leftovers the executor did not close (it normally does, before the end event).
      for (const [id, o] of this.openTimers) if (o.lane === lane) this.#closeTimer(id, t);
      for (const [id, o] of this.openFetches) if (o.lane === lane) this.#closeFetch(id, t, 'abandoned');
    }
    this.spans.push(lane, code, t, t);
  }
}
