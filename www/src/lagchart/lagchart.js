// The loop-lag chart (uPlot): per 50 ms bucket, the worst timer lateness (left axis) and the
// longest executor slice before it yielded the thread back to the browser (right axis). Data come
// from the TraceModel's buckets; the chart only builds the x axis. Buckets where nothing happened
// are null and the lines span them (with thousands of tasks a loop iteration can outlast a bucket).

import uPlot from 'uplot';

const AXIS = {
  stroke: '#a9b1bd',
  grid: { stroke: 'rgba(255,255,255,0.08)' },
  ticks: { stroke: 'rgba(255,255,255,0.15)' },
  labelSize: 18,
};
const ms = (u, v) => (v == null ? '–' : `${v.toFixed(2)} ms`);
const fromZero = (u, min, max) => [0, Math.max(1, max * 1.05)];

export class LagChart {
  constructor(root, model) {
    this.root = root;
    this.model = model;
    this.xs = [];
    this.plot = new uPlot(this.#options(), [[], [], []], root);
    new ResizeObserver(() => this.#fit()).observe(root);
  }

  reset() {
    this.xs = [];
    this.plot.setData([[], [], []]);
  }

  /** Copies the model's buckets up to `nowMs` into the chart. */
  update(nowMs) {
    const m = this.model;
    const end = Math.max(nowMs, m.lastMs);
    m.latenessMax.extendTo(end);
    m.sliceMax.extendTo(end);
    const n = Math.min(m.latenessMax.max.length, m.sliceMax.max.length);
    for (let i = this.xs.length; i < n; i++) this.xs.push((i * m.bucketMs) / 1000);
    const cut = (a) => (a.length === n ? a : a.slice(0, n));
    this.plot.setData([cut(this.xs), cut(m.latenessMax.max), cut(m.sliceMax.max)]);
  }

  #fit() {
    const { width, height } = this.root.getBoundingClientRect();
    const legend = this.plot.root.querySelector('.u-legend');
    const legendH = legend ? legend.offsetHeight + 4 : 28;
    if (width > 0 && height > legendH) {
      this.plot.setSize({ width: Math.floor(width), height: Math.floor(height - legendH) });
    }
  }

  #options() {
    const { width, height } = this.root.getBoundingClientRect();
    return {
      width: Math.max(200, Math.floor(width)),
      height: Math.max(120, Math.floor(height) - 28),
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, late: { range: fromZero }, slice: { range: fromZero } },
      axes: [
        { ...AXIS, label: 'time (s)', size: 32 },
        { ...AXIS, scale: 'late', label: 'timer lateness (ms)', size: 52 },
        { ...AXIS, scale: 'slice', side: 1, label: 'executor slice (ms)', size: 52, grid: { show: false } },
      ],
      series: [
        { label: 't', value: (u, v) => (v == null ? '–' : `${v.toFixed(2)} s`) },
        { label: 'timer lateness, max', scale: 'late', stroke: '#d55e00', width: 2, spanGaps: true, value: ms },
        {
          label: 'executor slice before a yield, max',
          scale: 'slice',
          stroke: '#56b4e9',
          width: 1.5,
          spanGaps: true,
          value: ms,
        },
      ],
    };
  }
}
