// FIT CRC-16 (polynomial 0xA001, processed a nibble at a time), as the FIT protocol defines it for the
// 14-byte header's CRC and the CRC that closes every file.
const NIBBLE_TABLE = new Uint16Array([
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
]);

/** The 256-entry byte table derived from the nibble table: one lookup per byte instead of two. */
const BYTE_TABLE = buildByteTable();

function buildByteTable(): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    table[byte] = nibbleStep(nibbleStep(0, byte & 0xf), byte >> 4);
  }
  return table;
}

function nibbleStep(crc: number, nibble: number): number {
  const tmp = NIBBLE_TABLE[crc & 0xf] ?? 0;
  return ((crc >> 4) & 0x0fff) ^ tmp ^ (NIBBLE_TABLE[nibble] ?? 0);
}

/**
 * CRC of `bytes[start, end)` continuing from `crc` (0 for a fresh checksum).
 * @example fitCrc(new Uint8Array([0x0e, 0x10]), 0, 2, 0)
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  let value = crc;
  for (let i = start; i < end; i++) {
    value = (value >>> 8) ^ (BYTE_TABLE[(value ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  }
  return value;
}
