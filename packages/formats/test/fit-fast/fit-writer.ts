// A small FIT encoder for tests: writes exactly the bytes a test asks for (either byte order, 12- or
// 14-byte headers, compressed-timestamp headers, developer fields, chained files, wrong CRCs), so the
// decoder's features are tested on a fresh clone without any real file.
import { fitCrc } from '../../src/fit-fast/crc';

/** FIT base type ids (low 5 bits; the writer sets the endian-ability bit for multi-byte types). */
export const T = {
  enum: 0x00,
  sint8: 0x01,
  uint8: 0x02,
  sint16: 0x03,
  uint16: 0x04,
  sint32: 0x05,
  uint32: 0x06,
  string: 0x07,
  float32: 0x08,
  float64: 0x09,
  uint8z: 0x0a,
  uint16z: 0x0b,
  uint32z: 0x0c,
  byte: 0x0d,
  sint64: 0x0e,
  uint64: 0x0f,
  uint64z: 0x10,
} as const;

const SIZE: Record<number, number> = {
  0: 1,
  1: 1,
  2: 1,
  3: 2,
  4: 2,
  5: 4,
  6: 4,
  7: 1,
  8: 4,
  9: 8,
  10: 1,
  11: 2,
  12: 4,
  13: 1,
  14: 8,
  15: 8,
  16: 8,
};
const INVALID: Record<number, number> = {
  0: 0xff,
  1: 0x7f,
  2: 0xff,
  3: 0x7fff,
  4: 0xffff,
  5: 0x7fffffff,
  6: 0xffffffff,
  7: 0,
  10: 0,
  11: 0,
  12: 0,
  13: 0xff,
};

/** A field value: a number, an array, a string, or null for the base type's invalid value. */
export type Value = number | readonly number[] | string | null;

export interface Field {
  readonly num: number;
  readonly type: number;
  readonly value: Value;
  /** Bytes; defaults to the value's natural size. */
  readonly size?: number;
}

export interface DevField {
  readonly num: number;
  readonly index: number;
  readonly type: number;
  readonly value: Value;
  readonly size?: number;
}

export interface MessageOptions {
  readonly local?: number;
  readonly littleEndian?: boolean;
  readonly dev?: readonly DevField[];
  /** Write a compressed-timestamp header with this 5-bit time offset instead of a normal header. */
  readonly timeOffset?: number;
}

function naturalSize(type: number, value: Value): number {
  if (typeof value === 'string') return new TextEncoder().encode(value).length + 1;
  if (Array.isArray(value)) return value.length * (SIZE[type] ?? 1);
  return SIZE[type] ?? 1;
}

function writeNumber(
  target: { readonly view: DataView; readonly le: boolean },
  at: number,
  type: number,
  value: number,
): void {
  const { view, le } = target;
  switch (type) {
    case T.sint8:
      return view.setInt8(at, value);
    case T.sint16:
      return view.setInt16(at, value, le);
    case T.uint16:
    case T.uint16z:
      return view.setUint16(at, value, le);
    case T.sint32:
      return view.setInt32(at, value, le);
    case T.uint32:
    case T.uint32z:
      return view.setUint32(at, value, le);
    case T.float32:
      return view.setFloat32(at, value, le);
    case T.float64:
      return view.setFloat64(at, value, le);
    case T.sint64:
      return view.setBigInt64(at, BigInt(value), le);
    case T.uint64:
    case T.uint64z:
      return view.setBigUint64(at, BigInt(value), le);
    default:
      return view.setUint8(at, value);
  }
}

function encodeValue(type: number, value: Value, size: number, le: boolean): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  if (typeof value === 'string') {
    out.set(new TextEncoder().encode(value).subarray(0, size));
    return out;
  }
  const step = SIZE[type] ?? 1;
  const values: readonly (number | null)[] =
    value === null
      ? new Array<number | null>(size / step).fill(null)
      : typeof value === 'number'
        ? [value]
        : value;
  const target = { view, le };
  values.forEach((v, i) => {
    if (v === null) {
      if (type === T.float32) view.setUint32(i * step, 0xffffffff);
      else if (type === T.float64) view.setFloat64(i * step, Number.NaN);
      else writeNumber(target, i * step, type, INVALID[type] ?? 0xff);
    } else writeNumber(target, i * step, type, v);
  });
  return out;
}

