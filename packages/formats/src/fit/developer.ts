import type { ChannelName } from '@upright/core';
import type { FitDeveloperDataIdMesg, FitFieldDescriptionMesg, FitMessages } from './messages';

/** Connect IQ application ids (hex) of apps we can name. */
const KNOWN_APPS: Readonly<Record<string, string>> = {
  // Ids seen in real files together with Stryd's field set (Power, Form Power, Leg Spring Stiffness…).
  '660a581e5301460c8f2f034c8b6dc90f': 'Stryd',
  '18fb2cf01a4b430dad66988c847421f4': 'Stryd',
  '14cc7713eff04136a643ac88baf99d02': 'Stryd',
};

/** Field names only Stryd writes, used to name the app when its id is not in KNOWN_APPS. */
const STRYD_ONLY_FIELDS = new Set(['form power', 'leg spring stiffness', 'air power']);

/** How a developer field's value becomes a channel value. */
export interface DeveloperMapping {
  readonly key: number;
  readonly field: string;
  readonly units: string | null;
  readonly app: string | null;
  readonly appId: string | null;
  /** The channel this field measures, or null for fields we only keep as extras. */
  readonly quantity: ChannelName | null;
  readonly scale: number;
}

function hex(bytes: readonly number[] | undefined): string | null {
  if (bytes === undefined || bytes.length === 0) return null;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Channel and multiplier for a developer field, from its name and units (case-insensitive). */
export function developerQuantity(
  fieldName: string,
  units: string | null,
): { quantity: ChannelName | null; scale: number } {
  const name = fieldName.trim().toLowerCase();
  const unit = (units ?? '').trim().toLowerCase();
  switch (name) {
    case 'power':
      return { quantity: 'power', scale: 1 };
    case 'form power':
      return { quantity: 'formPower', scale: 1 };
    case 'leg spring stiffness':
      return { quantity: 'legSpringStiffness', scale: 1 };
    case 'ground time':
    case 'ground contact time':
    case 'contact time':
      return { quantity: 'groundContactTime', scale: unit === 's' || unit === 'seconds' ? 1000 : 1 };
    case 'vertical oscillation':
      return { quantity: 'verticalOscillation', scale: verticalOscillationScale(unit) };
    case 'cadence':
      // Stryd writes strides per minute ("RPM"); steps per minute is twice that.
      return { quantity: 'cadence', scale: unit.includes('step') || unit === 'spm' ? 1 : 2 };
    case 'elevation':
    case 'altitude':
      return { quantity: 'altitude', scale: 1 };
    case 'speed':
      return { quantity: 'speed', scale: unit.includes('km') ? 1 / 3.6 : 1 };
    case 'distance':
      return { quantity: 'distance', scale: unit.includes('km') ? 1000 : 1 };
    case 'heart rate':
      return { quantity: 'heartRate', scale: 1 };
    default:
      return { quantity: null, scale: 1 };
  }
}

function verticalOscillationScale(unit: string): number {
  if (unit === 'centimeters' || unit === 'cm') return 10;
  if (unit === 'meters' || unit === 'm') return 1000;
  return 1;
}

function appFor(
  ids: readonly FitDeveloperDataIdMesg[],
  descriptions: readonly FitFieldDescriptionMesg[],
  index: number | undefined,
): { app: string | null; appId: string | null } {
  const appId = hex(ids.find((d) => d.developerDataIndex === index)?.applicationId);
  const known = appId === null ? undefined : KNOWN_APPS[appId];
  if (known !== undefined) return { app: known, appId };
  const siblings = descriptions.filter((d) => d.developerDataIndex === index);
  const stryd = siblings.some((d) => STRYD_ONLY_FIELDS.has((d.fieldName ?? '').trim().toLowerCase()));
  return { app: stryd ? 'Stryd' : null, appId };
}

/** One mapping per record-level developer field description in the file. */
export function developerMappings(messages: FitMessages): DeveloperMapping[] {
  const { developerDataId: ids } = messages;
  // A re-declared developer data id restarts the decoder's keys: the latest description of a key wins.
  const byKey = new Map(messages.fieldDescription.map((d) => [d.key, d]));
  const descriptions = [...byKey.values()];
  return descriptions
    .filter((d) => d.nativeMesgNum === undefined || d.nativeMesgNum === 20 || d.nativeMesgNum === 'record')
    .map((d) => {
      const field = d.fieldName ?? `field${d.fieldDefinitionNumber ?? d.key}`;
      const units = d.units ?? null;
      return {
        key: d.key,
        field,
        units,
        ...appFor(ids, descriptions, d.developerDataIndex),
        ...developerQuantity(field, units),
      };
    });
}
