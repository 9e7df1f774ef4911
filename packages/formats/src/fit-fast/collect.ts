// Record columns -> sample columns on the activity's time base, with the same rules as the shared
// normaliser's row collector (../build/collector.ts via ../fit/records.ts): rows in time order, a row
// at the previous row's time merges into it (first value wins), a row earlier than it is dropped.
// Works column-wise on Float64Arrays: no object per record, no map lookup per value.
import type { DeveloperMapping } from '../fit/developer';
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

interface Target {
  readonly name: string;
  /** The slot the value comes from. */
  readonly slot: number;
  /** An enhanced field's 16-bit original, used where the enhanced slot has no value. */
  readonly fallback: number | null;
  /** value = raw * mul / div (kept as two steps: the same float expressions as the shared normaliser). */
  readonly mul: number;
  readonly div: number;
  /** Cadence: (slot + fractional slot) * mul. */
  readonly fraction: number | null;
}

function target(name: string, slot: number, more: Partial<Omit<Target, 'name' | 'slot'>> = {}): Target {
  return { name, slot, fallback: null, mul: 1, div: 1, fraction: null, ...more };
}

/** The same constant as ../derive/geo.ts geoDegreesFromSemicircles. */
const SEMICIRCLE_DEG = 180 / 2 ** 31;

/** Every channel of NATIVE_COLUMNS (../fit/records.ts), read from the slots. */
export const NATIVE_TARGETS: readonly Target[] = [
  target('distance', Slot.distance),
  target('speed', Slot.enhancedSpeed, { fallback: Slot.speed }),
  target('altitude', Slot.enhancedAltitude, { fallback: Slot.altitude }),
  target('latitude', Slot.positionLat, { mul: SEMICIRCLE_DEG }),
  target('longitude', Slot.positionLong, { mul: SEMICIRCLE_DEG }),
  target('heartRate', Slot.heartRate),
  target('stepLength', Slot.stepLength, { div: 1000 }),
  target('groundContactTime', Slot.stanceTime),
  target('groundContactBalance', Slot.stanceTimeBalance),
  target('verticalOscillation', Slot.verticalOscillation),
  target('verticalRatio', Slot.verticalRatio),
  target('power', Slot.power),
  target('temperature', Slot.temperature),
];

function targets(input: CollectInput): Target[] {
  const { table } = input;
  const cadence = input.onFoot
    ? target('cadence', Slot.cadence, { fraction: Slot.fractionalCadence, mul: 2 })
    : target('cadence:rpm', Slot.cadence, { fraction: Slot.fractionalCadence });
  const out: Target[] = [...NATIVE_TARGETS, cadence];
  for (const m of input.developer)
    out.push(target(`dev:${m.key}`, DEVELOPER_SLOT_BASE + m.key, { mul: m.scale }));
  return out
    .map((t) => (t.fallback !== null && !table.has(t.slot) ? target(t.name, t.fallback) : t))
    .filter((t) => table.has(t.slot));
}

/** One record's value for a target (NaN: none). */
function valueAt(t: Target, columns: readonly Float64Array[], r: number): number {
  let v = columns[t.slot]![r]!;
  if (v !== v && t.fallback !== null) v = columns[t.fallback]?.[r] ?? Number.NaN;
  if (t.fraction !== null) {
    const f = columns[t.fraction]?.[r] ?? Number.NaN;
    return (v + (f === f ? f : 0)) * t.mul;
  }
  if (t.mul !== 1) v = v * t.mul;
  return t.div === 1 ? v : v / t.div;
}

/** Records `base .. base + length` are samples `0 .. length` (the usual case, also for one leg of a multisport file). */
interface Block {
  readonly base: number;
  readonly length: number;
}

/**
 * A target's column reused as is: rows map one to one, no transform, no infinities (only float fields
 * can hold them), and no row where only the fallback slot has a value.
 */
