/**
 * Columns for the progress charts from the weekly trends: one x per ISO week (its index), the
 * programme phases as labelled ranges, and the weekly measures in display units.
 */
import type { TrendWeek } from '@upright/api-contract';
import { METERS_PER_UNIT } from '../runs/format';
import type { DistanceUnit } from '../runs/format';

export interface PhaseRange {
  readonly label: string;
  /** Week indexes, inclusive, widened by half a week so bands meet. */
  readonly fromX: number;
  readonly toX: number;
}

export interface TrendColumns {
  readonly x: number[];
  /** "3 Mar" per week, for the axis. */
  readonly weekLabels: string[];
  readonly longRunDistance: (number | null)[];
  readonly longRunOnset: (number | null)[];
  readonly durabilityPct: (number | null)[];
  readonly decouplingPct: (number | null)[];
  readonly painMean: (number | null)[];
  readonly painMax: (number | null)[];
  readonly psfsMean: (number | null)[];
  readonly adherencePct: (number | null)[];
  readonly phases: readonly PhaseRange[];
}

export function phaseRanges(weeks: readonly Pick<TrendWeek, 'phase'>[]): PhaseRange[] {
  const out: PhaseRange[] = [];
  weeks.forEach((w, i) => {
    const last = out[out.length - 1];
    if (w.phase === null) return;
    if (last !== undefined && last.label === w.phase && last.toX === i - 0.5) {
      out[out.length - 1] = { ...last, toX: i + 0.5 };
    } else {
      out.push({ label: w.phase, fromX: i - 0.5, toX: i + 0.5 });
    }
  });
  return out;
}

function weekLabel(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function trendColumns(weeks: readonly TrendWeek[], unit: DistanceUnit): TrendColumns {
  const dist = (m: number | null | undefined): number | null =>
    m === null || m === undefined ? null : m / METERS_PER_UNIT[unit];
  return {
    x: weeks.map((_, i) => i),
    weekLabels: weeks.map((w) => weekLabel(w.weekStart)),
    longRunDistance: weeks.map((w) => dist(w.longRun?.distanceM)),
    longRunOnset: weeks.map((w) => dist(w.longRun?.onsetDistanceM)),
    durabilityPct: weeks.map((w) => w.longRun?.durabilityPct ?? w.durabilityPct),
    decouplingPct: weeks.map((w) => w.decouplingPct),
    painMean: weeks.map((w) => w.painMean),
    painMax: weeks.map((w) => w.painMax),
    psfsMean: weeks.map((w) => w.psfsMean),
    adherencePct: weeks.map((w) => w.adherencePct),
    phases: phaseRanges(weeks),
  };
}

/** True when at least one week has a value: charts without any are left out. */
export function hasAny(values: readonly (number | null)[]): boolean {
  return values.some((v) => v !== null);
}

function weekActive(w: TrendWeek): boolean {
  return w.runs > 0 || w.sessionsDone > 0 || w.painMean !== null || w.psfsMean !== null;
}

/** Drops the empty weeks before the first with any data, keeping at least `minWeeks`. */
export function trimLeadingEmpty(weeks: readonly TrendWeek[], minWeeks = 4): readonly TrendWeek[] {
  const first = weeks.findIndex(weekActive);
  if (first < 0) return weeks;
  return weeks.slice(Math.max(0, Math.min(first, weeks.length - minWeeks)));
}
