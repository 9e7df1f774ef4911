// The few non-record messages (file id, device info, sessions, laps, events, developer data) become one
// small object each, with the FIT SDK's conventions: scaled numbers, enum names, subfields.
import type { CompiledDefinition, ObjectOp } from './definition';
import type { DeveloperRegistry } from './developer';
import { GARMIN_PRODUCT_MANUFACTURERS, SPORT_RUNNING, type ObjectMessageKey } from './profile';
import { enumName, type EnumTypeName } from './profile-types';
import { FIT_EPOCH_S, readArray, readNumber, readStrings } from './values';

export type FitValue = number | string | readonly number[];
export type FitObject = Record<string, FitValue>;
export type ObjectLists = Record<ObjectMessageKey, FitObject[]>;

/** Raw enum values of one message, kept for subfields and names. */
type RawValues = Map<string, { readonly value: number; readonly type: EnumTypeName }>;

function readField(bytes: Uint8Array, view: DataView, op: ObjectOp, le: boolean): FitValue | null {
  const { spec } = op;
  switch (spec.kind) {
    case 'string': {
      const first = readStrings(bytes, op.at, op.size)[0];
      return first ?? null;
    }
    case 'bytes':
      return readArray(view, op, le);
    case 'time': {
      const value = readNumber(view, op.at, op.baseType, le);
      return Number.isNaN(value) ? null : (value + FIT_EPOCH_S) * 1000;
    }
    case 'enum':
    case 'number': {
      const value = readNumber(view, op.at, op.baseType, le);
      return Number.isNaN(value) ? null : value / spec.scale - spec.offset;
    }
  }
}

/** Decodes one object message whose fields start at `pos` and files it under its list. */
export function decodeObjectMessage(
  input: { readonly bytes: Uint8Array; readonly view: DataView; readonly pos: number },
  def: CompiledDefinition,
  lists: ObjectLists,
  developers: DeveloperRegistry,
): void {
  const key = def.objectKey;
  if (key === null) return;
  const out: FitObject = {};
  const raw: RawValues = new Map();
  const shifted = new DataView(input.view.buffer, input.view.byteOffset + input.pos);
  const local = input.bytes.subarray(input.pos);
  for (const op of def.objectOps) {
    const value = readField(local, shifted, op, def.littleEndian);
    if (value === null) continue;
    out[op.spec.name] = value;
    const type = op.spec.enumType;
    if (type !== null && typeof value === 'number') raw.set(op.spec.name, { value, type });
  }
  finish(key, out, raw);
  if (key === 'developerDataId') registerApp(out, developers);
  if (key === 'fieldDescription') {
    out.key = developers.nextKey();
    registerField(out, developers);
  }
  lists[key].push(out);
}

function finish(key: ObjectMessageKey, out: FitObject, raw: RawValues): void {
  if (key === 'developerDataId' || key === 'fieldDescription') return;
  const manufacturer = raw.get('manufacturer')?.value;
  if (manufacturer !== undefined && typeof out.product === 'number') {
    if (GARMIN_PRODUCT_MANUFACTURERS.has(manufacturer))
      out.garminProduct = enumName('garminProduct', out.product);
  }
  if (raw.get('sport')?.value === SPORT_RUNNING && typeof out.avgCadence === 'number') {
    out.avgRunningCadence = out.avgCadence;
  }
  for (const [name, { value, type }] of raw) out[name] = enumName(type, value);
}

function registerApp(out: FitObject, developers: DeveloperRegistry): void {
  const index = out.developerDataIndex;
  if (typeof index === 'number') developers.registerApp(index);
}

function registerField(out: FitObject, developers: DeveloperRegistry): void {
  const { developerDataIndex: index, fieldDefinitionNumber: num, fitBaseTypeId: type } = out;
  if (typeof index !== 'number' || typeof num !== 'number' || typeof type !== 'number') return;
  developers.registerField(index, num, type);
}
