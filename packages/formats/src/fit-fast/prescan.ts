// A quick walk over the message headers to count record messages, so the record columns are allocated
// once at their final size (no growth, no over-allocation). Reads only definition sizes; bounded by
// the input length like the decoder itself.
import { MesgNum } from './profile';

/** Record messages in the first FIT file of `bytes` (an estimate when the file is damaged). */
export function countRecordMessages(bytes: Uint8Array): number {
  const headerSize = bytes[0] ?? 0;
  if (bytes.length < headerSize + 8 || (headerSize !== 12 && headerSize !== 14)) return 0;
  const dataSize = (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) >>> 0;
  const end = Math.min(bytes.length, headerSize + dataSize);
  const sizes = new Int32Array(16).fill(-1);
  const isRecord = new Uint8Array(16);
  let count = 0;
  let pos = headerSize;
  while (pos < end) {
    const header = bytes[pos]!;
    if ((header & 0xc0) === 0x40) {
      const next = definitionEnd(bytes, pos, end);
      if (next < 0) break;
      const little = bytes[pos + 2] === 0;
      const global = little
        ? bytes[pos + 3]! | (bytes[pos + 4]! << 8)
        : (bytes[pos + 3]! << 8) | bytes[pos + 4]!;
      sizes[header & 0x0f] = definitionDataSize(bytes, pos);
      isRecord[header & 0x0f] = global === MesgNum.record ? 1 : 0;
      pos = next;
      continue;
    }
    const local = (header & 0x80) !== 0 ? (header >> 5) & 0x3 : header & 0x0f;
    const size = sizes[local]!;
    if (size < 0) break;
    count += isRecord[local]!;
    pos += 1 + size;
  }
  return count;
}

/** Position after the definition at `pos`, or -1 when it runs past `end`. */
function definitionEnd(bytes: Uint8Array, pos: number, end: number): number {
  if (pos + 6 > end) return -1;
  let p = pos + 6 + bytes[pos + 5]! * 3;
  if ((bytes[pos]! & 0x20) !== 0) {
    if (p >= end) return -1;
    p += 1 + bytes[p]! * 3;
  }
  return p <= end ? p : -1;
}

function definitionDataSize(bytes: Uint8Array, pos: number): number {
  const fields = bytes[pos + 5]!;
  let size = 0;
  let p = pos + 6;
  for (let i = 0; i < fields; i++, p += 3) size += bytes[p + 1]!;
  if ((bytes[pos]! & 0x20) !== 0) {
    const dev = bytes[p++]!;
    for (let i = 0; i < dev; i++, p += 3) size += bytes[p + 1]!;
  }
  return size;
}
