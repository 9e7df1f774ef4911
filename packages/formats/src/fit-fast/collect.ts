// Record columns -> sample columns on the activity's time base, with the same rules as the shared
// normaliser's row collector (../build/collector.ts via ../fit/records.ts): rows in time order, a row
// at the previous row's time merges into it (first value wins), a row earlier than it is dropped.
// Works column-wise on Float64Arrays: no object per record, no map lookup per value.
import type { ChannelName } from '@upright/core';
import type { DeveloperMapping } from '../fit/developer';
import { geoDegreesFromSemicircles } from '../derive/geo';
import { DEVELOPER_SLOT_BASE, Slot, type RecordTable } from './record-table';

export interface CollectInput {
  readonly table: RecordTable;
  readonly startTimeMs: number;
  readonly developer: readonly DeveloperMapping[];
  readonly onFoot: boolean;
  readonly ranges: readonly (readonly [number, number])[] | null;
}

export interface Collected {
  readonly length: number;
  readonly droppedBackwards: number;
  readonly time: Float64Array;
  /** Columns keyed like the shared collector: channel names, "cadence:rpm", "dev:<key>". */
  column(name: string): Float64Array;
}

/** How a native channel is computed from the record slots of one row (NaN: no value). */
type SlotReader = (c: readonly Float64Array[], r: number) => number;

const at = (c: readonly Float64Array[], slot: number, r: number): number => c[slot]?.[r] ?? Number.NaN;
const first = (a: number, b: number): number => (a === a ? a : b);

/** Every channel of NATIVE_COLUMNS (../fit/records.ts), read from the slots. */
export const NATIVE_SLOT_READERS: Readonly<Partial<Record<ChannelName, SlotReader>>> = {
  distance: (c, r) => at(c, Slot.distance, r),
  speed: (c, r) => first(at(c, Slot.enhancedSpeed, r), at(c, Slot.speed, r)),
  altitude: (c, r) => first(at(c, Slot.enhancedAltitude, r), at(c, Slot.altitude, r)),
  latitude: (c, r) => geoDegreesFromSemicircles(at(c, Slot.positionLat, r)),
  longitude: (c, r) => geoDegreesFromSemicircles(at(c, Slot.positionLong, r)),
  heartRate: (c, r) => at(c, Slot.heartRate, r),
  stepLength: (c, r) => at(c, Slot.stepLength, r) / 1000,
  groundContactTime: (c, r) => at(c, Slot.stanceTime, r),
  groundContactBalance: (c, r) => at(c, Slot.stanceTimeBalance, r),
  verticalOscillation: (c, r) => at(c, Slot.verticalOscillation, r),
  verticalRatio: (c, r) => at(c, Slot.verticalRatio, r),
  power: (c, r) => at(c, Slot.power, r),
  temperature: (c, r) => at(c, Slot.temperature, r),
};

interface Target {
  readonly name: string;
  readonly read: SlotReader;
}

function targets(input: CollectInput): Target[] {
  const out: Target[] = Object.entries(NATIVE_SLOT_READERS).map(([name, read]) => ({ name, read }));
  const cadence: SlotReader = (c, r) => at(c, Slot.cadence, r);
  const fraction = (c: readonly Float64Array[], r: number): number =>
    first(at(c, Slot.fractionalCadence, r), 0);
  out.push(
    input.onFoot
      ? { name: 'cadence', read: (c, r) => (cadence(c, r) + fraction(c, r)) * 2 }
      : { name: 'cadence:rpm', read: (c, r) => cadence(c, r) + fraction(c, r) },
  );
  for (const m of input.developer) {
    const slot = DEVELOPER_SLOT_BASE + m.key;
    if (!input.table.has(slot)) continue;
    out.push({ name: `dev:${m.key}`, read: (c, r) => at(c, slot, r) * m.scale });
  }
  return out;
}

function inRanges(t: number, ranges: CollectInput['ranges']): boolean {
  return ranges === null || ranges.some(([a, b]) => t >= a && t <= b);
}

/** The activity's sample rows: for each kept record, its sample row (or -1). */
function rows(input: CollectInput): { rowOf: Int32Array; time: Float64Array; dropped: number } {
  const { table, startTimeMs, ranges } = input;
  const stamps = table.columns[Slot.timestampMs];
  const rowOf = new Int32Array(table.count).fill(-1);
  const time = new Float64Array(table.count);
  let n = 0;
  let dropped = 0;
  for (let r = 0; r < table.count; r++) {
    const stamp = stamps?.[r] ?? Number.NaN;
    if (stamp !== stamp || !inRanges(stamp, ranges)) continue;
    const t = (stamp - startTimeMs) / 1000;
    if (n > 0 && t < time[n - 1]!) {
      dropped++;
      continue;
    }
    if (n === 0 || t > time[n - 1]!) time[n++] = t;
    rowOf[r] = n - 1;
  }
  return { rowOf, time: time.slice(0, n), dropped };
}

/** Collects the record table into sample columns. */
export function collectColumns(input: CollectInput): Collected {
  const { rowOf, time, dropped } = rows(input);
  const length = time.length;
  const columns = new Map<string, Float64Array>();
  const slots = input.table.columns;
  for (const target of targets(input)) {
    const out = new Float64Array(length).fill(Number.NaN);
    for (let r = 0; r < rowOf.length; r++) {
      const row = rowOf[r]!;
      if (row < 0 || out[row] === out[row]) continue;
      const value = target.read(slots, r);
      if (Number.isFinite(value)) out[row] = value;
    }
    columns.set(target.name, out);
  }
  return {
    length,
    droppedBackwards: dropped,
    time,
    column: (name) => columns.get(name) ?? new Float64Array(length).fill(Number.NaN),
  };
}