function reused(t: Target, table: RecordTable, block: Block): Float64Array | null {
  const { base, length } = block;
  if (t.mul !== 1 || t.div !== 1 || t.fraction !== null) return null;
  const column = table.columns[t.slot]!.subarray(base, base + length);
  const fallback = t.fallback === null ? undefined : table.columns[t.fallback]?.subarray(base, base + length);
  const checkFinite = table.floatSlots.has(t.slot);
  if (!checkFinite && (fallback === undefined || !table.has(t.fallback ?? -1))) return column;
  for (let r = 0; r < length; r++) {
    const v = column[r]!;
    if (checkFinite && (v === Infinity || v === -Infinity)) return null;
    if (v !== v && fallback !== undefined && fallback[r] === fallback[r]) return null;
  }
  return column;
}

/** One-to-one rows, one slot times a constant: a tight loop with no per-value call. */
function scaled(t: Target, table: RecordTable, block: Block): Float64Array | null {
  const { base, length } = block;
  if (t.fallback !== null || t.fraction !== null) return null;
  const column = table.columns[t.slot]!.subarray(base, base + length);
  const out = new Float64Array(length);
  const { mul, div } = t;
  for (let r = 0; r < length; r++) {
    let v = column[r]!;
    if (mul !== 1) v = v * mul;
    if (div !== 1) v = v / div;
    out[r] = Number.isFinite(v) ? v : Number.NaN;
  }
  return out;
}

function computed(
  t: Target,
  columns: readonly Float64Array[],
  rowOf: Int32Array,
  length: number,
): Float64Array {
  const out = new Float64Array(length).fill(Number.NaN);
  for (let r = 0; r < rowOf.length; r++) {
    const row = rowOf[r]!;
    if (row < 0 || out[row] === out[row]) continue;
    const value = valueAt(t, columns, r);
    if (Number.isFinite(value)) out[row] = value;
  }
  return out;
}

function inRanges(t: number, ranges: CollectInput['ranges']): boolean {
  return ranges === null || ranges.some(([a, b]) => t >= a && t <= b);
}

/** The activity's sample rows: for each record, its sample row (or -1 when dropped). */
function rows(input: CollectInput): {
  rowOf: Int32Array;
  time: Float64Array;
  dropped: number;
  /** Set when the kept records are one contiguous block, one sample each. */
  block: Block | null;
} {
  const { table, startTimeMs, ranges } = input;
  const stamps = table.columns[Slot.timestampMs];
  const rowOf = new Int32Array(table.count).fill(-1);
  const time = new Float64Array(table.count);
  let n = 0;
  let dropped = 0;
  let base = -1;
  let contiguous = true;
  for (let r = 0; r < table.count; r++) {
    const stamp = stamps?.[r] ?? Number.NaN;
    if (stamp !== stamp || !inRanges(stamp, ranges)) continue;
    const t = (stamp - startTimeMs) / 1000;
    if (n > 0 && t < time[n - 1]!) {
      dropped++;
      contiguous = false;
      continue;
    }
    if (n === 0 || t > time[n - 1]!) time[n++] = t;
    else contiguous = false;
    rowOf[r] = n - 1;
    if (base < 0) base = r;
    if (r - base !== n - 1) contiguous = false;
  }
  const block = contiguous && n > 0 ? { base, length: n } : null;
  return { rowOf, time: time.subarray(0, n), dropped, block };
}

/**
 * Collects the record table into sample columns. When the kept records are one block, one sample each
 * (the usual case), single-slot channels are views of the record columns: no copy.
 */
export function collectColumns(input: CollectInput): Collected {
  const { rowOf, time, dropped, block } = rows(input);
  const length = time.length;
  const columns = new Map<string, Float64Array>();
  for (const t of targets(input)) {
    const { table } = input;
    const direct = block === null ? null : (reused(t, table, block) ?? scaled(t, table, block));
    columns.set(t.name, direct ?? computed(t, table.columns, rowOf, length));
  }
  let empty: Float64Array | null = null;
  return {
    length,
    droppedBackwards: dropped,
    time,
    column: (name) => columns.get(name) ?? (empty ??= new Float64Array(length).fill(Number.NaN)),
  };
}
