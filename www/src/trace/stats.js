// Small statistics used by the summary and the loop-lag chart: exact percentiles over a growing
// list (sorted lazily, only when asked), and fixed-width time buckets that keep a maximum.

import { NumberList } from './spans.js';

/**
 * Nearest-rank percentile of an ascending array: the smallest value with at least p % of the values
 * at or below it. `p` in [0, 100]. NaN for an empty array.
 */
export function percentileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = Math.ceil((p / 100) * n);
  return sorted[Math.min(n - 1, Math.max(0, rank - 1))];
}

/** Values appended over time; percentiles sort a copy only when values were added since last time. */
export class Distribution {
  constructor() {
    this.list = new NumberList();
    this.sorted = new Float64Array(0);
    this.max = NaN;
  }

  get count() {
    return this.list.length;
  }

  add(value) {
    this.list.push(value);
    if (!(value <= this.max)) this.max = value;
  }

  percentile(p) {
    if (this.sorted.length !== this.list.length) {
      this.sorted = Float64Array.from(this.list.view()).sort();
    }
    return percentileSorted(this.sorted, p);
  }
}

/**
 * The maximum of the values that fall into each `width`-wide bucket of time, for buckets 0..n-1
 * (bucket i covers [i·width, (i+1)·width)). Buckets without a value hold null (a gap in uPlot).
 */
export class BucketMax {
  constructor(width) {
    this.width = width;
    this.max = [];
  }

  add(time, value) {
    const i = Math.max(0, Math.floor(time / this.width));
    while (this.max.length <= i) this.max.push(null);
    const old = this.max[i];
    if (old === null || value > old) this.max[i] = value;
  }

  /** Makes sure buckets exist up to `time` (so the x axis runs to "now" even in quiet periods). */
  extendTo(time) {
    const i = Math.floor(time / this.width);
    while (this.max.length <= i) this.max.push(null);
  }
}
