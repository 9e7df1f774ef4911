/**
 * A small FIT writer: enough of the FIT protocol (header, definition and data messages, CRC) to write
 * activity files with fixed layouts. Written from the public FIT protocol description; fast enough to
 * generate a thousand-run history for benchmarks in seconds.
 */

export const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);

export type BaseType = 'enum' | 'uint8' | 'uint16' | 'uint32' | 'sint32' | 'uint32z';

const BASE: Readonly<Record<BaseType, { code: number; size: number; invalid: number }>> = {
  enum: { code: 0x00, size: 1, invalid: 0xff },
  uint8: { code: 0x02, size: 1, invalid: 0xff },
  uint16: { code: 0x84, size: 2, invalid: 0xffff },
  uint32: { code: 0x86, size: 4, invalid: 0xffffffff },
  sint32: { code: 0x85, size: 4, invalid: 0x7fffffff },
  uint32z: { code: 0x8c, size: 4, invalid: 0 },
};

/** One field of a message layout: FIT field number and base type. */
export interface FieldDef {
  readonly num: number;
  readonly type: BaseType;
}

const CRC_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
];

export function fitCrc16(bytes: Uint8Array, crc = 0): number {
  let c = crc;
  for (const byte of bytes) {
    let tmp = CRC_TABLE[c & 0xf] ?? 0;
    c = (c >> 4) & 0x0fff;
    c = c ^ tmp ^ (CRC_TABLE[byte & 0xf] ?? 0);
    tmp = CRC_TABLE[c & 0xf] ?? 0;
    c = (c >> 4) & 0x0fff;
    c = c ^ tmp ^ (CRC_TABLE[(byte >> 4) & 0xf] ?? 0);
  }
  return c;
}

/** Appends FIT messages to a growing little-endian buffer. */
export class FitWriter {
  private buffer = new Uint8Array(64 * 1024);
  private view = new DataView(this.buffer.buffer);
  private length = 0;
  private readonly layouts = new Map<number, readonly FieldDef[]>();

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
    this.view = new DataView(next.buffer);
  }

  /** Defines local message type `local` as global message `global` with these fields. */
  define(local: number, global: number, fields: readonly FieldDef[]): void {
    this.ensure(6 + fields.length * 3);
    const v = this.view;
    v.setUint8(this.length, 0x40 | local);
    v.setUint8(this.length + 1, 0);
    v.setUint8(this.length + 2, 0);
    v.setUint16(this.length + 3, global, true);
    v.setUint8(this.length + 5, fields.length);
    this.length += 6;
    for (const f of fields) {
      const base = BASE[f.type];
      v.setUint8(this.length, f.num);
      v.setUint8(this.length + 1, base.size);
      v.setUint8(this.length + 2, base.code);
      this.length += 3;
    }
    this.layouts.set(local, fields);
  }

  /** Writes one data message; null or non-finite values are written as the type's invalid value. */
  write(local: number, values: readonly (number | null)[]): void {
    const fields = this.layouts.get(local);
    if (fields === undefined) throw new Error(`local message ${local} is not defined`);
    this.ensure(1 + fields.length * 4);
    this.view.setUint8(this.length++, local);
    fields.forEach((f, i) => {
      const base = BASE[f.type];
      const raw = values[i];
      const value =
        raw === null || raw === undefined || !Number.isFinite(raw) ? base.invalid : Math.round(raw);
      if (base.size === 1) this.view.setUint8(this.length, value & 0xff);
      else if (base.size === 2) this.view.setUint16(this.length, value & 0xffff, true);
      else if (f.type === 'sint32') this.view.setInt32(this.length, value, true);
      else this.view.setUint32(this.length, value >>> 0, true);
      this.length += base.size;
    });
  }

  /** The complete file: 14-byte header with its CRC, the messages, and the file CRC. */
  finish(): Uint8Array {
    const out = new Uint8Array(14 + this.length + 2);
    const v = new DataView(out.buffer);
    v.setUint8(0, 14);
    v.setUint8(1, 0x20);
    v.setUint16(2, 2132, true);
    v.setUint32(4, this.length, true);
    out.set([0x2e, 0x46, 0x49, 0x54], 8);
    v.setUint16(12, fitCrc16(out.subarray(0, 12)), true);
    out.set(this.buffer.subarray(0, this.length), 14);
    v.setUint16(14 + this.length, fitCrc16(out.subarray(0, 14 + this.length)), true);
    return out;
  }
}

/** Seconds since the FIT epoch (1989-12-31T00:00:00Z). */
export function fitTime(ms: number): number {
  return Math.floor((ms - FIT_EPOCH_MS) / 1000);
}
