/** FIT file framing: headers, sizes and CRCs, independent of any decoder. */

const CRC_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
];

/** The FIT 16-bit CRC of bytes [start, end). */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i] ?? 0;
    let tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ (CRC_TABLE[byte & 0xf] ?? 0);
    tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ (CRC_TABLE[(byte >> 4) & 0xf] ?? 0);
  }
  return crc;
}

export interface FitHeader {
  readonly headerSize: number;
  readonly dataSize: number;
  /** The stored header CRC, or null for a 12-byte header or a zero CRC ("not computed"). */
  readonly headerCrc: number | null;
}

/** Reads a FIT file header at `offset`, or null when the bytes there are not one. */
export function fitHeaderAt(bytes: Uint8Array, offset: number): FitHeader | null {
  const headerSize = bytes[offset];
  if ((headerSize !== 12 && headerSize !== 14) || bytes.length < offset + headerSize) return null;
  const magic = String.fromCharCode(...bytes.subarray(offset + 8, offset + 12));
  if (magic !== '.FIT') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, headerSize);
  const stored = headerSize === 14 ? view.getUint16(12, true) : 0;
  return { headerSize, dataSize: view.getUint32(4, true), headerCrc: stored === 0 ? null : stored };
}

/** True when the bytes start like a FIT file. */
export function fitLooksLike(bytes: Uint8Array): boolean {
  return fitHeaderAt(bytes, 0) !== null;
}

export interface FitFraming {
  readonly truncated: boolean;
  readonly headerCrcMismatch: boolean;
  readonly fileCrcMismatch: boolean;
  readonly chainedFiles: number;
}

/**
 * Walks the chain of FIT files in `bytes` (a file may hold several back to back) and checks each
 * header CRC and file CRC. A file whose data runs past the end of the bytes is truncated.
 */
export function fitFraming(bytes: Uint8Array): FitFraming {
  let offset = 0;
  let files = 0;
  let truncated = false;
  let headerCrcMismatch = false;
  let fileCrcMismatch = false;
  while (offset < bytes.length) {
    const header = fitHeaderAt(bytes, offset);
    if (header === null) {
      // Bytes after a complete file that are not another header: a corrupt chained file.
      if (files === 0) truncated = true;
      break;
    }
    files++;
    if (header.headerCrc !== null && header.headerCrc !== fitCrc(bytes, offset, offset + 12))
      headerCrcMismatch = true;
    const end = offset + header.headerSize + header.dataSize;
    if (end + 2 > bytes.length) {
      truncated = true;
      break;
    }
    const stored = (bytes[end] ?? 0) | ((bytes[end + 1] ?? 0) << 8);
    if (stored !== fitCrc(bytes, offset, end)) fileCrcMismatch = true;
    offset = end + 2;
  }
  return { truncated, headerCrcMismatch, fileCrcMismatch, chainedFiles: files };
}
