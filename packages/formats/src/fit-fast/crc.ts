// FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0), as the FIT protocol defines it
// for the 14-byte header's CRC and the CRC that closes every file. Computed four bytes at a time
// ("slicing by 4") from tables derived from the protocol's 16-entry nibble table.
const NIBBLE_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
];

function nibbleStep(crc: number, nibble: number): number {
  return ((crc >> 4) & 0x0fff) ^ (NIBBLE_TABLE[crc & 0xf] ?? 0) ^ (NIBBLE_TABLE[nibble] ?? 0);
}

/** T0[i]: the CRC of byte i from 0. Tn[i]: T(n-1)[i] advanced over one more zero byte. */
function buildTables(): readonly [Uint16Array, Uint16Array, Uint16Array, Uint16Array] {
  const t0 = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) t0[byte] = nibbleStep(nibbleStep(0, byte & 0xf), byte >> 4);
  const advance = (prev: Uint16Array): Uint16Array =>
    prev.map((value) => (value >>> 8) ^ (t0[value & 0xff] ?? 0));
  const t1 = advance(t0);
  const t2 = advance(t1);
  return [t0, t1, t2, advance(t2)];
}

const [T0, T1, T2, T3] = buildTables();

/**
 * CRC of `bytes[start, end)` continuing from `crc` (0 for a fresh checksum).
 * @example fitCrc(new Uint8Array([0x0e, 0x10]), 0, 2, 0)
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  let value = crc;
  let i = start;
  for (const stop = end - 3; i < stop; i += 4) {
    const x = value ^ bytes[i]! ^ (bytes[i + 1]! << 8);
    value = T3[x & 0xff]! ^ T2[x >>> 8]! ^ T1[bytes[i + 2]!]! ^ T0[bytes[i + 3]!]!;
  }
  for (; i < end; i++) value = (value >>> 8) ^ T0[(value ^ bytes[i]!) & 0xff]!;
  return value;
}
