// Shared by the end-to-end tests: serves www/ with python3's http.server on a free port, launches
// Debian's chromium through playwright-core (no browser download), opens pages that record every
// page error and console error, and saves screenshots to target/e2e-screenshots/.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../../www/node_modules/playwright-core/index.mjs';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WWW = path.join(ROOT, 'www');
export const SHOTS = path.join(ROOT, 'target', 'e2e-screenshots');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Fails early, with the command to run, when the page has not been built. */
export function requireBuild() {
  for (const file of ['pkg/looplab.js', 'pkg/looplab_bg.wasm', 'dist/main.js', 'dist/main.css']) {
    if (!existsSync(path.join(WWW, file))) {
      throw new Error(`www/${file} is missing: build the page first with ./build.sh build`);
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `python3 -m http.server` on www/; resolves once it answers. */
export async function startServer() {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', WWW], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`http.server exited (${proc.exitCode}): ${stderr}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill();
      throw new Error(`http.server did not answer on ${url}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    }),
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a new 1280×720 page and, unless `waitReady` is false, waits until the app has
 * started (or fails with the page's own error text). `errors` collects uncaught page errors and
 * console errors; `beforeGoto(page)` can set up routes or init scripts first.
 */
export async function openPage(browser, url, { waitReady = true, beforeGoto } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack || e.message || e}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('crash', () => errors.push('page crashed'));
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url);
  if (waitReady) {
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 30_000 });
    const state = await page.evaluate(() => document.body.dataset.state);
    if (state !== 'ready') {
      const fatal = await page.textContent('#fatal');
      throw new Error(`page did not start (${state}): ${fatal}\n${errors.join('\n')}`);
    }
  }
  return { page, errors };
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
