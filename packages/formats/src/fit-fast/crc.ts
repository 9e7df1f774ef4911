// FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0), as the FIT protocol defines it
// for the 14-byte header's CRC and the CRC that closes every file. Computed four bytes at a time
// ("slicing by 8") from tables derived from the protocol's 16-entry nibble table.
const NIBBLE_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
];

function nibbleStep(crc: number, nibble: number): number {
  return ((crc >> 4) & 0x0fff) ^ (NIBBLE_TABLE[crc & 0xf] ?? 0) ^ (NIBBLE_TABLE[nibble] ?? 0);
}

/** T0[i]: the CRC of byte i from 0. Tn[i]: T(n-1)[i] advanced over one more zero byte. */
function buildTables(): Uint16Array[] {
  const t0 = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) t0[byte] = nibbleStep(nibbleStep(0, byte & 0xf), byte >> 4);
  const tables = [t0];
  for (let n = 1; n < 8; n++) {
    const prev = tables[n - 1] ?? t0;
    tables.push(prev.map((value) => (value >>> 8) ^ (t0[value & 0xff] ?? 0)));
  }
  return tables;
}

const TABLES = buildTables();
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES.map((t) => t);

/**
 * CRC of `bytes[start, end)` continuing from `crc` (0 for a fresh checksum).
 * @example fitCrc(new Uint8Array([0x0e, 0x10]), 0, 2, 0)
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  let value = crc;
  let i = start;
  for (const stop = end - 7; i < stop; i += 8) {
    const x = value ^ bytes[i]! ^ (bytes[i + 1]! << 8);
    value =
      T7![x & 0xff]! ^
      T6![x >>> 8]! ^
      T5![bytes[i + 2]!]! ^
      T4![bytes[i + 3]!]! ^
      T3![bytes[i + 4]!]! ^
      T2![bytes[i + 5]!]! ^
      T1![bytes[i + 6]!]! ^
      T0![bytes[i + 7]!]!;
  }
  for (; i < end; i++) value = (value >>> 8) ^ T0![(value ^ bytes[i]!) & 0xff]!;
  return value;
}
