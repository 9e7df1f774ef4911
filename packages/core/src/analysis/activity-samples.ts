import type { Activity } from '../activity/model';
import type { BinnerSample } from './segment-binner';

const NAN_COLUMN = new Float64Array(0);

/**
 * Distance covered by an activity: last minus first recorded distance (a multisport run leg may start
 * at the triathlon's running total), else the file's totals, else 0.
 */
export function activityDistanceM(activity: Activity): number {
  const d = activity.samples.channels.distance?.values;
  let first = NaN;
  let last = NaN;
  if (d) {
    for (const v of d) {
      if (!Number.isFinite(v)) continue;
      if (!Number.isFinite(first)) first = v;
      last = v;
    }
  }
  return Number.isFinite(last) && last > first ? last - first : (activity.totals.distanceM ?? 0);
}

/**
 * Visits an activity's samples in time order as BinnerSample values (one reused object), marking
 * the first sample after each timer pause. O(n), no allocation per sample.
 */
export function activityForEachSample(activity: Activity, visit: (s: Readonly<BinnerSample>) => void): void {
  const { time, channels, gaps } = activity.samples;
  const col = (name: keyof typeof channels) => channels[name]?.values ?? NAN_COLUMN;
  const distance = col('distance');
  const speed = col('speed');
  const altitude = col('altitude');
  const heartRate = col('heartRate');
  const power = col('power');
  const cadence = col('cadence');
  const stepLength = col('stepLength');
  const gct = col('groundContactTime');
  const vo = col('verticalOscillation');
  const sortedGaps = [...gaps].sort((a, b) => a.endS - b.endS);
  let gapIndex = 0;
  let prevTime = -Infinity;
  const s: BinnerSample = {
    timeS: 0,
    distanceM: NaN,
    speedMps: NaN,
    altitudeM: NaN,
    heartRate: NaN,
    power: NaN,
    cadence: NaN,
    stepLength: NaN,
    groundContactTime: NaN,
    verticalOscillation: NaN,
    afterPause: false,
  };
  for (let i = 0; i < time.length; i += 1) {
    const t = time[i] ?? NaN;
    let afterPause = false;
    while (gapIndex < sortedGaps.length && (sortedGaps[gapIndex]?.endS ?? Infinity) <= t) {
      if ((sortedGaps[gapIndex]?.endS ?? -Infinity) > prevTime) afterPause = true;
      gapIndex += 1;
    }
    prevTime = t;
    s.timeS = t;
    s.distanceM = distance[i] ?? NaN;
    s.speedMps = speed[i] ?? NaN;
    s.altitudeM = altitude[i] ?? NaN;
    s.heartRate = heartRate[i] ?? NaN;
    s.power = power[i] ?? NaN;
    s.cadence = cadence[i] ?? NaN;
    s.stepLength = stepLength[i] ?? NaN;
    s.groundContactTime = gct[i] ?? NaN;
    s.verticalOscillation = vo[i] ?? NaN;
    s.afterPause = afterPause;
    visit(s);
  }
}
