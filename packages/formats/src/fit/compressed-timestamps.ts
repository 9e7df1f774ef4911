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

/** Rewrites one compressed-timestamp message as definition (if needed) + ordinary message. */
function stampCompressed(state: WalkState, at: number, def: Definition, local: number): void {
  const offset = (state.bytes[at] ?? 0) & 0x1f;
  state.lastTs = (state.lastTs + ((offset - (state.lastTs & 0x1f)) & 0x1f)) >>> 0;
  if (state.emitted[local] !== 'stamped') {
    state.out.push(withTimestamp(def));
    state.emitted[local] = 'stamped';
  }
  const data = new Uint8Array(1 + def.dataSize + 4);
  data[0] = local;
  data.set(state.bytes.subarray(at + 1, at + 1 + def.dataSize), 1);
  new DataView(data.buffer).setUint32(1 + def.dataSize, state.lastTs, def.littleEndian);
  state.out.push(data);
}

/** Copies one ordinary message, restoring its original definition first if needed. */
function copyPlain(state: WalkState, at: number, def: Definition, local: number): void {
  if (state.emitted[local] !== 'plain') {
    state.out.push(def.raw);
    state.emitted[local] = 'plain';
  }
  if (def.timestampOffset >= 0) {
    const view = new DataView(state.bytes.buffer, state.bytes.byteOffset + at + 1 + def.timestampOffset, 4);
    state.lastTs = view.getUint32(0, def.littleEndian);
  }
  state.out.push(state.bytes.subarray(at, at + 1 + def.dataSize));
}

interface WalkState {
  readonly bytes: Uint8Array;
  readonly out: Chunks;
  readonly defs: (Definition | undefined)[];
  readonly emitted: ('plain' | 'stamped' | undefined)[];
  lastTs: number;
}

/** True when a compressed-timestamp header appears (a cheap scan that copies nothing). */
function hasCompressed(bytes: Uint8Array, start: number, end: number): boolean {
  const sizes: (number | undefined)[] = [];
  let p = start;
  while (p < end) {
    const h = bytes[p] ?? 0;
    if (h & 0x80) return true;
    if (h & 0x40) {
      const read = readDefinition(bytes, p, end);
      if (read === null) return false;
      sizes[h & 0x0f] = read.def.dataSize;
      p = read.next;
    } else {
      const size = sizes[h & 0x0f];
      if (size === undefined) return false;
      p += 1 + size;
    }
  }
  return false;
}

function rewriteRecords(bytes: Uint8Array, start: number, end: number): Uint8Array | null {
  if (!hasCompressed(bytes, start, end)) return null;
  const state: WalkState = { bytes, out: new Chunks(), defs: [], emitted: [], lastTs: 0 };
  let p = start;
  while (p < end) {
    const h = bytes[p] ?? 0;
    if (h & 0x40 && !(h & 0x80)) {
      const read = readDefinition(bytes, p, end);
      if (read === null) break;
      state.defs[h & 0x0f] = read.def;
      state.emitted[h & 0x0f] = 'plain';
      state.out.push(read.def.raw);
      p = read.next;
      continue;
    }
    const local = h & 0x80 ? (h >> 5) & 0x03 : h & 0x0f;
    const def = state.defs[local];
    if (def === undefined || p + 1 + def.dataSize > end) break;
    if (h & 0x80) stampCompressed(state, p, def, local);
    else copyPlain(state, p, def, local);
    p += 1 + def.dataSize;
  }
  return state.out.join();
}
