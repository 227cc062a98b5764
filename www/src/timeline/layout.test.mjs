import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, growExtent, laneLayout, layoutHeight, MAX_ROW_PX, rowAt, ticks } from './layout.js';

test('few lanes get tall rows with a separator, capped', () => {
  assert.deepEqual(laneLayout(3, 500), { lanesPerRow: 1, rows: 3, rowPx: MAX_ROW_PX, gapPx: 1 });
  assert.deepEqual(laneLayout(200, 500), { lanesPerRow: 1, rows: 200, rowPx: 2.5, gapPx: 0 });
  assert.deepEqual(laneLayout(500, 500), { lanesPerRow: 1, rows: 500, rowPx: 1, gapPx: 0 });
  assert.equal(layoutHeight(laneLayout(200, 500)), 500);
  assert.equal(layoutHeight(laneLayout(3, 500)), 3 * MAX_ROW_PX);
});

test('more lanes than pixels: several lanes per row, every lane has a row, rows fill the height', () => {
  const l = laneLayout(10000, 480);
  assert.equal(l.lanesPerRow, 21);
  assert.equal(l.rows, 477);
  assert.ok(l.rows * l.lanesPerRow >= 10000);
  assert.equal(layoutHeight(l), 480);
  const justOver = laneLayout(301, 290); // 2 lanes per row, 151 rows stretched over 290 px
  assert.deepEqual([justOver.lanesPerRow, justOver.rows, layoutHeight(justOver)], [2, 151, 290]);
  assert.equal(rowAt(justOver, 289), 150);
  assert.equal(rowAt(justOver, 0), 0);
});

test('the extent grows in few steps and always covers the run', () => {
  assert.equal(growExtent(0), 100);
  assert.equal(growExtent(101), 150);
  assert.equal(growExtent(1500), 1500);
  assert.equal(growExtent(1501), 2000);
  assert.equal(growExtent(8000), 10000);
  const seen = new Set();
  for (let ms = 0; ms <= 60000; ms += 7) {
    const e = growExtent(ms);
    assert.ok(e >= ms);
    seen.add(e);
  }
  assert.ok(seen.size <= 18, `${seen.size} distinct extents`);
});

test('ticks are evenly spaced, labelled in ms or s', () => {
  const t = ticks(1000, 800, 80);
  assert.deepEqual(t.map((x) => x.label), ['0 ms', '100 ms', '200 ms', '300 ms', '400 ms', '500 ms', '600 ms', '700 ms', '800 ms', '900 ms', '1000 ms']);
  assert.deepEqual(ticks(7500, 600, 80).map((x) => x.label), ['0 s', '1 s', '2 s', '3 s', '4 s', '5 s', '6 s', '7 s']);
  assert.deepEqual(ticks(3, 600, 100).map((x) => x.label), ['0.0 ms', '0.5 ms', '1.0 ms', '1.5 ms', '2.0 ms', '2.5 ms', '3.0 ms']);
  assert.deepEqual(ticks(0, 600), []);
});

test('durations read naturally', () => {
  assert.equal(formatDuration(0.25), '250 µs');
  assert.equal(formatDuration(3.456), '3.46 ms');
  assert.equal(formatDuration(123.45), '123.5 ms');
  assert.equal(formatDuration(1234), '1.23 s');
  assert.equal(formatDuration(NaN), '–');
});
