/**
 * Reads the server's RunAnalysis JSON for the run page: chart overlays (onset, hills, pauses, fresh
 * bands) and the plain-language verdict. Wording lives here, not in core.
 */
import type { FormChannel, RunAnalysis } from '@upright/core';
import type { ChartOverlays, FreshBandSeries, XRange } from './chart-overlays';
import type { MetricKey } from './chart-series';
import { METERS_PER_UNIT } from './format';
import type { DistanceUnit } from './format';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** The analysis as sent by the server, or null when absent or not the expected shape. */
export function asRunAnalysis(x: unknown): RunAnalysis | null {
  if (!isObject(x) || !isObject(x.formBreakdown) || !isObject(x.segments)) return null;
  const seg = x.segments;
  if (!Array.isArray(seg.distanceM) || !isObject(seg.flags) || !isObject(seg.channels)) return null;
  if (!Array.isArray(x.perKm) || !Array.isArray(x.notes)) return null;
  return x as unknown as RunAnalysis;
}

/** Contiguous stretches where `flag` is set, as distance ranges in display units. */
export function flaggedRanges(analysis: RunAnalysis, flag: readonly boolean[], unit: DistanceUnit): XRange[] {
  const { distanceM, segmentM } = analysis.segments;
  const half = segmentM / 2;
  const per = METERS_PER_UNIT[unit];
  const out: XRange[] = [];
  let from: number | null = null;
  flag.forEach((on, i) => {
    const mid = distanceM[i] ?? 0;
    if (on && from === null) from = mid - half;
    const nextOn = flag[i + 1] === true;
    if (on && !nextOn && from !== null) {
      out.push({ fromX: Math.max(0, from) / per, toX: (mid + half) / per });
      from = null;
    }
  });
  return out;
}

const FORM_METRIC: Partial<Record<MetricKey, { channel: FormChannel; scale: number }>> = {
  cadence: { channel: 'cadence', scale: 1 },
  stepLength: { channel: 'stepLength', scale: 1 },
  groundContactTime: { channel: 'groundContactTime', scale: 1 },
  // Oscillation is stored in mm and charted in cm.
  verticalOscillation: { channel: 'verticalOscillation', scale: 0.1 },
};

function freshBandFor(analysis: RunAnalysis, key: MetricKey, unit: DistanceUnit): FreshBandSeries | null {
  const form = FORM_METRIC[key];
  const series = form ? analysis.segments.channels[form.channel] : undefined;
  if (form === undefined || series === undefined) return null;
  const scale = (v: number | null): number | null => (v === null ? null : v * form.scale);
  return {
    x: analysis.segments.distanceM.map((d) => d / METERS_PER_UNIT[unit]),
    lo: series.low.map(scale),
    hi: series.high.map(scale),
  };
}

/** Overlays for every metric chart of one run. */
export function overlaysFor(
  analysis: RunAnalysis | null,
  pausesX: readonly number[],
  unit: DistanceUnit,
): (key: MetricKey) => ChartOverlays {
  if (analysis === null) return () => ({ onsetX: null, hills: [], pausesX, freshBand: null });
  const onsetM = analysis.formBreakdown.onsetDistanceM;
  const onsetX = onsetM === null ? null : onsetM / METERS_PER_UNIT[unit];
  const hills = flaggedRanges(analysis, analysis.segments.flags.hill, unit);
  return (key) => ({ onsetX, hills, pausesX, freshBand: freshBandFor(analysis, key, unit) });
}
