import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, parseConfig } from './config.js';

test('empty form values take the defaults, which match the executor\'s', () => {
  assert.deepEqual(parseConfig({}).config, DEFAULTS);
  assert.deepEqual(DEFAULTS, { tasks: 200, steps: 5, sleep_weight: 1, fetch_weight: 1, cpu_weight: 1, sleep_ms_max: 300, cpu_ms_max: 3, seed: 42 });
});

test('numbers are parsed and checked against their limits', () => {
  const ok = parseConfig({ tasks: ' 10000 ', steps: '3', cpu_weight: '0', cpu_ms_max: '2.5', seed: '7' });
  assert.equal(ok.config.tasks, 10000);
  assert.equal(ok.config.cpu_ms_max, 2.5);
  const bad = parseConfig({ tasks: '10001', steps: '1.5', sleep_ms_max: 'abc' });
  assert.deepEqual(bad.errors.map((e) => e.id), ['tasks', 'steps', 'sleep_ms_max']);
  assert.match(bad.errors[0].message, /between 1 and 10000/);
});

test('all-zero weights are rejected with one clear message', () => {
  const r = parseConfig({ sleep_weight: '0', fetch_weight: '0', cpu_weight: '0' });
  assert.deepEqual(r.errors, [{ id: 'sleep_weight', message: 'At least one step weight must be above 0' }]);
});
