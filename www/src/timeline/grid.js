// The timeline's level of detail: a grid of (pixel row × pixel column) cells, each holding the most
// important state (highest code, see trace/states.js) of any span of any lane of that row touching
// that column. Painting is a max, so it is order-independent and idempotent: new spans and the
// growing ends of open spans are painted on top each frame, and a full repaint is only needed when
// the lane layout or the canvas size changes; a longer time extent rescales the grid in place.
// End markers are two columns wide so they stay visible next to the task's last poll.

import { isEnd } from '../trace/states.js';

export class LodGrid {
  /**
   * @param cols pixel columns; @param rows pixel rows (see laneLayout)
   * @param lanesPerRow lanes sharing one row; @param msPerCol time covered by one column
   */
  constructor(cols, rows, lanesPerRow, msPerCol) {
    this.cols = Math.max(1, cols | 0);
    this.rows = Math.max(0, rows | 0);
    this.lanesPerRow = Math.max(1, lanesPerRow | 0);
    this.msPerCol = msPerCol;
    this.cells = new Uint8Array(this.cols * this.rows);
  }

  /** Column of time `ms` (may be outside [0, cols)). */
  col(ms) {
    return Math.floor(ms / this.msPerCol);
  }

  /** Paints `code` over [startMs, endMs] of `lane`; every span covers at least one column. */
  paint(lane, code, startMs, endMs) {
    const row = Math.floor(lane / this.lanesPerRow);
    if (row >= this.rows) return;
    const last = this.cols - 1;
    let c0 = this.col(startMs);
    let c1 = isEnd(code) ? c0 + 1 : this.col(endMs);
    if (c1 < 0 || c0 > last) return;
    if (c0 < 0) c0 = 0;
    if (c1 > last) c1 = last;
    const cells = this.cells;
    const base = row * this.cols;
    for (let i = base + c0, end = base + c1; i <= end; i++) {
      if (cells[i] < code) cells[i] = code;
    }
  }

  /**
   * Zooms out in place to `msPerCol` (≥ the current value): each column's state moves, by max, to
   * the column that now covers its start. Costs one pass over the cells instead of a repaint of
   * every span; a span may come out up to one column wider on its left.
   */
  rescale(msPerCol) {
    const ratio = this.msPerCol / msPerCol;
    if (!(ratio <= 1)) throw new RangeError('rescale only zooms out');
    const { cols, rows, cells } = this;
    const to = new Int32Array(cols);
    for (let c = 0; c < cols; c++) to[c] = Math.floor(c * ratio);
    const out = new Uint8Array(cells.length);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      for (let c = 0; c < cols; c++) {
        const v = cells[base + c];
        const j = base + to[c];
        if (out[j] < v) out[j] = v;
      }
    }
    this.cells = out;
    this.msPerCol = msPerCol;
  }

  /** Paints spans [from, to) of a SpanStore. */
  paintSpans(store, from, to) {
    const { lanes, kinds, starts, ends } = store;
    for (let i = from; i < to; i++) this.paint(lanes[i], kinds[i], starts[i], ends[i]);
  }

  /** The state code drawn at (row, col); 0 outside the grid. */
  at(row, col) {
    if (row < 0 || row >= this.rows || col < 0 || col >= this.cols) return 0;
    return this.cells[row * this.cols + col];
  }

  /**
   * Writes the grid into `pixels` (a Uint32Array over an ImageData of width cols and height
   * floor(rows × rowPx)), colours from `rgba` (indexed by code, 0 = background `bg`). Row r covers
   * lines [floor(r·rowPx), floor((r+1)·rowPx)), its last gapPx lines left as background.
   */
  render(pixels, rgba, bg, rowPx, gapPx) {
    const { cols, rows, cells } = this;
    for (let r = 0; r < rows; r++) {
      const y0 = Math.floor(r * rowPx);
      const y1 = Math.floor((r + 1) * rowPx);
      const filled = Math.max(y0 + 1, y1 - gapPx);
      const line = y0 * cols;
      const base = r * cols;
      for (let c = 0; c < cols; c++) {
        const code = cells[base + c];
        pixels[line + c] = code === 0 ? bg : rgba[code];
      }
      for (let y = y0 + 1; y < filled; y++) pixels.copyWithin(y * cols, line, line + cols);
      if (y1 > filled) pixels.fill(bg, filled * cols, y1 * cols);
    }
  }
}
