// End-to-end tests of the demo page: the real page, the real wasm executor, Debian's chromium.
// Each test drives the controls like a user, waits for the run to end, checks what the page
// consumed from the trace (window.looplab, computed from the same event stream the panels draw),
// that nothing threw, and saves a screenshot to target/e2e-screenshots/.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, requireBuild, screenshot, startServer } from './harness.mjs';

let server;
let browser;

before(async () => {
  requireBuild();
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function startDemo(page, settings) {
  for (const [id, value] of Object.entries(settings)) await page.fill(`#cfg-${id}`, String(value));
  await page.click('button[name=start]');
  await page.waitForFunction(() => window.looplab.status().phase !== 'idle');
}

/** Waits until the page has consumed the end of the run; returns the summary. */
async function waitEnded(page, timeout) {
  await page.waitForFunction(() => ['finished', 'failed'].includes(window.looplab.status().phase), null,
    { timeout, polling: 200 });
  return page.evaluate(() => window.looplab.summary());
}

/** How many canvas pixels have each of the given colours (hex, e.g. '#e69f00'). */
function countColours(page, colours) {
  return page.evaluate((hexes) => {
    const canvas = document.querySelector('#timeline canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const wanted = new Map(hexes.map((h) => [parseInt(h.slice(1), 16), h]));
    const counts = Object.fromEntries(hexes.map((h) => [h, 0]));
    for (let i = 0; i < data.length; i += 4) {
      const hex = wanted.get((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      if (hex) counts[hex]++;
    }
    return counts;
  }, colours);
}

const RUNNING = '#e69f00';
const DONE = '#bbbbbb';
const SLEEPING = '#56b4e9';
const CANCELLED = '#cc79a7';

function assertAllLanes(s, n) {
  assert.equal(s.lanes, n, 'one lane per task');
  assert.equal(s.tasks.length, n);
  assert.deepEqual(s.tasks.map((t) => t.lane), [...Array(n).keys()], 'lanes in spawn order, none shared');
  assert.equal(new Set(s.tasks.map((t) => t.id)).size, n, 'task ids unique');
  assert.deepEqual(s.tasks.map((t) => t.name), [...Array(n).keys()].map((i) => `worker-${i}`));
}

test('300 tasks run to completion: every task has a lane and ends done', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(browser, server.url);
  await startDemo(page, { tasks: 300 });
  const s = await waitEnded(page, 90_000);
  await screenshot(page, 'demo');

  assert.equal(s.phase, 'finished');
  assertAllLanes(s, 300);
  assert.deepEqual(s.tasks.filter((t) => t.state !== 'done'), [], 'every task ended done');
  assert.deepEqual([s.done, s.live, s.cancelled, s.failed], [300, 0, 0, 0]);
  assert.equal(s.dropped_events, 0);
  assert.equal(s.queued_events, 0);
  assert.ok(s.events >= 3 * 300, `spawned + polled + done per task at least (${s.events} events)`);
  assert.ok(s.timers_fired > 0 && Number.isFinite(s.lateness_p50_ms) && Number.isFinite(s.lateness_p99_ms));
  assert.ok(s.yields > 0, 'the executor yielded to the browser');

  assert.match(await page.textContent('#status'), /^Finished in .* · 300 done/);
  assert.equal(await page.getAttribute('button[name=stop]', 'disabled'), '');
  const colours = await countColours(page, [RUNNING, DONE, SLEEPING]);
  for (const [hex, n] of Object.entries(colours)) assert.ok(n > 0, `timeline shows ${hex} (${n} px)`);
  assert.equal(await page.textContent('#summary dd[data-key=tasks]'), '300 / 0');

  // The tooltip describes what is under the pointer, as text.
  const box = await page.locator('#timeline canvas').boundingBox();
  await page.mouse.move(box.x + 53.5, box.y + 22.5); // first column, first lane
  const tip = page.locator('#timeline .tooltip');
  await tip.waitFor({ state: 'visible', timeout: 5_000 });
  // 300 lanes may share pixel rows two by two: the first row is lane 1 or lanes 1–2.
  assert.match(await tip.textContent(), /^worker-[01] \(task \d+, lane [12]\)\n(running|ready|sleeping|fetch|done) /);
  assert.deepEqual(errors, []);
  assert.equal(await page.isHidden('#errors'), true);
  await page.close();
});

test('10 000 tasks: the page stays responsive and every task ends done', { timeout: 300_000 }, async (t) => {
  const { page, errors } = await openPage(browser, server.url);
  // A timer chain inside the page: the longest gap between its runs is the longest freeze.
  await page.evaluate(() => {
    const probe = { maxGap: 0, last: performance.now(), on: true };
    window.probe = probe;
    const tick = () => {
      const now = performance.now();
      probe.maxGap = Math.max(probe.maxGap, now - probe.last);
      probe.last = now;
      if (probe.on) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
  await startDemo(page, { tasks: 10000, cpu_ms_max: 0.2 });
  let maxRoundTrip = 0;
  let s;
  const deadline = Date.now() + 240_000;
  for (;;) {
    const sent = Date.now();
    const status = await page.evaluate(() => window.looplab.status());
    maxRoundTrip = Math.max(maxRoundTrip, Date.now() - sent);
    if (status.phase !== 'running') break;
    assert.ok(Date.now() < deadline, `still running after 240 s: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const maxGap = await page.evaluate(() => { window.probe.on = false; return window.probe.maxGap; });
  s = await page.evaluate(() => window.looplab.summary());
  await screenshot(page, 'demo-10000');
  t.diagnostic(`run ${s.last_ms.toFixed(0)} ms, ${s.events} events, longest page freeze ${maxGap.toFixed(1)} ms, `
    + `longest evaluate round-trip ${maxRoundTrip} ms, lateness p99 ${s.lateness_p99_ms.toFixed(1)} ms`);

  assert.equal(s.phase, 'finished');
  assertAllLanes(s, 10000);
  assert.equal(s.tasks.filter((task) => task.state !== 'done').length, 0, 'every task ended done');
  assert.equal(s.done, 10000);
  assert.equal(s.dropped_events, 0);
  assert.ok(maxGap < 200, `the page froze for ${maxGap.toFixed(1)} ms`);
  const colours = await countColours(page, [DONE, RUNNING]);
  assert.ok(colours[DONE] > 0 && colours[RUNNING] > 0, JSON.stringify(colours));
  assert.deepEqual(errors, []);
  await page.close();
});

test('Stop cancels a running demo: unfinished tasks end cancelled', { timeout: 120_000 }, async () => {
  const { page, errors } = await openPage(browser, server.url);
  await startDemo(page, { tasks: 1000, sleep_ms_max: 3000, cpu_weight: 0 });
  await page.waitForFunction(() => window.looplab.status().events > 3000, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.looplab.status().phase), 'running');
  const clicked = Date.now();
  await page.click('button[name=stop]');
  const s = await waitEnded(page, 30_000);
  const stopMs = Date.now() - clicked;
  await screenshot(page, 'demo-stopped');

  assert.equal(s.phase, 'finished');
  assert.equal(s.stop_requested, true);
  assertAllLanes(s, 1000);
  assert.equal(s.live, 0);
  assert.equal(s.failed, 0);
  assert.equal(s.done + s.cancelled, 1000);
  assert.ok(s.cancelled >= 500, `most tasks were still sleeping when stopped (${s.cancelled} cancelled)`);
  assert.deepEqual(s.tasks.filter((task) => task.state !== 'done' && task.state !== 'cancelled'), []);
  assert.ok(stopMs < 2000, `Stop took ${stopMs} ms`);
  assert.match(await page.textContent('#status'), /^Stopped after .* cancelled/);
  assert.ok((await countColours(page, [CANCELLED]))[CANCELLED] > 0, 'cancel markers drawn');
  assert.deepEqual(errors, []);
  await page.close();
});

test('invalid settings are explained next to the form and start nothing', { timeout: 60_000 }, async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.fill('#cfg-tasks', '0');
  await page.click('button[name=start]');
  assert.match(await page.textContent('#form-error'), /Tasks must be between 1 and 10000/);
  assert.equal(await page.getAttribute('#cfg-tasks', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cfg-tasks');
  assert.equal(await page.evaluate(() => window.looplab.status().phase), 'idle');
  await screenshot(page, 'demo-invalid');
  assert.deepEqual(errors, []);
  await page.close();
});

test('runtime errors appear in the error box as text', { timeout: 60_000 }, async () => {
  const { page } = await openPage(browser, server.url);
  await page.evaluate(() => setTimeout(() => { throw new Error('probe <b>not markup</b>'); }));
  await page.evaluate(() => { Promise.reject(new Error('rejected probe')); });
  await page.locator('#errors').waitFor({ state: 'visible' });
  const items = await page.locator('#error-list li').allTextContents();
  assert.ok(items.some((x) => x.includes('probe <b>not markup</b>')), items.join('\n'));
  assert.ok(items.some((x) => x.startsWith('Unhandled promise rejection: ') && x.includes('rejected probe')));
  assert.equal(await page.locator('#error-list b').count(), 0, 'never parsed as HTML');
  await screenshot(page, 'demo-error-box');
  await page.close();
});

test('a wasm that fails to load leaves a readable error, not a blank page', { timeout: 60_000 }, async () => {
  const { page } = await openPage(browser, server.url, {
    waitReady: false,
    beforeGoto: (p) => p.route('**/pkg/looplab_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  await page.locator('#fatal').waitFor({ state: 'visible', timeout: 30_000 });
  assert.match(await page.textContent('#fatal'), /Could not load looplab's WebAssembly module/);
  assert.equal(await page.isHidden('#loading'), true);
  assert.equal(await page.isHidden('#app'), true);
  await screenshot(page, 'demo-load-failure');
  await page.close();
});
