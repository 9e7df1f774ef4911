// Definition messages, compiled once into readers: for each field Upright maps, its byte offset inside
// the data message, its base type and what to do with it. Fields Upright does not map cost nothing but
// their size.
import {
  BaseType,
  BASE_TYPE_MASK,
  baseTypeInvalid,
  baseTypeSize,
  isKnownBaseType,
  readerFor,
  type BaseTypeId,
} from './base-types';
import type { FieldSpec, ObjectMessageKey } from './profile';
import { MesgNum, OBJECT_MESSAGES } from './profile';
import type { CompiledRecordReader } from './compile-record';
import { packOps, type PackedOps } from './decode-record';
import type { HrField } from './hr';
import { RECORD_OPS, type RecordOp } from './record-ops';

export interface ObjectOp {
  readonly spec: FieldSpec;
  readonly at: number;
  readonly size: number;
  readonly baseType: BaseTypeId;
}

export interface DeveloperFieldDef {
  readonly fieldNumber: number;
  readonly size: number;
  readonly index: number;
  readonly at: number;
}

export interface CompiledDefinition {
  readonly globalNum: number;
  readonly littleEndian: boolean;
  /** Bytes of one data message after its header byte (native plus developer fields). */
  readonly dataSize: number;
  /** Offset of a 4-byte timestamp (field 253), or -1. */
  readonly timestampAt: number;
  readonly objectKey: ObjectMessageKey | null;
  readonly recordOps: readonly RecordOp[];
  readonly objectOps: readonly ObjectOp[];
  readonly developerFields: readonly DeveloperFieldDef[];
  /** Fields of an hr message (global 132) that the heart-rate merge reads. */
  readonly hrFields: readonly HrField[];
  /** Record developer fields resolved against the field descriptions, redone when they change. */
  readonly developerCache: DeveloperCache;
}

export interface DeveloperCache {
  version: number;
  /** Native ops followed by one plain op per single-number developer field (slot = its column). */
  ops: PackedOps;
  /** The same ops compiled to a function, or null (interpreter). */
  compiled: CompiledRecordReader | null;
  /** Developer fields holding arrays or strings. */
  others: {
    readonly key: number;
    readonly at: number;
    readonly size: number;
    readonly baseType: BaseTypeId;
  }[];
}

export type DefinitionParse =
  | { readonly ok: true; readonly definition: CompiledDefinition; readonly next: number }
  | { readonly ok: false; readonly reason: 'truncated' | 'bad-base-type' };

interface RawField {
  readonly num: number;
  readonly size: number;
  readonly baseType: BaseTypeId;
  readonly at: number;
}

/** Parses the definition message whose header byte is at `pos`; the caller checked the header bit. */
export function parseDefinition(bytes: Uint8Array, pos: number, end: number): DefinitionParse {
  if (pos + 6 > end) return { ok: false, reason: 'truncated' };
  const hasDeveloperFields = ((bytes[pos] ?? 0) & 0x20) !== 0;
  const littleEndian = bytes[pos + 2] === 0;
  const b0 = bytes[pos + 3] ?? 0;
  const b1 = bytes[pos + 4] ?? 0;
  const globalNum = littleEndian ? b0 | (b1 << 8) : (b0 << 8) | b1;
  const numFields = bytes[pos + 5] ?? 0;
  let p = pos + 6;
  if (p + numFields * 3 > end) return { ok: false, reason: 'truncated' };
  const fields: RawField[] = [];
  let at = 0;
  for (let i = 0; i < numFields; i++, p += 3) {
    const baseType = (bytes[p + 2] ?? 0) & BASE_TYPE_MASK;
    if (!isKnownBaseType(baseType)) return { ok: false, reason: 'bad-base-type' };
    const size = bytes[p + 1] ?? 0;
    fields.push({ num: bytes[p] ?? 0, size, baseType, at });
    at += size;
  }
  const developerFields: DeveloperFieldDef[] = [];
  if (hasDeveloperFields) {
    if (p + 1 > end) return { ok: false, reason: 'truncated' };
    const count = bytes[p++] ?? 0;
    if (p + count * 3 > end) return { ok: false, reason: 'truncated' };
    for (let i = 0; i < count; i++, p += 3) {
      const size = bytes[p + 1] ?? 0;
      developerFields.push({ fieldNumber: bytes[p] ?? 0, size, index: bytes[p + 2] ?? 0, at });
      at += size;
    }
  }
  const definition = compile({ globalNum, littleEndian, dataSize: at }, fields, developerFields);
  return { ok: true, definition, next: p };
}

function compile(
  head: { readonly globalNum: number; readonly littleEndian: boolean; readonly dataSize: number },
  fields: readonly RawField[],
  developerFields: readonly DeveloperFieldDef[],
): CompiledDefinition {
  const { globalNum, littleEndian, dataSize } = head;
  const stamp = fields.find((f) => f.num === 253 && f.size === 4 && f.baseType !== BaseType.string);
  const objectMessage = OBJECT_MESSAGES.get(globalNum);
  const isRecord = globalNum === MesgNum.record;
  return {
    globalNum,
    littleEndian,
    dataSize,
    timestampAt: stamp === undefined ? -1 : stamp.at,
    objectKey: objectMessage?.key ?? null,
    recordOps: isRecord ? compileRecordOps(fields, littleEndian) : [],
    objectOps: objectMessage === undefined ? [] : compileObjectOps(fields, objectMessage.fields),
    developerFields: isRecord || objectMessage !== undefined ? developerFields : [],
    hrFields: globalNum === MesgNum.hr ? compileHrFields(fields) : [],
    developerCache: { version: -1, ops: packOps([]), compiled: null, others: [] },
  };
}

function compileRecordOps(fields: readonly RawField[], littleEndian: boolean): RecordOp[] {
  const ops: RecordOp[] = [];
  for (const field of fields) {
    const template = RECORD_OPS.get(field.num);
    if (template === undefined || field.baseType === BaseType.string) continue;
    if (field.size !== template.size(field.baseType)) continue;
    const { baseType } = field;
    ops.push({
      ...template,
      at: field.at,
      baseType,
      reader: readerFor(baseType, littleEndian),
      invalid: baseTypeInvalid(baseType),
    });
  }
  return ops;
}

const HR_FIELDS: ReadonlySet<number> = new Set([253, 0, 1, 6, 9, 10]);
const HR_ARRAYS: ReadonlySet<number> = new Set([6, 9, 10]);

function compileHrFields(fields: readonly RawField[]): HrField[] {
  return fields.filter((f) => {
    if (!HR_FIELDS.has(f.num) || f.size === 0 || f.baseType === BaseType.string) return false;
    const step = baseTypeSize(f.baseType);
    return HR_ARRAYS.has(f.num) ? f.size % step === 0 : f.size === step;
  });
}

function compileObjectOps(fields: readonly RawField[], specs: ReadonlyMap<number, FieldSpec>): ObjectOp[] {
  const ops: ObjectOp[] = [];
  for (const field of fields) {
    const spec = specs.get(field.num);
    if (spec === undefined || field.size === 0) continue;
    const isText = spec.kind === 'string' || spec.kind === 'bytes';
    if (!isText && field.size !== baseTypeSize(field.baseType)) continue;
    if (spec.kind === 'string' && field.baseType !== BaseType.string) continue;
    if (!isText && field.baseType === BaseType.string) continue;
    ops.push({ spec, at: field.at, size: field.size, baseType: field.baseType });
  }
  return ops;
}
