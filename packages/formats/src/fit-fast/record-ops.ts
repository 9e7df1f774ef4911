// How each record field Upright maps is read into the record columns, including the profile's
// component expansions (altitude -> enhanced_altitude, speed -> enhanced_speed, and
// compressed_speed_distance -> speed + accumulated distance).
import { baseTypeSize, type BaseTypeId, type ReaderId } from './base-types';
import { Slot } from './record-table';

export const OpKind = {
  /** value = raw / scale - offset. */
  plain: 0,
  /** Like plain, and the same value expanded into `slot2` (a component with 16 bits into the enhanced field). */
  expand: 1,
  /** An enhanced field written natively: a component expansion in the same message takes precedence. */
  enhanced: 2,
  /** A FIT date_time (seconds since 1989-12-31) into Unix milliseconds; also the compressed-time base. */
  time: 3,
  /** Distance: plain, and it (re)starts the accumulator for compressed distance. */
  distance: 4,
  /** compressed_speed_distance: 12 bits speed (1/100 m/s), 12 bits accumulated distance (1/16 m). */
  compressedSpeedDistance: 5,
} as const;

export type OpKindId = (typeof OpKind)[keyof typeof OpKind];

export interface RecordOp {
  readonly kind: OpKindId;
  readonly slot: number;
  readonly slot2: number;
  readonly scale: number;
  readonly offset: number;
  readonly at: number;
  readonly baseType: BaseTypeId;
  readonly reader: ReaderId;
  /** The base type's invalid value as read (NaN for floats: never equal, checked separately). */
  readonly invalid: number;
}

interface OpTemplate extends Omit<RecordOp, 'at' | 'baseType' | 'reader' | 'invalid'> {
  /** The field size this op accepts for a given base type (others are skipped, as the SDK reads arrays). */
  readonly size: (baseType: BaseTypeId) => number;
}

const scalar = (baseType: BaseTypeId): number => baseTypeSize(baseType);

function op(kind: OpKindId, slot: number, scale = 1, offset = 0): OpTemplate {
  return { kind, slot, slot2: -1, scale, offset, size: scalar };
}

function expand(slot: number, scale: number, offset: number, into: number): OpTemplate {
  return { ...op(OpKind.expand, slot, scale, offset), slot2: into };
}

export const RECORD_OPS: ReadonlyMap<number, OpTemplate> = new Map([
  [253, op(OpKind.time, Slot.timestampMs)],
  [0, op(OpKind.plain, Slot.positionLat)],
  [1, op(OpKind.plain, Slot.positionLong)],
  [2, expand(Slot.altitude, 5, 500, Slot.enhancedAltitude)],
  [3, op(OpKind.plain, Slot.heartRate)],
  [4, op(OpKind.plain, Slot.cadence)],
  [5, op(OpKind.distance, Slot.distance, 100)],
  [6, expand(Slot.speed, 1000, 0, Slot.enhancedSpeed)],
  [7, op(OpKind.plain, Slot.power)],
  [8, { ...op(OpKind.compressedSpeedDistance, Slot.speed, 100), size: () => 3 }],
  [13, op(OpKind.plain, Slot.temperature)],
  [39, op(OpKind.plain, Slot.verticalOscillation, 10)],
  [41, op(OpKind.plain, Slot.stanceTime, 10)],
  [42, op(OpKind.plain, Slot.activityType)],
  [53, op(OpKind.plain, Slot.fractionalCadence, 128)],
  [73, op(OpKind.enhanced, Slot.enhancedSpeed, 1000)],
  [78, op(OpKind.enhanced, Slot.enhancedAltitude, 5, 500)],
  [83, op(OpKind.plain, Slot.verticalRatio, 100)],
  [84, op(OpKind.plain, Slot.stanceTimeBalance, 100)],
  [85, op(OpKind.plain, Slot.stepLength, 10)],
]);
