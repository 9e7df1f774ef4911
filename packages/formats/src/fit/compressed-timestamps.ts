import { fitCrc, fitHeaderAt } from './framing';

/**
 * Rewrites compressed-timestamp data messages as ordinary ones carrying a timestamp field (253), so a
 * decoder without compressed-header support (the official JavaScript SDK throws on them) reads every
 * record. Returns null when the file has no compressed-timestamp messages or its framing is unreadable.
 * Per the FIT protocol, a compressed message's time is the last full timestamp plus the 5-bit offset,
 * rolling over every 32 s.
 */
export function fitExpandCompressedTimestamps(bytes: Uint8Array): Uint8Array | null {
  const header = fitHeaderAt(bytes, 0);
  if (header === null) return null;
  const dataStart = header.headerSize;
  const dataEnd = Math.min(bytes.length, dataStart + header.dataSize);
  const body = rewriteRecords(bytes, dataStart, dataEnd);
  if (body === null) return null;
  const out = new Uint8Array(header.headerSize + body.length + 2);
  out.set(bytes.subarray(0, header.headerSize), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, body.length, true);
  if (header.headerSize === 14) view.setUint16(12, fitCrc(out, 0, 12), true);
  out.set(body, header.headerSize);
  view.setUint16(out.length - 2, fitCrc(out, 0, out.length - 2), true);
  return out;
}

interface Definition {
  /** The definition record as written in the file (header byte included). */
  readonly raw: Uint8Array;
  readonly littleEndian: boolean;
  readonly dataSize: number;
  /** Byte offset of field 253 within the data, or -1. */
  readonly timestampOffset: number;
}

function readDefinition(
  bytes: Uint8Array,
  at: number,
  end: number,
): { def: Definition; next: number } | null {
  if (at + 6 > end) return null;
  const header = bytes[at] ?? 0;
  const littleEndian = bytes[at + 2] === 0;
  const numFields = bytes[at + 5] ?? 0;
  let p = at + 6;
  let size = 0;
  let timestampOffset = -1;
  for (let i = 0; i < numFields; i++, p += 3) {
    if (p + 3 > end) return null;
    if (bytes[p] === 253 && bytes[p + 1] === 4) timestampOffset = size;
    size += bytes[p + 1] ?? 0;
  }
  if (header & 0x20) {
    const numDev = bytes[p] ?? 0;
    p++;
    for (let i = 0; i < numDev; i++, p += 3) size += bytes[p + 1] ?? 0;
  }
  if (p > end) return null;
  return { def: { raw: bytes.slice(at, p), littleEndian, dataSize: size, timestampOffset }, next: p };
}

/** The same definition with a uint32 timestamp field appended after the native fields. */
function withTimestamp(def: Definition): Uint8Array {
  const raw = def.raw;
  const numFields = raw[5] ?? 0;
  const nativeEnd = 6 + numFields * 3;
  const out = new Uint8Array(raw.length + 3);
  out.set(raw.subarray(0, nativeEnd), 0);
  out[5] = numFields + 1;
  out.set([253, 4, 0x86], nativeEnd);
  out.set(raw.subarray(nativeEnd), nativeEnd + 3);
  return out;
}

class Chunks {
  readonly parts: Uint8Array[] = [];
  length = 0;
  push(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
  }
  join(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

function rewriteRecords(bytes: Uint8Array, start: number, end: number): Uint8Array | null {
  const defs: (Definition | undefined)[] = [];
  const emitted: ('plain' | 'stamped' | undefined)[] = [];
  const out = new Chunks();
  let lastTs = 0;
  let sawCompressed = false;
  let p = start;
  while (p < end) {
    const h = bytes[p] ?? 0;
    if (h & 0x80) {
      const local = (h >> 5) & 0x03;
      const def = defs[local];
      if (def === undefined || p + 1 + def.dataSize > end) break;
      sawCompressed = true;
      const offset = h & 0x1f;
      lastTs = (lastTs + ((offset - (lastTs & 0x1f)) & 0x1f)) >>> 0;
      if (emitted[local] !== 'stamped') {
        const stamped = withTimestamp(def);
        out.push(stamped);
        emitted[local] = 'stamped';
      }
      const data = new Uint8Array(1 + def.dataSize + 4);
      data[0] = local;
      data.set(bytes.subarray(p + 1, p + 1 + def.dataSize), 1);
      new DataView(data.buffer).setUint32(1 + def.dataSize, lastTs, def.littleEndian);
      out.push(data);
      p += 1 + def.dataSize;
    } else if (h & 0x40) {
      const read = readDefinition(bytes, p, end);
      if (read === null) break;
      defs[h & 0x0f] = read.def;
      emitted[h & 0x0f] = 'plain';
      out.push(read.def.raw);
      p = read.next;
    } else {
      const local = h & 0x0f;
      const def = defs[local];
      if (def === undefined || p + 1 + def.dataSize > end) break;
      if (emitted[local] !== 'plain') {
        out.push(def.raw);
        emitted[local] = 'plain';
      }
      if (def.timestampOffset >= 0) {
        const view = new DataView(bytes.buffer, bytes.byteOffset + p + 1 + def.timestampOffset, 4);
        lastTs = view.getUint32(0, def.littleEndian);
      }
      out.push(bytes.subarray(p, p + 1 + def.dataSize));
      p += 1 + def.dataSize;
    }
  }
  return sawCompressed ? out.join() : null;
}
