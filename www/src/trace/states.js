// What a lane can show, in one place: codes, names, colours, and which state wins when several
// lanes or spans share a pixel (a higher code is more important). The timeline, its legend and the
// tooltip all read this table, so they cannot disagree.
//
// Colours are the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies),
// plus a neutral grey for "done".

/** State codes. 0 means "nothing here". Order = drawing priority (higher wins a shared pixel). */
export const S = Object.freeze({
  EMPTY: 0,
  SLEEPING: 1,
  FETCH: 2,
  READY: 3,
  RUNNING: 4,
  DONE: 5, // end markers win over the task's last poll, which always shares their pixel
  CANCELLED: 6,
  FAILED: 7,
});

export const STATE_COUNT = 8;

/** Human names, indexed by code. */
export const STATE_NAMES = ['', 'sleeping', 'fetch', 'ready', 'running', 'done', 'cancelled', 'failed'];

/** Legend text, indexed by code. */
export const STATE_HELP = [
  '',
  'waiting on a timer (armed → fired)',
  'waiting on the network (fetch started → done)',
  'ready, waiting for the loop (woken → polled)',
  'running on the loop (one poll)',
  'task finished (end marker)',
  'task cancelled (end marker)',
  'task failed (end marker)',
];

/** CSS colours, indexed by code. */
export const STATE_COLORS = [
  '#00000000',
  '#56b4e9', // sleeping: sky blue
  '#009e73', // fetch: bluish green
  '#f0e442', // ready: yellow
  '#e69f00', // running: orange
  '#bbbbbb', // done: neutral grey
  '#cc79a7', // cancelled: reddish purple
  '#d55e00', // failed: vermillion
];

/** The same colours as packed RGBA bytes (little-endian Uint32, as ImageData stores them). */
export const STATE_RGBA = STATE_COLORS.map((hex, code) => {
  if (code === S.EMPTY) return 0;
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
});

/** Legend order: spans first (as a task lives them), then end markers. */
export const LEGEND_ORDER = [S.RUNNING, S.READY, S.SLEEPING, S.FETCH, S.DONE, S.CANCELLED, S.FAILED];

/** Final states a task can end in. */
export const isEnd = (code) => code === S.DONE || code === S.CANCELLED || code === S.FAILED;