/** Builds one FIT file message by message; a definition is written whenever a local layout changes. */
export class FitWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly layouts = new Map<number, string>();

  constructor(private readonly headerSize: 12 | 14 = 14) {}

  /** Writes a data message (and its definition when needed). */
  message(globalNum: number, fields: readonly Field[], options: MessageOptions = {}): this {
    const local = options.local ?? 0;
    const le = options.littleEndian ?? true;
    const dev = options.dev ?? [];
    const sizes = fields.map((f) => f.size ?? naturalSize(f.type, f.value));
    const devSizes = dev.map((f) => f.size ?? naturalSize(f.type, f.value));
    const layout = JSON.stringify([
      globalNum,
      le,
      fields.map((f, i) => [f.num, f.type, sizes[i]]),
      dev.map((f, i) => [f.num, f.index, devSizes[i]]),
    ]);
    if (this.layouts.get(local) !== layout) {
      this.layouts.set(local, layout);
      this.definition({
        local,
        globalNum,
        le,
        fields: fields.map((f, i) => ({ num: f.num, type: f.type, size: sizes[i] ?? 1 })),
        dev: dev.map((f, i) => ({ num: f.num, index: f.index, size: devSizes[i] ?? 1 })),
      });
    }
    const header =
      options.timeOffset === undefined
        ? local & 0x0f
        : 0x80 | ((local & 0x3) << 5) | (options.timeOffset & 0x1f);
    this.chunks.push(new Uint8Array([header]));
    fields.forEach((f, i) => this.chunks.push(encodeValue(f.type, f.value, sizes[i] ?? 1, le)));
    dev.forEach((f, i) => this.chunks.push(encodeValue(f.type, f.value, devSizes[i] ?? 1, le)));
    return this;
  }

  /** Writes a definition message as given (for tests that need odd definitions). */
  definition(def: {
    readonly local: number;
    readonly globalNum: number;
    readonly le: boolean;
    readonly fields: readonly { num: number; type: number; size: number }[];
    readonly dev?: readonly { num: number; index: number; size: number }[];
  }): this {
    const dev = def.dev ?? [];
    const bytes = [0x40 | (dev.length > 0 ? 0x20 : 0) | (def.local & 0x0f), 0, def.le ? 0 : 1];
    bytes.push(
      ...(def.le ? [def.globalNum & 0xff, def.globalNum >> 8] : [def.globalNum >> 8, def.globalNum & 0xff]),
    );
    bytes.push(def.fields.length);
    for (const f of def.fields) bytes.push(f.num, f.size, (SIZE[f.type] ?? 1) > 1 ? 0x80 | f.type : f.type);
    if (dev.length > 0) {
      bytes.push(dev.length);
      for (const f of dev) bytes.push(f.num, f.size, f.index);
    }
    this.chunks.push(new Uint8Array(bytes));
    return this;
  }

  /** Appends raw bytes to the data section. */
  raw(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    return this;
  }

  /** The finished file: header, data and file CRC. */
  bytes(options: { readonly badHeaderCrc?: boolean; readonly badFileCrc?: boolean } = {}): Uint8Array {
    const dataSize = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(this.headerSize + dataSize + 2);
    const view = new DataView(out.buffer);
    out[0] = this.headerSize;
    out[1] = 0x20;
    view.setUint16(2, 21217, true);
    view.setUint32(4, dataSize, true);
    out.set([0x2e, 0x46, 0x49, 0x54], 8);
    if (this.headerSize === 14)
      view.setUint16(12, fitCrc(out, 0, 12) ^ (options.badHeaderCrc ? 0x5a5a : 0), true);
    let at = this.headerSize;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    view.setUint16(at, fitCrc(out, 0, at) ^ (options.badFileCrc ? 0x1234 : 0), true);
    return out;
  }
}

/** Several FIT files back to back (a chained FIT file). */
export function fitChain(...files: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(files.reduce((n, f) => n + f.length, 0));
  let at = 0;
  for (const f of files) {
    out.set(f, at);
    at += f.length;
  }
  return out;
}
