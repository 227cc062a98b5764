// ./build.sh bench: serves www/, opens bench.html in headless chromium, prints a table of results
// with ratios against the baselines measured in the same run, plus the wasm size.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = await import(path.join(root, 'www/node_modules/playwright-core/index.mjs'));

const freePort = () => new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

const port = await freePort();
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', path.join(root, 'www')], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (let i = 0; i < 50; i++) {
    try { await page.goto(`http://127.0.0.1:${port}/bench.html`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000, polling: 200 });
  const r = await page.evaluate(() => window.benchResults);
  if (r.error) throw new Error(r.error);
  const wasm = readFileSync(path.join(root, 'www/pkg/looplab_bg.wasm'));
  const rows = [
    ['wake + re-poll, ours (trace off)', `${r.wake_ns_ours.toFixed(1)} ns`, `${r.wake_ratio.toFixed(1)}x cheaper than spawn_local (target >= 20x)`],
    ['wake + re-poll, ours (trace on)', `${r.wake_ns_ours_traced.toFixed(1)} ns`, `${r.wake_ratio_traced.toFixed(1)}x cheaper than spawn_local`],
    ['wake + re-poll, spawn_local (baseline)', `${r.wake_ns_spawn_local.toFixed(1)} ns`, '1.0x'],
    ['10 000 sleeps 0-1 s: timer lateness p50', `${r.sleeps.lateness_p50_ms.toFixed(2)} ms`, ''],
    ['10 000 sleeps 0-1 s: timer lateness p99', `${r.sleeps.lateness_p99_ms.toFixed(2)} ms`, 'target <= 2 ms'],
    ['10 000 sleeps 0-1 s: longest main-thread gap', `${r.main_thread_max_gap_ms.toFixed(1)} ms`, 'target <= 50 ms'],
    ['10 000 sleeps 0-1 s: longest executor slice', `${r.sleeps.longest_slice_ms.toFixed(2)} ms`, 'budget 5 ms'],
    ['wasm size (raw)', `${(wasm.length / 1024).toFixed(1)} KiB`, ''],
    ['wasm size (gzip -9)', `${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(1)} KiB`, ''],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(rows.map((row) => row.map((c, i) => c.padEnd(w[i])).join('  ')).join('\n'));
} finally {
  await browser.close();
  server.kill();
}
