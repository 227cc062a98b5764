// The controls panel: a labelled number input per demo setting, Start and Stop. It only turns the
// form into a config (config.js) and calls back; running the demo is the app's business.

import { FIELDS, parseConfig } from './config.js';

/**
 * @param form the <form> to fill; @param onStart(config) called with a valid config
 * @param onStop() called by Stop. Returns { setRunning(bool), showError(text) }.
 */
export function createControls(form, { onStart, onStop }) {
  const fields = form.querySelector('.fields');
  const message = form.querySelector('.form-error');
  const start = form.querySelector('button[name=start]');
  const stop = form.querySelector('button[name=stop]');
  const inputs = new Map();

  for (const f of FIELDS) {
    const id = `cfg-${f.id}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = f.label;
    const input = document.createElement('input');
    Object.assign(input, { id, name: f.id, type: 'number', min: f.min, max: f.max, step: f.step, required: true });
    input.value = String(f.value);
    input.inputMode = f.integer ? 'numeric' : 'decimal';
    input.setAttribute('aria-describedby', 'form-error');
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
    inputs.set(f.id, input);
    fields.append(label, input);
  }

  const showError = (text) => {
    message.textContent = text;
    message.hidden = !text;
  };

  form.noValidate = true; // our messages, not the browser's bubbles
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries([...inputs].map(([id, input]) => [id, input.value]));
    const result = parseConfig(values);
    for (const input of inputs.values()) input.removeAttribute('aria-invalid');
    if (result.errors) {
      for (const { id } of result.errors) inputs.get(id).setAttribute('aria-invalid', 'true');
      showError(result.errors.map((err) => err.message).join('. '));
      inputs.get(result.errors[0].id).focus();
      return;
    }
    showError('');
    onStart(result.config);
  });
  stop.addEventListener('click', () => onStop());

  return {
    setRunning(running) {
      stop.disabled = !running;
      start.textContent = running ? 'Restart' : 'Start';
    },
    showError,
  };
}
