import type { Gap, Lap } from '@upright/core';
import type { TotalsDraft } from '../build/totals';
import type { FitEventMesg, FitLapMesg, FitSessionMesg, FitTotalsFields } from './messages';
import { fitSport, sportIsOnFoot } from './sport';

/** Start and end (Unix ms) of a session or lap from its start time and elapsed time. */
export function fitSpanMs(m: FitTotalsFields): [number, number] | null {
  const start = m.startTimeMs;
  if (start === undefined) return null;
  const end = m.timestampMs ?? start + (m.totalElapsedTime ?? 0) * 1000;
  return [start, Math.max(end, start + (m.totalElapsedTime ?? 0) * 1000)];
}

function avgCadence(m: FitTotalsFields, onFoot: boolean): number | null {
  const whole = m.avgRunningCadence ?? m.avgCadence;
  if (whole === undefined) return null;
  return onFoot ? (whole + (m.avgFractionalCadence ?? 0)) * 2 : null;
}

/** Totals as the file states them for one session or lap (absent fields are null). */
export function fitTotals(m: FitTotalsFields): TotalsDraft {
  const onFoot = sportIsOnFoot(fitSport(m.sport, m.subSport));
  return {
    elapsedS: m.totalElapsedTime ?? null,
    movingS: m.totalTimerTime ?? null,
    distanceM: m.totalDistance ?? null,
    ascentM: m.totalAscent ?? null,
    descentM: m.totalDescent ?? null,
    avgHeartRate: m.avgHeartRate ?? null,
    maxHeartRate: m.maxHeartRate ?? null,
    avgCadence: avgCadence(m, onFoot),
    avgPower: m.avgPower ?? null,
    calories: m.totalCalories ?? null,
  };
}

function sum(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

/** Weighted by moving time, so a short session does not count as much as a long one. */
function weighted(
  parts: readonly TotalsDraft[],
  key: 'avgHeartRate' | 'avgCadence' | 'avgPower',
): number | null {
  let num = 0;
  let den = 0;
  for (const p of parts) {
    const v = p[key];
    const w = p.movingS ?? p.elapsedS ?? 0;
    if (typeof v === 'number' && w > 0) {
      num += v * w;
      den += w;
    }
  }
  return den === 0 ? (parts.find((p) => typeof p[key] === 'number')?.[key] ?? null) : num / den;
}

/** Combines the totals of several sessions taken together (e.g. the two runs of a duathlon). */
export function totalsCombine(parts: readonly TotalsDraft[]): TotalsDraft {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const maxHr = parts.map((p) => p.maxHeartRate).filter((v): v is number => typeof v === 'number');
  return {
    elapsedS: sum(parts.map((p) => p.elapsedS)),
    movingS: sum(parts.map((p) => p.movingS)),
    distanceM: sum(parts.map((p) => p.distanceM)),
    ascentM: sum(parts.map((p) => p.ascentM)),
    descentM: sum(parts.map((p) => p.descentM)),
    avgHeartRate: weighted(parts, 'avgHeartRate'),
    maxHeartRate: maxHr.length === 0 ? null : Math.max(...maxHr),
    avgCadence: weighted(parts, 'avgCadence'),
    avgPower: weighted(parts, 'avgPower'),
    calories: sum(parts.map((p) => p.calories)),
  };
}

/** Laps whose start lies in one of the ranges, relative to the activity start. */
export function fitLaps(
  laps: readonly FitLapMesg[],
  startTimeMs: number,
  ranges: readonly (readonly [number, number])[] | null,
): Lap[] {
  const out: Lap[] = [];
  for (const lap of laps) {
    const span = fitSpanMs(lap);
    if (span === null) continue;
    if (ranges !== null && !ranges.some(([a, b]) => span[0] >= a && span[0] < b)) continue;
    const t = fitTotals(lap);
    out.push({
      startS: (span[0] - startTimeMs) / 1000,
      endS: (span[1] - startTimeMs) / 1000,
      totals: {
        elapsedS: t.elapsedS ?? (span[1] - span[0]) / 1000,
        movingS: t.movingS ?? t.elapsedS ?? (span[1] - span[0]) / 1000,
        distanceM: t.distanceM ?? null,
        ascentM: t.ascentM ?? null,
        descentM: t.descentM ?? null,
        avgHeartRate: t.avgHeartRate ?? null,
        maxHeartRate: t.maxHeartRate ?? null,
        avgCadence: t.avgCadence ?? null,
        avgPower: t.avgPower ?? null,
        calories: t.calories ?? null,
        origin: 'file',
      },
      trigger: lap.lapTrigger === undefined ? null : String(lap.lapTrigger),
    });
  }
  return out;
}

const STOPS = new Set(['stop', 'stopAll', 'stopDisable', 'stopDisableAll']);

/** Timer pauses from timer stop → start events, in seconds since the activity start. */
export function fitPauses(events: readonly FitEventMesg[], startTimeMs: number): Gap[] {
  const out: Gap[] = [];
  let stoppedAt: number | null = null;
  for (const e of events) {
    if (e.event !== 'timer' || e.timestampMs === undefined) continue;
    const type = String(e.eventType);
    if (STOPS.has(type)) stoppedAt ??= e.timestampMs;
    else if (type === 'start' && stoppedAt !== null) {
      if (e.timestampMs > stoppedAt)
        out.push({ startS: (stoppedAt - startTimeMs) / 1000, endS: (e.timestampMs - startTimeMs) / 1000 });
      stoppedAt = null;
    }
  }
  return out;
}

/** The sessions to import: the running ones when there are any, else all of them. */
export function fitPickSessions(sessions: readonly FitSessionMesg[]): {
  picked: FitSessionMesg[];
  droppedOthers: boolean;
} {
  const running = sessions.filter((s) => s.sport === 'running');
  if (running.length === 0 || running.length === sessions.length)
    return { picked: [...sessions], droppedOthers: false };
  return { picked: running, droppedOthers: true };
}
