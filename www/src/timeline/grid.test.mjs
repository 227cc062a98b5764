import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LodGrid } from './grid.js';
import { spanAt } from './hit.js';
import { TraceModel } from '../trace/model.js';
import { S, STATE_RGBA } from '../trace/states.js';

const row = (g, r) => [...g.cells.subarray(r * g.cols, (r + 1) * g.cols)];

test('painting keeps the most important state per cell, whatever the order', () => {
  const a = new LodGrid(10, 1, 1, 10); // 10 ms per column
  a.paint(0, S.SLEEPING, 0, 95);
  a.paint(0, S.RUNNING, 31, 32); // sub-column span still shows
  a.paint(0, S.DONE, 95, 95);
  const b = new LodGrid(10, 1, 1, 10);
  b.paint(0, S.DONE, 95, 95);
  b.paint(0, S.RUNNING, 31, 32);
  b.paint(0, S.SLEEPING, 0, 95);
  const [Z, R] = [S.SLEEPING, S.RUNNING];
  assert.deepEqual(row(a, 0), [Z, Z, Z, R, Z, Z, Z, Z, Z, S.DONE]);
  assert.deepEqual(row(a, 0), row(b, 0));
});

test('lanes sharing a row aggregate; spans outside the extent are clipped', () => {
  const g = new LodGrid(4, 2, 3, 1); // lanes 0-2 in row 0, 3-5 in row 1
  g.paint(0, S.SLEEPING, 0, 3);
  g.paint(2, S.FAILED, 1, 1);
  g.paint(4, S.FETCH, -5, 0.5);
  g.paint(5, S.READY, 3.5, 99);
  g.paint(9, S.RUNNING, 0, 3); // no such row: ignored
  g.paint(3, S.RUNNING, 10, 20); // entirely after the extent
  assert.deepEqual(row(g, 0), [S.SLEEPING, S.FAILED, S.FAILED, S.SLEEPING]);
  assert.deepEqual(row(g, 1), [S.FETCH, 0, 0, S.READY]);
});

test('render writes colours row by row, with separators', () => {
  const g = new LodGrid(2, 2, 1, 1);
  g.paint(0, S.RUNNING, 0, 0);
  g.paint(1, S.DONE, 1, 1); // end markers are two columns wide (clipped here)
  const px = new Uint32Array(2 * 2 * 3);
  const BG = 0xff000000;
  g.render(px, STATE_RGBA, BG, 3, 1);
  const R = STATE_RGBA[S.RUNNING];
  const D = STATE_RGBA[S.DONE];
  assert.deepEqual([...px], [R, BG, R, BG, BG, BG, BG, D, BG, D, BG, BG]);
  const stretched = new Uint32Array(2 * 3); // two rows over three lines: rows of 1.5 px
  g.render(stretched, STATE_RGBA, BG, 1.5, 0);
  assert.deepEqual([...stretched], [R, BG, BG, D, BG, D]);
});

test('the tooltip finds the span the pixel shows, including open spans', () => {
  const m = new TraceModel();
  const MS = 1e6;
  m.apply({ t: 0, type: 'spawned', task: 1, name: 'a', parent: null });
  m.apply({ t: 0, type: 'spawned', task: 2, name: 'b', parent: null });
  m.apply({ t: 2 * MS, type: 'polled', task: 1, busy_ns: MS });
  m.apply({ t: 2 * MS, type: 'timer_armed', task: 1, timer: 1, deadline_ns: 50 * MS });
  m.apply({ t: 3 * MS, type: 'polled', task: 2, busy_ns: MS });
  m.apply({ t: 3 * MS, type: 'fetch_started', task: 2, fetch: 1, url: 'https://a.example/', simulated: true });
  const sleeping = spanAt(m, [0, 0], 10, 11, 20);
  assert.deepEqual([sleeping.lane, sleeping.code, sleeping.start, sleeping.end, sleeping.open], [0, S.SLEEPING, 2, 20, true]);
  const both = spanAt(m, [0, 1], 10, 11, 20); // fetch (3) beats sleeping (2) in a shared row
  assert.deepEqual([both.lane, both.code, both.info], [1, S.FETCH, 'https://a.example/']);
  const running = spanAt(m, [0, 1], 1.5, 1.6, 20);
  assert.deepEqual([running.lane, running.code, running.start, running.end], [0, S.RUNNING, 1, 2]);
  assert.equal(spanAt(m, [0, 1], 30, 31, 20), null);
});

test('zooming out in place matches a fresh paint up to one column on the left', () => {
  const spans = [[0, S.SLEEPING, 0, 37], [0, S.RUNNING, 12, 12.5], [1, S.FETCH, 20, 70], [1, S.DONE, 70, 70], [0, S.READY, 80, 99]];
  const zoomed = new LodGrid(100, 2, 1, 1);
  for (const [lane, code, a, b] of spans) zoomed.paint(lane, code, a, b);
  zoomed.rescale(1.5);
  zoomed.rescale(2);
  const fresh = new LodGrid(100, 2, 1, 2);
  for (const [lane, code, a, b] of spans) fresh.paint(lane, code, a, b);
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 100; c++) {
      const z = zoomed.at(r, c);
      if (z !== fresh.at(r, c)) assert.equal(z, fresh.at(r, c + 1), `row ${r} col ${c}`);
    }
  }
  assert.deepEqual(row(zoomed, 0).slice(0, 8), [S.SLEEPING, S.SLEEPING, S.SLEEPING, S.SLEEPING, S.SLEEPING, S.SLEEPING, S.RUNNING, S.SLEEPING]);
  assert.throws(() => zoomed.rescale(1), RangeError);
});
