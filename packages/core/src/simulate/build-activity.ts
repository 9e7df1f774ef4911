import type { ChannelName } from '../activity/channels';
import { CHANNEL_UNITS } from '../activity/channels';
import type { Activity, Channel, Gap, Totals } from '../activity/model';
import type { RunSpec } from './spec';

const SIM_CHANNELS = [
  'distance',
  'speed',
  'altitude',
  'latitude',
  'longitude',
  'heartRate',
  'cadence',
  'stepLength',
  'groundContactTime',
  'verticalOscillation',
] as const satisfies readonly ChannelName[];

type SimChannel = (typeof SIM_CHANNELS)[number];

export type SimColumns = Record<SimChannel | 'time', number[]> & { gaps: Gap[] };

export function simColumnsCreate(): SimColumns {
  const cols = { time: [] as number[], gaps: [] as Gap[] } as SimColumns;
  for (const name of SIM_CHANNELS) cols[name] = [];
  return cols;
}

function meanOf(values: readonly number[], keep: (v: number) => boolean): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v) && keep(v)) {
      sum += v;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}

function totalsOf(cols: SimColumns): Totals {
  let ascentM = 0;
  let descentM = 0;
  let movingS = 0;
  let reference = cols.altitude[0] ?? 0;
  for (let i = 1; i < cols.time.length; i += 1) {
    // A 3 m hysteresis keeps altimeter noise out of the climb totals.
    const dAlt = (cols.altitude[i] ?? 0) - reference;
    if (Math.abs(dAlt) > 3) {
      if (dAlt > 0) ascentM += dAlt;
      else descentM -= dAlt;
      reference += dAlt;
    }
    if ((cols.speed[i] ?? 0) > 0.5) movingS += (cols.time[i] ?? 0) - (cols.time[i - 1] ?? 0);
  }
  const hr = cols.heartRate;
  return {
    elapsedS: cols.time.at(-1) ?? 0,
    movingS,
    distanceM: cols.distance.at(-1) ?? null,
    ascentM,
    descentM,
    avgHeartRate: meanOf(hr, () => true),
    maxHeartRate: hr.length === 0 ? null : Math.max(...hr),
    avgCadence: meanOf(cols.cadence, (v) => v > 0),
    avgPower: null,
    calories: null,
    origin: 'computed',
  };
}

/** Packs simulated columns into a core Activity (channels that stayed empty are left out). */
export function buildSimulatedActivity(cols: SimColumns, spec: RunSpec): Activity {
  const channels: Partial<Record<ChannelName, Channel>> = {};
  for (const name of SIM_CHANNELS) {
    const values = cols[name];
    if (values.length !== cols.time.length || !values.some(Number.isFinite)) continue;
    channels[name] = {
      name,
      unit: CHANNEL_UNITS[name],
      source: { kind: 'derived', from: `upright-simulator:${spec.channels}` },
      values: Float64Array.from(values),
    };
  }
  const totals = totalsOf(cols);
  return {
    sport: 'running',
    sportRaw: `running/simulated-${spec.kind}`,
    startTimeMs: spec.startTimeMs ?? Date.UTC(2026, 0, 1, 7, 0, 0),
    device: { manufacturer: 'upright-simulator', product: spec.channels },
    totals,
    laps: [{ startS: 0, endS: totals.elapsedS, totals, trigger: 'session_end' }],
    samples: { time: Float64Array.from(cols.time), channels, extras: [], gaps: cols.gaps },
    format: 'fit',
  };
}
