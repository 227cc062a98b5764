// The live timeline panel: one lane per task (spawn order) on a canvas, coloured by state, with a
// time axis that grows with the run, a lane gutter and a hover tooltip. It reads a TraceModel and
// keeps only drawing state: a LodGrid (see grid.js) repainted in full when the lane layout or the
// canvas size changes, zoomed out in place when the run outgrows the axis, and otherwise painted
// incrementally (new closed spans, the growing ends of open spans), at most once per frame.

import { S, STATE_NAMES, STATE_RGBA } from '../trace/states.js';
import { LodGrid } from './grid.js';
import { spanAt } from './hit.js';
import { formatDuration, growExtent, laneLayout, layoutHeight, rowAt, ticks } from './layout.js';

const GUTTER_CSS = 52; // lane labels
const AXIS_CSS = 22; // time axis
const BG = '#15171c';
const BG_RGBA = 0xff1c1715; // BG as little-endian RGBA
const TEXT = '#a9b1bd';
const RULE = 'rgba(255,255,255,0.10)';

export class Timeline {
  /** @param root element holding a <canvas> and a .tooltip element; @param model TraceModel */
  constructor(root, model) {
    this.model = model;
    this.canvas = root.querySelector('canvas');
    this.tooltip = root.querySelector('.tooltip');
    this.ctx = this.canvas.getContext('2d', { alpha: false });
    this.view = { nowMs: 0, running: false };
    this.hover = null;
    this.pending = 0;
    this.reset();
    new ResizeObserver(() => this.invalidate()).observe(this.canvas);
    this.canvas.addEventListener('pointermove', (e) => this.#onHover(e));
    this.canvas.addEventListener('pointerleave', () => this.#hideTooltip());
  }

  /** A new run: forget all drawing state. */
  reset() {
    this.grid = null;
    this.geometry = '';
    this.painted = 0; // spans [0, painted) are in the grid
    this.openPaintedTo = -Infinity; // open spans are in the grid up to this time
    this.#hideTooltip();
    this.invalidate();
  }

  /** Schedules a redraw of the current view on the next animation frame. */
  invalidate() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw(this.view);
    });
  }

  /**
   * Brings the picture up to date. `nowMs`: the end of open spans (the model's latest consumed time
   * while events are still queued); `running`: the axis grows in steps while running and fits the
   * run exactly once it has ended.
   */
  draw({ nowMs, running }) {
    this.view = { nowMs, running };
    const m = this.model;
    const dpr = window.devicePixelRatio || 1;
    const cssW = this.canvas.clientWidth;
    const cssH = this.canvas.clientHeight;
    if (cssW === 0 || cssH === 0) return;
    const W = Math.round(cssW * dpr);
    const H = Math.round(cssH * dpr);
    if (this.canvas.width !== W || this.canvas.height !== H) {
      this.canvas.width = W;
      this.canvas.height = H;
    }
    const gx = Math.round(GUTTER_CSS * dpr);
    const ay = Math.round(AXIS_CSS * dpr);
    const plotW = Math.max(2, W - gx - Math.round(8 * dpr));
    const plotH = Math.max(1, H - ay - Math.round(4 * dpr));
    const end = Math.max(nowMs, m.lastMs);
    // Once the run has ended, fit it exactly, plus room for the last end markers.
    const extent = running ? growExtent(end) : Math.max(end, 1) * (1 + 3 / plotW);
    const laneSlots = running ? Math.round(growExtent(m.laneCount, 1)) : m.laneCount;
    const layout = laneLayout(laneSlots, plotH);
    const geometry = `${W}x${H}/${dpr}/${laneSlots}`;
    if (geometry === this.geometry && extent > this.extent) {
      this.grid.rescale(extent / (plotW - 1)); // the run outgrew the axis: zoom out in place
      this.extent = extent;
    } else if (geometry !== this.geometry || extent !== this.extent) {
      this.geometry = geometry;
      this.layout = layout;
      this.extent = extent;
      this.grid = new LodGrid(plotW, layout.rows, layout.lanesPerRow, extent / (plotW - 1));
      this.image = layout.rows > 0 ? new ImageData(plotW, layoutHeight(layout)) : null;
      this.pixels = this.image ? new Uint32Array(this.image.data.buffer) : null;
      this.painted = 0;
      this.openPaintedTo = -Infinity;
    }
    const grid = this.grid;
    grid.paintSpans(m.spans, this.painted, m.spans.length);
    this.painted = m.spans.length;
    const from = this.openPaintedTo;
    m.forEachOpen((lane, code, start) => grid.paint(lane, code, Math.max(start, from), nowMs));
    this.openPaintedTo = nowMs;

    const ctx = this.ctx;
    ctx.fillStyle = BG;
    ctx.fillRect(0, 0, W, H);
    if (this.image) {
      grid.render(this.pixels, STATE_RGBA, BG_RGBA, this.layout.rowPx, this.layout.gapPx);
      ctx.putImageData(this.image, gx, ay);
    }
    this.#axis(ctx, dpr, gx, ay, plotW, plotH, running ? nowMs : NaN);
    this.#gutter(ctx, dpr, gx, ay);
    if (this.hover) this.#showTooltip(this.hover);
  }

  #axis(ctx, dpr, gx, ay, plotW, plotH, nowMs) {
    ctx.font = `${11 * dpr}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = TEXT;
    ctx.strokeStyle = RULE;
    ctx.lineWidth = 1;
    const x = (ms) => gx + Math.round(ms / this.grid.msPerCol) + 0.5;
    ctx.beginPath();
    for (const { ms, label } of ticks(this.extent, plotW, 90 * dpr)) {
      const px = x(ms);
      ctx.moveTo(px, ay - 4 * dpr);
      ctx.lineTo(px, ay + plotH);
      ctx.textAlign = ms === 0 ? 'left' : px > gx + plotW - 30 * dpr ? 'right' : 'center';
      ctx.fillText(label, px, ay / 2);
    }
    ctx.stroke();
    if (Number.isFinite(nowMs)) {
      ctx.strokeStyle = 'rgba(255,255,255,0.45)';
      ctx.beginPath();
      ctx.moveTo(x(nowMs), ay);
      ctx.lineTo(x(nowMs), ay + plotH);
      ctx.stroke();
    }
  }

  #gutter(ctx, dpr, gx, ay) {
    const { rows, rowPx, lanesPerRow } = this.layout;
    const lanes = this.model.laneCount;
    if (lanes === 0) return;
    ctx.textAlign = 'right';
    ctx.fillStyle = TEXT;
    const minGap = 16 * dpr;
    const rowsPerLabel = Math.max(1, Math.ceil(minGap / rowPx));
    const lanesPerLabel = niceCount(rowsPerLabel * lanesPerRow);
    for (let lane = 0; lane < lanes; lane += lanesPerLabel) {
      const row = Math.floor(lane / lanesPerRow);
      if (row >= rows) break;
      ctx.fillText(`#${lane + 1}`, gx - 6 * dpr, ay + Math.floor(row * rowPx) + Math.max(rowPx, 8 * dpr) / 2);
    }
  }

  #onHover(e) {
    this.hover = { x: e.offsetX, y: e.offsetY };
    this.#showTooltip(this.hover);
  }

  #showTooltip({ x, y }) {
    const tip = this.tooltip;
    const dpr = window.devicePixelRatio || 1;
    const grid = this.grid;
    if (!grid) return this.#hideTooltip(false);
    const col = Math.floor(x * dpr) - Math.round(GUTTER_CSS * dpr);
    const row = rowAt(this.layout, Math.floor(y * dpr) - Math.round(AXIS_CSS * dpr));
    if (grid.at(row, col) === 0) return this.#hideTooltip(false);
    const lanes = [row * grid.lanesPerRow, (row + 1) * grid.lanesPerRow - 1];
    const t0 = col * grid.msPerCol;
    const hit = spanAt(this.model, lanes, t0, t0 + grid.msPerCol, this.view.nowMs);
    if (!hit) return this.#hideTooltip(false);
    const m = this.model;
    const lines = [`${m.names[hit.lane]} (task ${m.taskIds[hit.lane]}, lane ${hit.lane + 1})`];
    const ended = hit.code === S.DONE || hit.code === S.CANCELLED || hit.code === S.FAILED;
    if (ended) {
      lines.push(`${STATE_NAMES[hit.code]} at ${formatDuration(hit.start)}`);
      const message = m.messages.get(hit.lane);
      if (message) lines.push(message);
    } else {
      lines.push(`${STATE_NAMES[hit.code]} from ${formatDuration(hit.start)}`);
      lines.push(hit.open ? `still ${STATE_NAMES[hit.code]} (${formatDuration(hit.end - hit.start)} so far)`
        : `for ${formatDuration(hit.end - hit.start)}`);
    }
    if (hit.info) lines.push(hit.info);
    if (grid.lanesPerRow > 1) lines.push(`(this pixel row shows lanes ${lanes[0] + 1}–${lanes[1] + 1})`);
    tip.textContent = lines.join('\n');
    tip.hidden = false;
    const box = this.canvas.getBoundingClientRect();
    const left = x + 14 + tip.offsetWidth > box.width ? x - 14 - tip.offsetWidth : x + 14;
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, Math.min(y + 14, box.height - tip.offsetHeight))}px`;
  }

  #hideTooltip(forget = true) {
    if (forget) this.hover = null;
    if (this.tooltip) this.tooltip.hidden = true;
  }
}

/** 1, 2, 5 × 10^k at least n. */
function niceCount(n) {
  let decade = 1;
  for (;;) {
    for (const s of [1, 2, 5]) if (s * decade >= n) return s * decade;
    decade *= 10;
  }
}
