// The record hot loop: one compiled definition, one message, values straight into the columns. The ops
// are packed into typed arrays and read in one function, so the loop allocates nothing and every value
// stays an unboxed double; integers are assembled from bytes, floats and 64-bit values use DataView.
import { Reader, readBaseValue, type BaseTypeId, type ReaderId } from './base-types';
import type { CompiledRecordReader, CompiledState } from './compile-record';
import { OpKind, type RecordOp } from './record-ops';
import { Slot, type RecordTable } from './record-table';
import { FIT_EPOCH_S } from './values';

/** Running state of the accumulated distance (compressed_speed_distance). */
export interface DistanceAccumulator {
  started: boolean;
  total: number;
  last: number;
}

/** Mutable context reused for every record, so the hot loop allocates nothing per message. */
export interface RecordContext {
  readonly table: RecordTable;
  readonly distance: DistanceAccumulator;
  /** The state compiled readers write to (same columns and accumulator). */
  readonly compiled: CompiledState;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** First byte after the message's header byte. */
  pos: number;
  /** The compressed-header time in FIT seconds, or NaN. */
  timestampS: number;
}

/** Record ops as parallel typed arrays (structure of arrays). */
export interface PackedOps {
  readonly count: number;
  readonly kind: Int32Array;
  readonly at: Int32Array;
  readonly reader: Int32Array;
  readonly baseType: Int32Array;
  readonly slot: Int32Array;
  readonly slot2: Int32Array;
  readonly scale: Float64Array;
  readonly offset: Float64Array;
  readonly invalid: Float64Array;
}

export function packOps(ops: readonly RecordOp[]): PackedOps {
  const n = ops.length;
  const packed = {
    count: n,
    kind: new Int32Array(n),
    at: new Int32Array(n),
    reader: new Int32Array(n),
    baseType: new Int32Array(n),
    slot: new Int32Array(n),
    slot2: new Int32Array(n),
    scale: new Float64Array(n),
    offset: new Float64Array(n),
    invalid: new Float64Array(n),
  };
  ops.forEach((op, i) => {
    packed.kind[i] = op.kind;
    packed.at[i] = op.at;
    packed.reader[i] = op.reader;
    packed.baseType[i] = op.baseType;
    packed.slot[i] = op.slot;
    packed.slot2[i] = op.slot2;
    packed.scale[i] = op.scale;
    packed.offset[i] = op.offset;
    packed.invalid[i] = op.invalid;
  });
  return packed;
}

const MASK_12 = 0xfff;

/** Decodes one record message into a new row, through the compiled reader when there is one. */
export function decodeRecord(
  resolved: { readonly ops: PackedOps; readonly compiled: CompiledRecordReader | null },
  ctx: RecordContext,
): void {
  if (resolved.compiled === null) {
    decodeRecordRow(resolved.ops, ctx);
    return;
  }
  const row = ctx.table.addRow();
  resolved.compiled(ctx.pos, row, ctx.compiled);
  const stamp = ctx.timestampS;
  if (stamp === stamp) ctx.table.columns[Slot.timestampMs]![row] = (stamp + FIT_EPOCH_S) * 1000;
}

/** The raw value of op `i` at `p` (integers from bytes, floats and 64-bit through DataView). */
function readOp(ctx: RecordContext, ops: PackedOps, i: number, p: number): number {
  const b = ctx.bytes;
  switch (ops.reader[i]! as ReaderId) {
    case Reader.u8:
      return b[p]!;
    case Reader.i8:
      return (b[p]! << 24) >> 24;
    case Reader.u16le:
      return b[p]! | (b[p + 1]! << 8);
    case Reader.u16be:
      return (b[p]! << 8) | b[p + 1]!;
    case Reader.i16le:
      return ((b[p]! | (b[p + 1]! << 8)) << 16) >> 16;
    case Reader.i16be:
      return (((b[p]! << 8) | b[p + 1]!) << 16) >> 16;
    case Reader.u32le:
      return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
    case Reader.u32be:
      return ((b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0;
    case Reader.i32le:
      return b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
    case Reader.i32be:
      return (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!;
    case Reader.otherLe:
    case Reader.otherBe:
      return readOther(ctx.view, p, ops.baseType[i]! as BaseTypeId, ops.reader[i] === Reader.otherLe);
  }
}

/**
 * Decodes one record message into a new row of the table with the op interpreter (used where code
 * generation is unavailable) and returns the row.
 */
export function decodeRecordRow(ops: PackedOps, ctx: RecordContext): number {
  const row = ctx.table.addRow();
  const columns = ctx.table.columns;
  const { kind, at, slot, scale, offset, invalid } = ops;
  for (let i = 0; i < ops.count; i++) {
    const p = ctx.pos + at[i]!;
    const k = kind[i]!;
    if (k === OpKind.compressedSpeedDistance) {
      writeCompressedSpeedDistance(ctx, p, row);
      continue;
    }
    const raw = readOp(ctx, ops, i, p);
    if (raw === invalid[i] || raw !== raw) continue;
    const column = columns[slot[i]!]!;
    if (k === OpKind.plain) {
      column[row] = raw / scale[i]! - offset[i]!;
    } else if (k === OpKind.expand) {
      const value = raw / scale[i]! - offset[i]!;
      column[row] = value;
      columns[ops.slot2[i]!]![row] = value;
    } else if (k === OpKind.enhanced) {
      if (column[row] !== column[row]) column[row] = raw / scale[i]! - offset[i]!;
    } else if (k === OpKind.time) {
      column[row] = (raw + FIT_EPOCH_S) * 1000;
    } else {
      column[row] = raw / scale[i]!;
      ctx.distance.started = true;
      ctx.distance.total = raw;
      ctx.distance.last = raw;
    }
  }
  const stamp = ctx.timestampS;
  if (stamp === stamp) columns[Slot.timestampMs]![row] = (stamp + FIT_EPOCH_S) * 1000;
  return row;
}

function readOther(view: DataView, p: number, baseType: BaseTypeId, littleEndian: boolean): number {
  return readBaseValue(view, p, baseType, littleEndian);
}

export function writeCompressedSpeedDistance(ctx: RecordContext, at: number, row: number): void {
  const b = ctx.bytes;
  const columns = ctx.table.columns;
  const acc = ctx.distance;
  const b0 = b[at] ?? 0xff;
  const b1 = b[at + 1] ?? 0xff;
  const b2 = b[at + 2] ?? 0xff;
  if (b0 === 0xff && b1 === 0xff && b2 === 0xff) return;
  const speed = (b0 | ((b1 & 0x0f) << 8)) / 100;
  const speedColumn = columns[Slot.speed];
  const enhancedColumn = columns[Slot.enhancedSpeed];
  const distanceColumn = columns[Slot.distance];
  if (speedColumn === undefined || enhancedColumn === undefined || distanceColumn === undefined) return;
  speedColumn[row] = speed;
  // The SDK expands speed again into enhanced_speed through its 16-bit raw form (speed * 1000).
  enhancedColumn[row] = ((speed * 1000) & 0xffff) / 1000;
  const distanceBits = (b1 >> 4) | (b2 << 4);
  if (!acc.started) {
    acc.started = true;
    acc.total = distanceBits;
    acc.last = distanceBits;
  }
  acc.total += (distanceBits - acc.last) & MASK_12;
  acc.last = distanceBits;
  distanceColumn[row] = acc.total / 16;
}
