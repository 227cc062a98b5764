// The demo's settings: field definitions (labels, limits, defaults) and the pure conversion from
// form values (strings) to the config object Playground.start_demo takes, with readable errors.

export const FIELDS = [
  { id: 'tasks', label: 'Tasks', min: 1, max: 10000, step: 1, value: 200, integer: true },
  { id: 'steps', label: 'Steps per task', min: 1, max: 1000, step: 1, value: 5, integer: true },
  { id: 'sleep_weight', label: 'Sleep weight', min: 0, max: 100, step: 0.5, value: 1 },
  { id: 'fetch_weight', label: 'Fetch weight', min: 0, max: 100, step: 0.5, value: 1 },
  { id: 'cpu_weight', label: 'CPU-burn weight', min: 0, max: 100, step: 0.5, value: 1 },
  { id: 'sleep_ms_max', label: 'Max sleep (ms)', min: 0, max: 10000, step: 1, value: 300 },
  { id: 'cpu_ms_max', label: 'Max CPU burn (ms)', min: 0, max: 10000, step: 0.5, value: 3 },
  { id: 'seed', label: 'Seed', min: 0, max: Number.MAX_SAFE_INTEGER, step: 1, value: 42, integer: true },
];

/** The default config, as start_demo takes it. */
export const DEFAULTS = Object.fromEntries(FIELDS.map((f) => [f.id, f.value]));

/**
 * Converts `{ id: string }` form values into `{ config }` or `{ errors: [{ id, message }] }`.
 * Missing values take their default.
 */
export function parseConfig(values) {
  const config = {};
  const errors = [];
  for (const f of FIELDS) {
    const raw = values[f.id];
    const text = raw == null ? '' : String(raw).trim();
    const value = text === '' ? f.value : Number(text);
    if (!Number.isFinite(value)) {
      errors.push({ id: f.id, message: `${f.label}: “${text}” is not a number` });
    } else if (f.integer && !Number.isInteger(value)) {
      errors.push({ id: f.id, message: `${f.label} must be a whole number` });
    } else if (value < f.min || value > f.max) {
      errors.push({ id: f.id, message: `${f.label} must be between ${f.min} and ${f.max}` });
    } else {
      config[f.id] = value;
    }
  }
  if (errors.length === 0 && config.sleep_weight + config.fetch_weight + config.cpu_weight <= 0) {
    errors.push({ id: 'sleep_weight', message: 'At least one step weight must be above 0' });
  }
  return errors.length ? { errors } : { config };
}
