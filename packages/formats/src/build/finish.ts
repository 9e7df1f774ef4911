import type {
  Activity,
  Channel,
  ChannelName,
  ChannelSource,
  ExtraChannel,
  Gap,
  ImportResult,
  ImportWarning,
  Lap,
} from '@upright/core';
import { CHANNEL_UNITS } from '@upright/core';
import { distanceFromPositions } from '../derive/distance';
import { gapsFromTime } from '../derive/gaps';
import { speedFromDistance } from '../derive/speed';
import { columnHasData } from './collector';
import type { TotalsDraft } from './totals';
import { totalsFromSamples, totalsMerge } from './totals';

export interface DraftChannel {
  readonly name: ChannelName;
  readonly source: ChannelSource;
  readonly values: Float64Array;
}

/** Everything a format parser found, before channels are resolved and totals completed. */
export interface ActivityDraft {
  readonly format: Activity['format'];
  readonly sport: Activity['sport'];
  readonly sportRaw: string | null;
  readonly startTimeMs: number;
  readonly device: Activity['device'];
  /** Elapsed seconds since startTimeMs, strictly increasing. */
  readonly time: Float64Array;
  /** Candidates in precedence order: the first with data wins its name, later ones become extras. */
  readonly channels: readonly DraftChannel[];
  readonly extras: readonly ExtraChannel[];
  /** Explicit pauses (timer stop → start); silent time jumps are added here. */
  readonly pauses: readonly Gap[];
  readonly laps: readonly Lap[];
  /** Totals the file carried; null when it carried none (totals are then computed). */
  readonly fileTotals: TotalsDraft | null;
}

const RUNNING_SPORTS: ReadonlySet<Activity['sport']> = new Set([
  'running',
  'trail-running',
  'treadmill-running',
]);

function sourceLabel(source: ChannelSource): string {
  switch (source.kind) {
    case 'native':
      return `native:${source.field}`;
    case 'developer':
      return `developer:${source.app ?? 'unknown'}:${source.field}`;
    case 'derived':
      return `derived:${source.from}`;
  }
}

function resolveChannels(draft: ActivityDraft): {
  channels: Partial<Record<ChannelName, Channel>>;
  extras: ExtraChannel[];
} {
  const channels: Partial<Record<ChannelName, Channel>> = {};
  const extras: ExtraChannel[] = [...draft.extras];
  const taken = new Set(extras.map((e) => e.name));
  for (const c of draft.channels) {
    if (!columnHasData(c.values)) continue;
    const unit = CHANNEL_UNITS[c.name];
    if (channels[c.name] === undefined) {
      channels[c.name] = { name: c.name, unit, source: c.source, values: c.values };
      continue;
    }
    const name = `${c.name}:${sourceLabel(c.source)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    extras.push({ name, quantity: c.name, unit, source: c.source, values: c.values });
  }
  return { channels, extras };
}

function deriveMissing(
  time: Float64Array,
  channels: Partial<Record<ChannelName, Channel>>,
  gaps: readonly Gap[],
): void {
  const { latitude, longitude } = channels;
  if (channels.distance === undefined && latitude !== undefined && longitude !== undefined) {
    const values = distanceFromPositions({
      time,
      latitude: latitude.values,
      longitude: longitude.values,
      gaps,
    });
    if (columnHasData(values)) {
      channels.distance = {
        name: 'distance',
        unit: 'm',
        source: { kind: 'derived', from: 'latitude,longitude' },
        values,
      };
    }
  }
  if (channels.speed === undefined && channels.distance !== undefined) {
    const values = speedFromDistance(time, channels.distance.values, gaps);
    if (columnHasData(values))
      channels.speed = { name: 'speed', unit: 'm/s', source: { kind: 'derived', from: 'distance' }, values };
  }
}

/** Gaps limited to the recording (a multisport file's pauses in other legs fall outside it). */
function gapsClip(gaps: readonly Gap[], time: Float64Array): Gap[] {
  const first = time[0] ?? 0;
  const last = time[time.length - 1] ?? 0;
  return gaps
    .filter((g) => g.endS > first && g.startS < last)
    .map((g) => ({ startS: Math.max(g.startS, first), endS: Math.min(g.endS, last) }));
}

/**
 * Values no sensor can mean: a heart rate of 0 (the strap lost contact) and an altitude below the
 * Dead Sea shore (FIT's "0 raw" altitude reads −500 m on some devices). They become "no value".
 */
const IMPLAUSIBLE: readonly {
  readonly name: ChannelName;
  readonly label: string;
  readonly bad: (v: number) => boolean;
}[] = [
  { name: 'heartRate', label: 'heart-rate values of 0', bad: (v) => v <= 0 },
  { name: 'altitude', label: 'altitudes below -450 m', bad: (v) => v < -450 },
];

/** How many values `bad` rejects (a read-only pass: the column is copied only when this is > 0). */
function countBad(values: Float64Array, bad: (v: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (bad(values[i] ?? Number.NaN)) n++;
  return n;
}

function dropImplausible(channels: Partial<Record<ChannelName, Channel>>): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const rule of IMPLAUSIBLE) {
    const channel = channels[rule.name];
    if (channel === undefined) continue;
    const dropped = countBad(channel.values, rule.bad);
    if (dropped === 0) continue;
    // Copy: the draft's column may be shared (an extra of the same data, a caller's array).
    const values = channel.values.slice();
    for (let i = 0; i < values.length; i++) if (rule.bad(values[i] ?? Number.NaN)) values[i] = Number.NaN;
    if (columnHasData(values)) channels[rule.name] = { ...channel, values };
    else delete channels[rule.name];
    warnings.push({ code: 'SENSOR_VALUES_DROPPED', message: `${dropped} ${rule.label} were dropped` });
  }
  return warnings;
}

/**
 * Turns a draft into the final activity: resolves channel precedence (native first, the rest kept as
 * extras), derives distance from positions and speed from distance when absent, adds silent pauses to
 * the gaps, and completes totals from samples (warning TOTALS_COMPUTED when the file had none).
 */
export function activityFinish(draft: ActivityDraft, warnings: readonly ImportWarning[]): ImportResult {
  const out: ImportWarning[] = [...warnings];
  if (!RUNNING_SPORTS.has(draft.sport)) {
    out.push({
      code: 'SPORT_NOT_RUNNING',
      message: `the activity is ${draft.sportRaw ?? 'of an unstated sport'}, not a run`,
    });
  }
  const gaps = gapsClip(gapsFromTime(draft.time, draft.pauses), draft.time);
  const { channels, extras } = resolveChannels(draft);
  out.push(...dropImplausible(channels));
  deriveMissing(draft.time, channels, gaps);
  const computed = totalsFromSamples(draft.time, channels, gaps);
  let totals = computed;
  if (draft.fileTotals === null) {
    out.push({
      code: 'TOTALS_COMPUTED',
      message: 'the file has no summary; totals were computed from the samples',
    });
  } else {
    totals = totalsMerge(draft.fileTotals, computed);
  }
  const activity: Activity = {
    sport: draft.sport,
    sportRaw: draft.sportRaw,
    startTimeMs: draft.startTimeMs,
    device: draft.device,
    totals,
    laps: draft.laps,
    samples: { time: draft.time, channels, extras, gaps },
    format: draft.format,
  };
  return { ok: true, activity, warnings: out };
}
