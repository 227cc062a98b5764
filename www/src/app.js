// The page's run loop: owns the Playground (wasm) and the TraceModel, and once per animation frame
// takes the new events, applies as many as fit in a time budget (the rest wait for the next frame),
// and updates the panels. Every panel reads the one model; nothing else keeps task state.

import { createControls } from './controls/controls.js';
import { LagChart } from './lagchart/lagchart.js';
import { Summary } from './summary/summary.js';
import { Timeline } from './timeline/timeline.js';
import { renderLegend } from './timeline/legend.js';
import { formatDuration } from './timeline/layout.js';
import { TraceModel } from './trace/model.js';

const EVENT_BUDGET_MS = 8; // per frame, for applying events
const SLOW_PANEL_MS = 250; // chart and summary refresh interval while running

const errorText = (e) => (e && e.message ? e.message : String(e));

/** Wires the page to `wasm` (the initialised wasm-bindgen module). */
export function startApp(wasm, doc = document) {
  const model = new TraceModel();
  const pg = new wasm.Playground();
  const timeline = new Timeline(doc.getElementById('timeline'), model);
  renderLegend(doc.getElementById('legend'));
  const chart = new LagChart(doc.getElementById('lagchart'), model);
  const summary = new Summary(doc.getElementById('summary'));
  const statusLine = doc.getElementById('status');
  const run = { phase: 'idle', stopRequested: false, queue: [], next: 0, dropped: 0, raf: 0, slowAt: 0 };

  const controls = createControls(doc.getElementById('controls'), {
    onStart(config) {
      try {
        pg.start_demo(config);
      } catch (e) {
        controls.showError(errorText(e));
        return;
      }
      model.reset();
      timeline.reset();
      chart.reset();
      Object.assign(run, { phase: 'running', stopRequested: false, queue: [], next: 0, dropped: 0, slowAt: 0 });
      controls.setRunning(true);
      setStatus('Running…');
      schedule();
    },
    onStop() {
      if (run.phase !== 'running') return;
      pg.stop();
      run.stopRequested = true;
    },
  });

  function schedule() {
    if (!run.raf) run.raf = requestAnimationFrame(frame);
  }

  function frame() {
    run.raf = 0;
    if (run.phase !== 'running') return;
    try {
      step();
    } catch (e) {
      run.phase = 'failed';
      controls.setRunning(false);
      setStatus(`Stopped by an error: ${errorText(e)}`);
      throw e; // to the error box
    }
    if (run.phase === 'running') schedule();
  }

  function step() {
    const started = performance.now();
    const status = pg.status(); // before take_events: if it says "ended", the events below are the last
    const events = pg.take_events();
    if (events.length) run.queue.push(events);
    run.dropped = status.dropped_events;
    const deadline = () => performance.now() - started > EVENT_BUDGET_MS;
    while (run.queue.length && !deadline()) {
      const batch = run.queue[0];
      run.next = model.applySlice(batch, run.next, deadline);
      if (run.next >= batch.length) {
        run.queue.shift();
        run.next = 0;
      }
    }
    const backlog = run.queue.length > 0;
    const ended = !status.running && !backlog;
    const executorNow = Number.isNaN(model.t0) ? 0 : model.toMs(status.now_ns);
    const nowMs = backlog ? model.lastMs : Math.max(model.lastMs, executorNow);
    if (ended) run.phase = 'finished';
    timeline.draw({ nowMs, running: !ended });
    if (ended || started - run.slowAt >= SLOW_PANEL_MS) {
      run.slowAt = started;
      chart.update(ended ? model.lastMs : nowMs);
      summary.update(model.stats());
    }
    if (ended) {
      controls.setRunning(false);
      setStatus(finishedText());
    } else {
      const queued = backlog ? ` · catching up on ${queuedEvents().toLocaleString('en-US')} events` : '';
      setStatus(`Running · ${formatDuration(nowMs)} · ${model.live} of ${model.laneCount} tasks live${queued}`);
    }
  }

  function queuedEvents() {
    return run.queue.reduce((n, batch) => n + batch.length, 0) - run.next;
  }

  function finishedText() {
    const { done, cancelled, failed } = model.ended;
    const parts = [`${done} done`];
    if (cancelled) parts.push(`${cancelled} cancelled`);
    if (failed) parts.push(`${failed} failed`);
    const verb = run.stopRequested ? 'Stopped after' : 'Finished in';
    return `${verb} ${formatDuration(model.lastMs)} · ${parts.join(', ')}`;
  }

  function setStatus(text) {
    const dropped = run.dropped ? ` · ${run.dropped.toLocaleString('en-US')} events dropped (trace buffer full)` : '';
    statusLine.textContent = text + dropped;
  }

  // Read-only view for tests and the console: everything is computed from the consumed events.
  const runStatus = () => ({
    phase: run.phase,
    stop_requested: run.stopRequested,
    dropped_events: run.dropped,
    queued_events: queuedEvents(),
  });
  window.looplab = Object.freeze({
    /** Phase and the run's numbers. */
    status: () => ({ ...runStatus(), ...model.stats() }),
    /** The same, plus every task's { id, name, lane, state }. */
    summary: () => ({ ...runStatus(), ...model.summary() }),
  });

  setStatus('Ready. Choose the workload and press Start.');
  return { model, pg };
}
