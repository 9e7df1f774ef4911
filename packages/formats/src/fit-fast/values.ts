// Reading single field values: numbers with their invalid marker, FIT strings, byte arrays.
import { BaseType, baseTypeSize, isInvalidValue, readBaseValue, type BaseTypeId } from './base-types';

const textDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
export const FIT_EPOCH_S = 631_065_600;

/** The number at `at`, or NaN when it is the base type's invalid value. */
export function readNumber(view: DataView, at: number, baseType: BaseTypeId, littleEndian: boolean): number {
  const value = readBaseValue(view, at, baseType, littleEndian);
  return isInvalidValue(value, baseType) ? Number.NaN : value;
}

/**
 * The null-terminated strings in `bytes` (invalid UTF-8 dropped, trailing empties removed), as the FIT
 * SDK splits them; an empty list when there is no text.
 */
export function readStrings(bytes: Uint8Array, at: number, size: number): string[] {
  const text = textDecoder.decode(bytes.subarray(at, at + size)).replace(/\uFFFD/g, '');
  const strings = text.split('\0');
  while (strings.length > 0 && strings[strings.length - 1] === '') strings.pop();
  return strings;
}

/**
 * Every value of an array field; invalid entries become NaN (byte arrays keep 0xFF), and an array of
 * only invalid values is null.
 */
export function readArray(
  view: DataView,
  field: { readonly at: number; readonly size: number; readonly baseType: BaseTypeId },
  littleEndian: boolean,
): number[] | null {
  const step = baseTypeSize(field.baseType);
  if (field.size % step !== 0) return null;
  const values: number[] = [];
  let valid = 0;
  for (let p = field.at; p < field.at + field.size; p += step) {
    const value = readBaseValue(view, p, field.baseType, littleEndian);
    const invalid = isInvalidValue(value, field.baseType);
    if (!invalid) valid++;
    values.push(invalid && field.baseType !== BaseType.byte ? Number.NaN : value);
  }
  return valid === 0 ? null : values;
}

/** A developer field's value as the FIT SDK gives it: a number, a string, an array, or null. */
export function readDeveloperValue(
  bytes: Uint8Array,
  view: DataView,
  field: { readonly at: number; readonly size: number; readonly baseType: BaseTypeId },
  littleEndian: boolean,
): number | string | number[] | null {
  if (field.baseType === BaseType.string) {
    const strings = readStrings(bytes, field.at, field.size);
    return strings[0] ?? null;
  }
  const step = baseTypeSize(field.baseType);
  if (field.size === step) {
    const value = readNumber(view, field.at, field.baseType, littleEndian);
    return Number.isNaN(value) ? null : value;
  }
  return readArray(view, field, littleEndian);
}
