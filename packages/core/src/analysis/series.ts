import type { FreshModel } from './fresh-model';
import { freshModelPredictLn } from './fresh-model';
import type { ScoredBin } from './scoring';
import type { ChannelSeries, FormChannel, PerKmRow, SegmentSeries } from './types';
import { FORM_CHANNELS } from './types';
import { roundTo } from './round';

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
const round = roundTo;

/** Form index of a segment: RMS of the standardised residuals (null where not comparable). */
export function formIndexOf(scored: ScoredBin): number | null {
  return scored.score === null ? null : round(Math.sqrt(scored.score), 2);
}

function channelSeries(
  channel: FormChannel,
  scored: readonly ScoredBin[],
  model: FreshModel | null,
): ChannelSeries | null {
  const m = model?.channels[channel];
  const value = scored.map((s) => finiteOrNull(s.bin.values[channel]));
  if (!value.some((v) => v !== null)) return null;
  const expectedLn = scored.map((s) => (m && model ? freshModelPredictLn(model, m, s.bin) : NaN));
  const band = (sign: number) =>
    expectedLn.map((e) => (m && Number.isFinite(e) ? round(Math.exp(e + sign * 2 * m.sigma), 3) : null));
  return {
    value: value.map((v) => (v === null ? null : round(v, 3))),
    expected: expectedLn.map((e) => (Number.isFinite(e) ? round(Math.exp(e), 3) : null)),
    low: band(-1),
    high: band(1),
    changePct: scored.map((s) => {
      const r = s.lnResidual[channel];
      return r === undefined ? null : round((Math.exp(r) - 1) * 100, 2);
    }),
  };
}

/** Chart columns, one entry per segment. */
export function segmentSeriesBuild(
  scored: readonly ScoredBin[],
  model: FreshModel | null,
  segmentM: number,
): SegmentSeries {
  const channels: Partial<Record<FormChannel, ChannelSeries>> = {};
  for (const c of FORM_CHANNELS) {
    const series = channelSeries(c, scored, model);
    if (series) channels[c] = series;
  }
  return {
    segmentM,
    distanceM: scored.map((s) => round((s.bin.startDistanceM + s.bin.endDistanceM) / 2, 1)),
    timeS: scored.map((s) => round((s.bin.startTimeS + s.bin.endTimeS) / 2, 1)),
    speedMps: scored.map((s) => round(s.bin.speedMps, 3)),
    grade: scored.map((s) => round(s.bin.grade, 4)),
    heartRate: scored.map((s) => finiteOrNull(round(s.bin.values.heartRate, 1))),
    power: scored.map((s) => finiteOrNull(round(s.bin.values.power, 1))),
    formIndex: scored.map(formIndexOf),
    channels,
    flags: {
      warmup: scored.map((s) => s.inWarmup),
      fresh: scored.map((s) => s.inFresh),
      hill: scored.map((s) => s.offGrade),
      pause: scored.map((s) => s.bin.pause),
      unsteady: scored.map((s) => s.offSpeed),
    },
  };
}

type PerKmValue = 'heartRate' | 'cadence' | 'stepLength' | 'groundContactTime' | 'verticalOscillation';

/** One row per kilometre of activity distance, from the segments that start in it. */
export function perKmBuild(scored: readonly ScoredBin[]): PerKmRow[] {
  const groups = new Map<number, ScoredBin[]>();
  for (const s of scored) {
    const km = Math.floor(s.bin.startDistanceM / 1000) + 1;
    const group = groups.get(km);
    if (group) group.push(s);
    else groups.set(km, [s]);
  }
  return [...groups.entries()].map(([km, group]) => {
    const durationS = group.reduce((sum, s) => sum + s.bin.durationS, 0);
    const movingM = group.reduce((sum, s) => sum + s.bin.speedMps * s.bin.durationS, 0);
    const mean = (pick: (s: ScoredBin) => number | null, digits: number): number | null => {
      let sum = 0;
      let weight = 0;
      for (const s of group) {
        const v = pick(s);
        if (v === null || !Number.isFinite(v)) continue;
        sum += v * s.bin.durationS;
        weight += s.bin.durationS;
      }
      return weight === 0 ? null : round(sum / weight, digits);
    };
    const row: Record<PerKmValue, number | null> = {
      heartRate: mean((s) => s.bin.values.heartRate, 0),
      cadence: mean((s) => s.bin.values.cadence, 0),
      stepLength: mean((s) => s.bin.values.stepLength, 2),
      groundContactTime: mean((s) => s.bin.values.groundContactTime, 0),
      verticalOscillation: mean((s) => s.bin.values.verticalOscillation, 1),
    };
    return {
      km,
      paceSPerKm: movingM > 0 ? round((durationS / movingM) * 1000, 1) : null,
      ...row,
      formIndex: mean(formIndexOf, 2),
    };
  });
}
