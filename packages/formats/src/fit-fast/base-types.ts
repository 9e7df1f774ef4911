// FIT base types: the low 5 bits of a field definition's base type byte. Sizes and invalid values are
// fixed by the FIT protocol. 64-bit types are read as JavaScript numbers (precision loss above 2^53 is
// irrelevant to every field Upright maps).

export const BaseType = {
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

export type BaseTypeId = (typeof BaseType)[keyof typeof BaseType];

export const BASE_TYPE_MASK = 0x1f;

/** Byte size of one value of each base type, indexed by base type id (0 marks an unknown id). */
const SIZES = [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

/**
 * The invalid ("no value") marker of each base type, as the number our readers return for it.
 * Floats have none we can compare by value: an all-ones float reads as NaN, which is absent anyway.
 * 64-bit markers are as the nearest double, which is what Number(bigint) gives for them.
 */
const INVALIDS = [
  0xff,
  0x7f,
  0xff,
  0x7fff,
  0xffff,
  0x7fffffff,
  0xffffffff,
  0x00,
  Number.NaN,
  Number.NaN,
  0x00,
  0x0000,
  0x00000000,
  0xff,
  2 ** 63,
  2 ** 64,
  0,
];

export function isKnownBaseType(id: number): id is BaseTypeId {
  return id >= 0 && id < SIZES.length;
}

export function baseTypeSize(id: BaseTypeId): number {
  return SIZES[id] ?? 1;
}

export function baseTypeInvalid(id: BaseTypeId): number {
  return INVALIDS[id] ?? Number.NaN;
}

/**
 * One value of base type `id` at `offset`. The caller guarantees `offset + size <= view.byteLength`.
 * @example readBaseValue(view, 0, BaseType.uint16, true)
 */
export function readBaseValue(view: DataView, offset: number, id: BaseTypeId, littleEndian: boolean): number {
  switch (id) {
    case BaseType.enum:
    case BaseType.uint8:
    case BaseType.uint8z:
    case BaseType.byte:
    case BaseType.string:
      return view.getUint8(offset);
    case BaseType.sint8:
      return view.getInt8(offset);
    case BaseType.uint16:
    case BaseType.uint16z:
      return view.getUint16(offset, littleEndian);
    case BaseType.sint16:
      return view.getInt16(offset, littleEndian);
    case BaseType.uint32:
    case BaseType.uint32z:
      return view.getUint32(offset, littleEndian);
    case BaseType.sint32:
      return view.getInt32(offset, littleEndian);
    case BaseType.float32:
      return view.getFloat32(offset, littleEndian);
    case BaseType.float64:
      return view.getFloat64(offset, littleEndian);
    case BaseType.sint64:
      return Number(view.getBigInt64(offset, littleEndian));
    case BaseType.uint64:
    case BaseType.uint64z:
      return Number(view.getBigUint64(offset, littleEndian));
  }
}

/** True when `value` read as base type `id` means "no value". */
export function isInvalidValue(value: number, id: BaseTypeId): boolean {
  return value === INVALIDS[id] || Number.isNaN(value);
}

/** How the record hot loop reads a value: byte arithmetic for the common integer types, else DataView. */
export const Reader = {
  u8: 0,
  i8: 1,
  u16le: 2,
  u16be: 3,
  i16le: 4,
  i16be: 5,
  u32le: 6,
  u32be: 7,
  i32le: 8,
  i32be: 9,
  otherLe: 10,
  otherBe: 11,
} as const;

export type ReaderId = (typeof Reader)[keyof typeof Reader];

export function readerFor(id: BaseTypeId, littleEndian: boolean): ReaderId {
  switch (id) {
    case BaseType.enum:
    case BaseType.uint8:
    case BaseType.uint8z:
    case BaseType.byte:
      return Reader.u8;
    case BaseType.sint8:
      return Reader.i8;
    case BaseType.uint16:
    case BaseType.uint16z:
      return littleEndian ? Reader.u16le : Reader.u16be;
    case BaseType.sint16:
      return littleEndian ? Reader.i16le : Reader.i16be;
    case BaseType.uint32:
    case BaseType.uint32z:
      return littleEndian ? Reader.u32le : Reader.u32be;
    case BaseType.sint32:
      return littleEndian ? Reader.i32le : Reader.i32be;
    case BaseType.string:
    case BaseType.float32:
    case BaseType.float64:
    case BaseType.sint64:
    case BaseType.uint64:
    case BaseType.uint64z:
      return littleEndian ? Reader.otherLe : Reader.otherBe;
  }
}
