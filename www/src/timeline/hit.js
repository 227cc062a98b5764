// What is under the pointer: the span the timeline drew at a pixel, found with the grid's rule
// (highest state code among the lanes of the row and the spans touching the column's time range).

import { S } from '../trace/states.js';

/**
 * @param model TraceModel; @param lanes [firstLane, lastLane] of the row (inclusive)
 * @param t0, t1 the column's time range (ms); @param nowMs the end of open spans
 * @returns { lane, code, start, end, open, info } or null
 */
export function spanAt(model, [firstLane, lastLane], t0, t1, nowMs) {
  let best = null;
  const consider = (lane, code, start, end, open, info) => {
    if (end < t0 || start > t1) return;
    if (best && (code < best.code || (code === best.code && start <= best.start))) return;
    best = { lane, code, start, end, open, info };
  };
  const last = Math.min(lastLane, model.laneCount - 1);
  const { spans } = model;
  for (let lane = firstLane; lane <= last; lane++) {
    for (const i of spans.ofLane(lane)) {
      consider(lane, spans.kinds[i], spans.starts[i], spans.ends[i], false, model.spanInfo.get(i));
    }
    const since = model.readySince[lane];
    if (!Number.isNaN(since)) consider(lane, S.READY, since, nowMs, true);
  }
  for (const o of model.openTimers.values()) {
    if (o.lane >= firstLane && o.lane <= last) consider(o.lane, S.SLEEPING, o.start, nowMs, true);
  }
  for (const o of model.openFetches.values()) {
    if (o.lane >= firstLane && o.lane <= last) consider(o.lane, S.FETCH, o.start, nowMs, true, o.url);
  }
  return best;
}
