// The timeline's legend, built from the same state table the canvas draws with.

import { LEGEND_ORDER, STATE_COLORS, STATE_HELP, STATE_NAMES, isEnd } from '../trace/states.js';

export function renderLegend(list) {
  list.replaceChildren();
  for (const code of LEGEND_ORDER) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = isEnd(code) ? 'swatch marker' : 'swatch';
    swatch.style.background = STATE_COLORS[code];
    swatch.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.textContent = STATE_NAMES[code];
    item.title = STATE_HELP[code];
    item.append(swatch, name);
    list.append(item);
  }
}
