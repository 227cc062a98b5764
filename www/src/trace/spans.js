// Closed spans of every task, stored column-wise in growable typed arrays (a run of 10 000 tasks
// makes a few hundred thousand spans; objects would cost ten times the memory and GC time).
//
// A span is (lane, state code, start ms, end ms), times relative to the run's start. Spans are only
// appended, so "what changed since the last frame" is the index range [painted, length).
// Each lane's spans form a singly linked list (head/next) for the tooltip's per-lane lookups.

const grow = (array, size) => {
  const bigger = new array.constructor(size);
  bigger.set(array);
  return bigger;
};

export class SpanStore {
  constructor(capacity = 4096) {
    this.length = 0;
    this.lanes = new Uint32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
    this.next = new Int32Array(capacity);
    this.laneHead = new Int32Array(256).fill(-1);
    this.laneTail = new Int32Array(256).fill(-1);
  }

  /** Appends a span; returns its index. `end < start` is clamped to a zero-length span. */
  push(lane, kind, start, end) {
    if (this.length === this.lanes.length) this.#growSpans(this.length * 2);
    if (lane >= this.laneHead.length) this.#growLanes(Math.max(lane + 1, this.laneHead.length * 2));
    const i = this.length++;
    this.lanes[i] = lane;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end < start ? start : end;
    this.next[i] = -1;
    const tail = this.laneTail[lane];
    if (tail < 0) this.laneHead[lane] = i;
    else this.next[tail] = i;
    this.laneTail[lane] = i;
    return i;
  }

  /** Indices of `lane`'s spans, oldest first. */
  *ofLane(lane) {
    if (lane >= this.laneHead.length) return;
    for (let i = this.laneHead[lane]; i >= 0; i = this.next[i]) yield i;
  }

  #growSpans(size) {
    this.lanes = grow(this.lanes, size);
    this.kinds = grow(this.kinds, size);
    this.starts = grow(this.starts, size);
    this.ends = grow(this.ends, size);
    this.next = grow(this.next, size);
  }

  #growLanes(size) {
    const head = new Int32Array(size).fill(-1);
    const tail = new Int32Array(size).fill(-1);
    head.set(this.laneHead);
    tail.set(this.laneTail);
    this.laneHead = head;
    this.laneTail = tail;
  }
}

/** A growable Float64Array used as an append-only list of numbers. */
export class NumberList {
  constructor(capacity = 1024) {
    this.length = 0;
    this.values = new Float64Array(capacity);
  }

  push(value) {
    if (this.length === this.values.length) this.values = grow(this.values, this.length * 2);
    this.values[this.length++] = value;
  }

  /** A view of the stored values (shares memory; copy before sorting). */
  view() {
    return this.values.subarray(0, this.length);
  }
}
