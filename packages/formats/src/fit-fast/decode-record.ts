// The record hot loop: one compiled definition, one message, values straight into the columns.
import { readBaseValue, isInvalidValue } from './base-types';
import type { CompiledDefinition } from './definition';
import { OpKind } from './record-ops';
import { Slot, type RecordTable } from './record-table';
import { FIT_EPOCH_S } from './values';

/** Running state of the accumulated distance (compressed_speed_distance), in 1/16 m. */
export interface DistanceAccumulator {
  started: boolean;
  total: number;
  last: number;
}

const MASK_12 = 0xfff;

/** Mutable context reused for every record, so the hot loop allocates nothing per message. */
export interface RecordContext {
  readonly table: RecordTable;
  readonly distance: DistanceAccumulator;
  /** First byte after the message's header byte. */
  pos: number;
  /** The compressed-header time in FIT seconds, or NaN. */
  timestampS: number;
}

/** Decodes one record message into a new row of the table and returns the row index. */
export function decodeRecordRow(view: DataView, def: CompiledDefinition, state: RecordContext): number {
  const { table, pos } = state;
  const row = table.addRow();
  const columns = table.columns;
  const le = def.littleEndian;
  const ops = def.recordOps;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === OpKind.compressedSpeedDistance) {
      writeCompressedSpeedDistance(view, pos + op.at, row, state);
      continue;
    }
    const raw = readBaseValue(view, pos + op.at, op.baseType, le);
    if (isInvalidValue(raw, op.baseType)) continue;
    const column = columns[op.slot]!;
    switch (op.kind) {
      case OpKind.plain:
        column[row] = raw / op.scale - op.offset;
        break;
      case OpKind.expand: {
        const value = raw / op.scale - op.offset;
        column[row] = value;
        columns[op.slot2]![row] = value;
        break;
      }
      case OpKind.enhanced:
        if (Number.isNaN(column[row]!)) column[row] = raw / op.scale - op.offset;
        break;
      case OpKind.time:
        column[row] = (raw + FIT_EPOCH_S) * 1000;
        break;
      case OpKind.distance:
        column[row] = raw / op.scale;
        state.distance.started = true;
        state.distance.total = raw;
        state.distance.last = raw;
        break;
    }
  }
  if (!Number.isNaN(state.timestampS))
    columns[Slot.timestampMs]![row] = (state.timestampS + FIT_EPOCH_S) * 1000;
  return row;
}

function writeCompressedSpeedDistance(view: DataView, at: number, row: number, state: RecordContext): void {
  const columns = state.table.columns;
  const acc = state.distance;
  const b0 = view.getUint8(at);
  const b1 = view.getUint8(at + 1);
  const b2 = view.getUint8(at + 2);
  if (b0 === 0xff && b1 === 0xff && b2 === 0xff) return;
  const speedBits = b0 | ((b1 & 0x0f) << 8);
  const speed = speedBits / 100;
  columns[Slot.speed]![row] = speed;
  // The SDK expands speed again into enhanced_speed through its 16-bit raw form (speed * 1000).
  columns[Slot.enhancedSpeed]![row] = ((speed * 1000) & 0xffff) / 1000;
  const distanceBits = (b1 >> 4) | (b2 << 4);
  if (!acc.started) {
    acc.started = true;
    acc.total = distanceBits;
    acc.last = distanceBits;
  }
  acc.total += (distanceBits - acc.last) & MASK_12;
  acc.last = distanceBits;
  columns[Slot.distance]![row] = acc.total / 16;
}
