// Entry point (bundled by esbuild into dist/main.js + dist/main.css). Loads the wasm package at
// run time (www/pkg is external to the bundle: looplab.js finds looplab_bg.wasm next to itself via
// import.meta.url), then starts the app. Any failure ends in readable text, never a blank page.
// Runtime errors after start-up go to the error box installed by index.html's inline script.

import 'uplot/dist/uPlot.min.css';
import './style.css';
import { startApp } from './app.js';

const errorText = (e) => (e && e.message ? e.message : String(e));

function showFatal(text) {
  document.getElementById('loading').hidden = true;
  const box = document.getElementById('fatal');
  box.textContent = text;
  box.hidden = false;
  document.body.dataset.state = 'failed';
}

async function boot() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new Error('This browser does not support WebAssembly, which looplab needs. '
      + 'Use a current Chrome, Firefox or Safari with WebAssembly enabled.');
  }
  let wasm;
  try {
    // The path is relative to this module, in the source tree (src/) and in the bundle (dist/) alike.
    wasm = await import('../pkg/looplab.js');
    await wasm.default();
  } catch (e) {
    throw new Error(`Could not load looplab's WebAssembly module (pkg/looplab.js): ${errorText(e)}. `
      + 'If you are running from a checkout, build it first with ./build.sh build.');
  }
  document.getElementById('loading').hidden = true;
  document.getElementById('app').hidden = false; // before startApp: the panels measure themselves
  startApp(wasm);
  document.body.dataset.state = 'ready';
}

boot().catch((e) => {
  console.error(e);
  showFatal(errorText(e));
});
