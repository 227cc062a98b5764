import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BucketMax, Distribution, percentileSorted } from './stats.js';

test('nearest-rank percentiles', () => {
  const xs = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(percentileSorted(xs, 50), 5);
  assert.equal(percentileSorted(xs, 99), 10);
  assert.equal(percentileSorted(xs, 0), 1);
  assert.equal(percentileSorted(xs, 100), 10);
  assert.ok(Number.isNaN(percentileSorted(new Float64Array(0), 50)));
});

test('Distribution sorts numerically and re-sorts after new values', () => {
  const d = new Distribution();
  for (const v of [10, 9, 100, 2]) d.add(v);
  assert.equal(d.percentile(50), 9);
  assert.equal(d.max, 100);
  for (let i = 0; i < 100; i++) d.add(1000 + i); // 104 values now
  assert.equal(d.percentile(99), 1099 - 1);
  assert.equal(d.count, 104);
});

test('BucketMax keeps the maximum per bucket and leaves empty buckets null', () => {
  const b = new BucketMax(50);
  b.add(10, 3);
  b.add(49.9, 7);
  b.add(50, 1);
  b.add(160, 2);
  assert.deepEqual(b.max, [7, 1, null, 2]);
  b.extendTo(260);
  assert.equal(b.max.length, 6);
});
