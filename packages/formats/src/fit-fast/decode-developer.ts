// Developer fields of record messages, resolved against the registered field descriptions once per
// definition (again only when a description changes): single numbers become plain ops into their own
// column, so the hot loop treats them like native fields; arrays and strings are kept sparsely.
import { baseTypeInvalid, baseTypeSize, BaseType, readerFor } from './base-types';
import type { CompiledDefinition, DeveloperCache } from './definition';
import type { DeveloperRegistry } from './developer';
import { compileRecordReader } from './compile-record';
import { packOps } from './decode-record';
import { OpKind, type RecordOp } from './record-ops';
import { DEVELOPER_SLOT_BASE, Slot, type RecordTable } from './record-table';
import { readDeveloperValue } from './values';

function slotsWritten(op: RecordOp): number[] {
  if (op.kind === OpKind.compressedSpeedDistance) return [Slot.speed, Slot.enhancedSpeed, Slot.distance];
  return op.slot2 >= 0 ? [op.slot, op.slot2] : [op.slot];
}

/** Bounds the memory a hostile file can claim through developer columns. */
const MAX_DEVELOPER_COLUMNS = 512;

/** The definition's record ops including its developer fields, current with the registry. */
export function recordOpsWithDevelopers(
  def: CompiledDefinition,
  developers: DeveloperRegistry,
  table: RecordTable,
): DeveloperCache {
  const cache = def.developerCache;
  if (cache.version === developers.version) return cache;
  const ops: RecordOp[] = [...def.recordOps];
  const others: DeveloperCache['others'] = [];
  for (const field of def.developerFields) {
    const info = developers.lookup(field.index, field.fieldNumber);
    if (info === null || field.size === 0) continue;
    const { baseType, key } = info;
    if (key >= MAX_DEVELOPER_COLUMNS) continue;
    if (field.size === baseTypeSize(baseType) && baseType !== BaseType.string) {
      const slot = DEVELOPER_SLOT_BASE + key;
      const reader = readerFor(baseType, def.littleEndian);
      const invalid = baseTypeInvalid(baseType);
      ops.push({
        kind: OpKind.plain,
        slot,
        slot2: -1,
        scale: 1,
        offset: 0,
        at: field.at,
        baseType,
        reader,
        invalid,
      });
    } else {
      others.push({ key, at: field.at, size: field.size, baseType });
    }
  }
  // Compressed-header times and compressed speed/distance write slots no field of theirs names.
  for (const slot of [Slot.timestampMs, ...ops.flatMap(slotsWritten)]) table.ensure(slot);
  for (const op of ops)
    if (op.baseType === BaseType.float32 || op.baseType === BaseType.float64) table.floatSlots.add(op.slot);
  cache.version = developers.version;
  cache.ops = packOps(ops);
  cache.compiled = compileRecordReader(ops);
  cache.others = others;
  return cache;
}

/** Reads the array and string developer fields of the record at `start` into the sparse list. */
export function decodeDeveloperOthers(
  input: { readonly bytes: Uint8Array; readonly view: DataView; readonly littleEndian: boolean },
  others: DeveloperCache['others'],
  start: number,
  table: RecordTable,
): void {
  const row = table.count - 1;
  for (const field of others) {
    const at = start + field.at;
    const value = readDeveloperValue(input.bytes, input.view, { ...field, at }, input.littleEndian);
    if (value === null) continue;
    if (typeof value === 'number') continue;
    table.sparse.push({ row, key: field.key, value });
  }
}
