import { Profile } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { OBJECT_MESSAGES } from './profile';
import { ENUM_NAMES } from './profile-types';
import { RECORD_OPS } from './record-ops';
import { RECORD_SLOTS } from './record-table';

interface SdkField {
  readonly name: string;
  readonly type: string;
  readonly scale: number | number[];
  readonly offset: number | number[];
}

const sdk = Profile as unknown as {
  messages: Record<number, { fields: Record<number, SdkField> }>;
  types: Record<string, Record<string, string>>;
};

const first = (v: number | number[]): number => (Array.isArray(v) ? (v[0] ?? Number.NaN) : v);
const profileName = (name: string): string => name.replace(/Ms$/, '');

describe('FIT profile subset', () => {
  it('has the SDK profile’s field numbers, names, scales and offsets for every object message', () => {
    for (const [num, message] of OBJECT_MESSAGES) {
      for (const [fieldNum, spec] of message.fields) {
        const field = sdk.messages[num]?.fields[fieldNum];
        expect(field?.name, `${message.key}.${spec.name}`).toBe(profileName(spec.name));
        expect([first(field?.scale ?? 1), first(field?.offset ?? 0)]).toEqual([spec.scale, spec.offset]);
        if (spec.enumType !== null) expect(field?.type).toBe(spec.enumType);
      }
    }
  });

  it('reads every record field into the slot of the same name with the profile’s scale and offset', () => {
    for (const [fieldNum, op] of RECORD_OPS) {
      const field = sdk.messages[20]?.fields[fieldNum];
      if (field?.name === 'compressedSpeedDistance') continue;
      expect(profileName(RECORD_SLOTS[op.slot] ?? ''), `record field ${fieldNum}`).toBe(field?.name);
      expect([first(field?.scale ?? 1), first(field?.offset ?? 0)]).toEqual([op.scale, op.offset]);
    }
  });

  it('names enum values exactly as the SDK profile does', () => {
    for (const [type, names] of Object.entries(ENUM_NAMES)) {
      const expected = Object.fromEntries(
        Object.entries(sdk.types[type] ?? {}).filter(([k]) => /^\d+$/.test(k)),
      );
      expect(Object.fromEntries(Object.entries(names)), type).toEqual(expected);
    }
  });
});
