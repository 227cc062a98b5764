// Pure geometry of the timeline: how lanes map to pixel rows (several lanes share a row when there
// are more lanes than pixels), how the time extent grows while a run goes on, and axis ticks.

/** Tallest row in device pixels, however few lanes there are. */
export const MAX_ROW_PX = 18;

/**
 * Rows for `lanes` lanes in `heightPx` device pixels.
 * Returns { lanesPerRow, rows, rowPx, gapPx }: lane l is drawn in row floor(l / lanesPerRow); row r
 * covers pixel lines [floor(r·rowPx), floor((r+1)·rowPx)), so rows fill the height (rowPx ≥ 1 may be
 * fractional); the last gapPx lines of a row are background when rows are tall enough.
 */
export function laneLayout(lanes, heightPx) {
  const h = Math.max(1, Math.floor(heightPx));
  if (lanes <= 0) return { lanesPerRow: 1, rows: 0, rowPx: MAX_ROW_PX, gapPx: 0 };
  const lanesPerRow = Math.ceil(lanes / h);
  const rows = Math.ceil(lanes / lanesPerRow);
  const rowPx = Math.min(MAX_ROW_PX, h / rows);
  return { lanesPerRow, rows, rowPx, gapPx: rowPx >= 5 ? 1 : 0 };
}

/** Pixel height of the lanes area of a layout. */
export const layoutHeight = ({ rows, rowPx }) => Math.floor(rows * rowPx);

/** The row under pixel line `y` (may be outside [0, rows)). */
export const rowAt = ({ rowPx }, y) => Math.floor(y / rowPx);

const STEPS = [1, 1.5, 2, 3, 5, 7.5];

/**
 * The time extent (ms) the axis shows while a run is at `ms`: the smallest value of the series
 * 1, 1.5, 2, 3, 5, 7.5 × 10^k that is at least `ms` (and at least `minMs`). It changes only
 * O(log ms) times during a run, and each change means a full redraw.
 */
export function growExtent(ms, minMs = 100) {
  const target = Math.max(ms, minMs);
  let decade = 10 ** Math.floor(Math.log10(target));
  for (;;) {
    for (const s of STEPS) if (s * decade >= target) return s * decade;
    decade *= 10;
  }
}

/** A "nice" tick step (1, 2, 5 × 10^k ms) such that ticks are at least `minPx` apart. */
export function tickStep(extentMs, widthPx, minPx = 80) {
  const raw = (extentMs * minPx) / Math.max(1, widthPx);
  let decade = 10 ** Math.floor(Math.log10(raw));
  for (;;) {
    for (const s of [1, 2, 5]) if (s * decade >= raw) return s * decade;
    decade *= 10;
  }
}

/** Tick positions (ms) from 0 to extentMs inclusive, with labels in ms or s. */
export function ticks(extentMs, widthPx, minPx = 80) {
  if (!(extentMs > 0)) return [];
  const step = tickStep(extentMs, widthPx, minPx);
  const out = [];
  for (let i = 0; i * step <= extentMs * (1 + 1e-9); i++) {
    const ms = i * step;
    out.push({ ms, label: tickLabel(ms, step) });
  }
  return out;
}

function tickLabel(ms, step) {
  if (step >= 1000) return `${(ms / 1000).toFixed(decimals(step / 1000))} s`;
  return `${ms.toFixed(decimals(step))} ms`;
}

const decimals = (step) => (step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)));

/** A duration for people: 850 µs, 12.3 ms, 1.25 s. */
export function formatDuration(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}
