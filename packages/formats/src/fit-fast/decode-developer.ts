// Developer fields of record messages: resolved against the registered field descriptions (cached per
// definition until a description changes), numbers into per-key columns, the rest kept sparsely.
import { baseTypeSize, type BaseTypeId } from './base-types';
import type { CompiledDefinition } from './definition';
import type { DeveloperRegistry } from './developer';
import type { RecordTable } from './record-table';
import { readDeveloperValue, readNumber } from './values';

interface DeveloperOp {
  readonly key: number;
  readonly at: number;
  readonly size: number;
  readonly baseType: BaseTypeId;
  /** One value of the base type: read straight into the column. */
  readonly scalar: boolean;
}

interface Resolved {
  readonly version: number;
  readonly ops: readonly DeveloperOp[];
}

const cache = new WeakMap<CompiledDefinition, Resolved>();

function resolve(def: CompiledDefinition, developers: DeveloperRegistry): readonly DeveloperOp[] {
  const hit = cache.get(def);
  if (hit !== undefined && hit.version === developers.version) return hit.ops;
  const ops: DeveloperOp[] = [];
  for (const field of def.developerFields) {
    const info = developers.lookup(field.index, field.fieldNumber);
    if (info === null || field.size === 0) continue;
    const scalar = field.size === baseTypeSize(info.baseType);
    ops.push({ key: info.key, at: field.at, size: field.size, baseType: info.baseType, scalar });
  }
  cache.set(def, { version: developers.version, ops });
  return ops;
}

export function decodeDeveloperFields(
  state: {
    readonly bytes: Uint8Array;
    readonly view: DataView;
    readonly developers: DeveloperRegistry;
    readonly record: { readonly table: RecordTable };
  },
  def: CompiledDefinition,
  start: number,
  row: number,
): void {
  const table = state.record.table;
  for (const op of resolve(def, state.developers)) {
    const at = start + op.at;
    if (op.scalar && op.baseType !== 0x07) {
      const value = readNumber(state.view, at, op.baseType, def.littleEndian);
      if (!Number.isNaN(value)) table.developerColumn(op.key)[row] = value;
      continue;
    }
    const value = readDeveloperValue(
      state.bytes,
      state.view,
      { at, size: op.size, baseType: op.baseType },
      def.littleEndian,
    );
    if (value === null) continue;
    if (typeof value === 'number') table.developerColumn(op.key)[row] = value;
    else table.sparse.push({ row: row, key: op.key, value });
  }
}
