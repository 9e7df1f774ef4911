import type { Gap } from '@upright/core';

export interface GapOptions {
  /** A sample interval at least this long is a pause even without a timer event (seconds). */
  readonly minGapS: number;
  /** …and at least this many times the median interval (so sparse recordings are not all gaps). */
  readonly medianFactor: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = { minGapS: 30, medianFactor: 10 };

/**
 * The k-th smallest value of `a` (0-based), found in place in O(n) on average: Hoare selection with a
 * median-of-three pivot and a three-way partition, so long runs of equal values (a 1 s recording is
 * nearly all 1s) settle in one pass instead of degrading to O(n²). Reorders `a`.
 */
export function selectKth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const x = a[lo] ?? 0;
    const y = a[(lo + hi) >>> 1] ?? 0;
    const z = a[hi] ?? 0;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] ?? 0;
      if (v < pivot) {
        a[i++] = a[lt] ?? 0;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt] ?? 0;
        a[gt--] = v;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  return a[lo] ?? Number.NaN;
}

/**
 * Median interval between consecutive times (s), the upper median (index ⌊m/2⌋ of the m sorted
 * intervals); 1 when there are none. O(n): the intervals go into one typed array and the median is
 * selected, not sorted for (a full sort of a 3-hour run's 10,800 intervals cost more than decoding it).
 */
export function timeMedianIntervalS(time: Float64Array): number {
  const m = time.length - 1;
  if (m <= 0) return 1;
  const d = new Float64Array(m);
  for (let i = 0; i < m; i++) d[i] = (time[i + 1] ?? 0) - (time[i] ?? 0);
  return selectKth(d, m >>> 1);
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
