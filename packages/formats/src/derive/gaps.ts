import type { Gap } from '@upright/core';

export interface GapOptions {
  /** A sample interval at least this long is a pause even without a timer event (seconds). */
  readonly minGapS: number;
  /** …and at least this many times the median interval (so sparse recordings are not all gaps). */
  readonly medianFactor: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = { minGapS: 30, medianFactor: 10 };

/** Median of the positive intervals between consecutive times (s); 1 when there are none. */
export function timeMedianIntervalS(time: Float64Array): number {
  const d: number[] = [];
  for (let i = 1; i < time.length; i++) d.push((time[i] ?? 0) - (time[i - 1] ?? 0));
  if (d.length === 0) return 1;
  d.sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)] ?? 1;
}

/**
 * Pauses: explicit ones (timer stop → start, in elapsed seconds) merged with silent ones (a jump
 * between two samples longer than max(minGapS, medianFactor × median interval)). The result is sorted,
 * non-overlapping, each with endS > startS. Example: times 0,1,2,100,101 → [{ startS: 2, endS: 100 }].
 */
export function gapsFromTime(
  time: Float64Array,
  explicit: readonly Gap[],
  options = DEFAULT_GAP_OPTIONS,
): Gap[] {
  const threshold = Math.max(options.minGapS, options.medianFactor * timeMedianIntervalS(time));
  const all: Gap[] = explicit
    .filter((g) => g.endS > g.startS)
    .map((g) => ({ startS: g.startS, endS: g.endS }));
  for (let i = 1; i < time.length; i++) {
    const a = time[i - 1] ?? 0;
    const b = time[i] ?? 0;
    if (b - a >= threshold) all.push({ startS: a, endS: b });
  }
  return gapsMerge(all);
}

/** Sorts and merges overlapping or touching gaps. */
export function gapsMerge(gaps: readonly Gap[]): Gap[] {
  const sorted = [...gaps].sort((x, y) => x.startS - y.startS);
  const out: Gap[] = [];
  for (const g of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && g.startS <= last.endS)
      out[out.length - 1] = { startS: last.startS, endS: Math.max(last.endS, g.endS) };
    else out.push(g);
  }
  return out;
}

/** Total paused time within [0, elapsedS]. */
export function gapsTotalS(gaps: readonly Gap[], elapsedS: number): number {
  let sum = 0;
  for (const g of gaps) sum += Math.max(0, Math.min(g.endS, elapsedS) - Math.max(g.startS, 0));
  return sum;
}
