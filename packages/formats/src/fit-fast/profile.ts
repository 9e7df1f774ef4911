// The subset of the FIT profile Upright maps: global message numbers, field numbers, scales, offsets and
// enum types, as the FIT protocol's Profile defines them (checked against @garmin/fitsdk's profile in
// test/fit-fast/profile.test.ts). Every other message and field is skipped by size, never decoded.
import type { EnumTypeName } from './profile-types';

export const MesgNum = {
  fileId: 0,
  session: 18,
  lap: 19,
  record: 20,
  event: 21,
  deviceInfo: 23,
  hr: 132,
  fieldDescription: 206,
  developerDataId: 207,
} as const;

export type ValueKind = 'number' | 'enum' | 'time' | 'string' | 'bytes';

export interface FieldSpec {
  /** Output key (the profile's camelCase name; time fields get an `Ms` suffix). */
  readonly name: string;
  readonly kind: ValueKind;
  readonly scale: number;
  readonly offset: number;
  readonly enumType: EnumTypeName | null;
}

function num(name: string, scale = 1, offset = 0): FieldSpec {
  return { name, kind: 'number', scale, offset, enumType: null };
}
function enm(name: string, enumType: EnumTypeName): FieldSpec {
  return { name, kind: 'enum', scale: 1, offset: 0, enumType };
}
function time(name: string): FieldSpec {
  return { name, kind: 'time', scale: 1, offset: 0, enumType: null };
}
function str(name: string): FieldSpec {
  return { name, kind: 'string', scale: 1, offset: 0, enumType: null };
}
function bytes(name: string): FieldSpec {
  return { name, kind: 'bytes', scale: 1, offset: 0, enumType: null };
}
/** A numeric field of developer_data_id / field_description: the FIT SDK keeps these raw. */
function raw(name: string): FieldSpec {
  return num(name);
}

const TIMESTAMP = 253;

const FILE_ID = new Map<number, FieldSpec>([
  [0, enm('type', 'file')],
  [1, enm('manufacturer', 'manufacturer')],
  [2, num('product')],
  [3, num('serialNumber')],
  [4, time('timeCreatedMs')],
]);

const DEVICE_INFO = new Map<number, FieldSpec>([
  [TIMESTAMP, time('timestampMs')],
  [0, enm('deviceIndex', 'deviceIndex')],
  [2, enm('manufacturer', 'manufacturer')],
  [4, num('product')],
  [5, num('softwareVersion', 100)],
  [27, str('productName')],
]);

const SESSION = new Map<number, FieldSpec>([
  [TIMESTAMP, time('timestampMs')],
  [2, time('startTimeMs')],
  [5, enm('sport', 'sport')],
  [6, enm('subSport', 'subSport')],
  [7, num('totalElapsedTime', 1000)],
  [8, num('totalTimerTime', 1000)],
  [9, num('totalDistance', 100)],
  [11, num('totalCalories')],
  [16, num('avgHeartRate')],
  [17, num('maxHeartRate')],
  [18, num('avgCadence')],
  [20, num('avgPower')],
  [22, num('totalAscent')],
  [23, num('totalDescent')],
  [25, num('firstLapIndex')],
  [26, num('numLaps')],
  [28, enm('trigger', 'sessionTrigger')],
  [92, num('avgFractionalCadence', 128)],
]);

const LAP = new Map<number, FieldSpec>([
  [TIMESTAMP, time('timestampMs')],
  [2, time('startTimeMs')],
  [7, num('totalElapsedTime', 1000)],
  [8, num('totalTimerTime', 1000)],
  [9, num('totalDistance', 100)],
  [11, num('totalCalories')],
  [15, num('avgHeartRate')],
  [16, num('maxHeartRate')],
  [17, num('avgCadence')],
  [19, num('avgPower')],
  [21, num('totalAscent')],
  [22, num('totalDescent')],
  [24, enm('lapTrigger', 'lapTrigger')],
  [25, enm('sport', 'sport')],
  [39, enm('subSport', 'subSport')],
  [80, num('avgFractionalCadence', 128)],
]);

const EVENT = new Map<number, FieldSpec>([
  [TIMESTAMP, time('timestampMs')],
  [0, enm('event', 'event')],
  [1, enm('eventType', 'eventType')],
]);

const DEVELOPER_DATA_ID = new Map<number, FieldSpec>([
  [0, bytes('developerId')],
  [1, bytes('applicationId')],
  [2, raw('manufacturerId')],
  [3, raw('developerDataIndex')],
  [4, raw('applicationVersion')],
]);

const FIELD_DESCRIPTION = new Map<number, FieldSpec>([
  [0, raw('developerDataIndex')],
  [1, raw('fieldDefinitionNumber')],
  [2, raw('fitBaseTypeId')],
  [3, str('fieldName')],
  [6, raw('scale')],
  [7, raw('offset')],
  [8, str('units')],
  [14, raw('nativeMesgNum')],
  [15, raw('nativeFieldNum')],
]);

export type ObjectMessageKey =
  'fileId' | 'deviceInfo' | 'session' | 'lap' | 'event' | 'developerDataId' | 'fieldDescription';

/** Messages decoded into one small object each (few per file), by global message number. */
export const OBJECT_MESSAGES: ReadonlyMap<
  number,
  { key: ObjectMessageKey; fields: ReadonlyMap<number, FieldSpec> }
> = new Map([
  [MesgNum.fileId, { key: 'fileId', fields: FILE_ID }],
  [MesgNum.deviceInfo, { key: 'deviceInfo', fields: DEVICE_INFO }],
  [MesgNum.session, { key: 'session', fields: SESSION }],
  [MesgNum.lap, { key: 'lap', fields: LAP }],
  [MesgNum.event, { key: 'event', fields: EVENT }],
  [MesgNum.developerDataId, { key: 'developerDataId', fields: DEVELOPER_DATA_ID }],
  [MesgNum.fieldDescription, { key: 'fieldDescription', fields: FIELD_DESCRIPTION }],
]);

/** Manufacturers whose `product` is a Garmin product id (the profile's garmin_product subfield). */
export const GARMIN_PRODUCT_MANUFACTURERS: ReadonlySet<number> = new Set([1, 13, 15, 89]);

/** Sport value that selects the avg_running_cadence subfield of session/lap avg_cadence. */
export const SPORT_RUNNING = 1;
