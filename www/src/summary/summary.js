// The summary numbers under the chart, from TraceModel.summary(). Text only (textContent).

import { formatDuration } from '../timeline/layout.js';

const ROWS = [
  ['tasks', 'Tasks done / live', (s) => `${s.done} / ${s.live}`],
  ['ended', 'Cancelled / failed', (s) => `${s.cancelled} / ${s.failed}`],
  ['events', 'Events', (s) => s.events.toLocaleString('en-US')],
  ['timers', 'Timers fired', (s) => s.timers_fired.toLocaleString('en-US')],
  ['p50', 'Lateness p50', (s) => formatDuration(s.lateness_p50_ms)],
  ['p99', 'Lateness p99', (s) => formatDuration(s.lateness_p99_ms)],
  ['max', 'Lateness max', (s) => formatDuration(s.lateness_max_ms)],
  ['yields', 'Executor yields', (s) => s.yields.toLocaleString('en-US')],
  ['gap', 'Longest gap between yields', (s) => formatDuration(s.max_yield_gap_ms)],
  ['slice', 'Longest slice', (s) => formatDuration(s.max_slice_ms)],
];

export class Summary {
  constructor(dl) {
    this.values = new Map();
    for (const [key, label] of ROWS) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = '–';
      dd.dataset.key = key;
      this.values.set(key, dd);
      dl.append(dt, dd);
    }
  }

  update(summary) {
    for (const [key, , format] of ROWS) this.values.get(key).textContent = format(summary);
  }
}
