import { Decoder, Stream } from '@garmin/fitsdk';

type Msg = Record<string, unknown>;

/** What @garmin/fitsdk itself decodes from a file, with its default read options. */
export interface FitReference {
  readonly records: readonly Msg[];
  readonly sessions: readonly Msg[];
  readonly fieldDescriptions: readonly Msg[];
  readonly fileType: unknown;
  readonly errors: readonly string[];
}

export function fitReference(bytes: Uint8Array): FitReference {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  const m = messages as unknown as Record<string, Msg[] | undefined>;
  return {
    records: m.recordMesgs ?? [],
    sessions: m.sessionMesgs ?? [],
    fieldDescriptions: m.fieldDescriptionMesgs ?? [],
    fileType: m.fileIdMesgs?.[0]?.type,
    errors: errors.map((e) => String(e)),
  };
}

export function timeMs(v: unknown): number | null {
  return v instanceof Date ? v.getTime() : null;
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Independent statement of how each channel comes from a FIT record (docs/formats.md says the same). */
export const REFERENCE_CHANNELS: Readonly<Record<string, (r: Msg, onFoot: boolean) => number | null>> = {
  distance: (r) => num(r.distance),
  speed: (r) => num(r.enhancedSpeed) ?? num(r.speed),
  altitude: (r) => {
    const v = num(r.enhancedAltitude) ?? num(r.altitude);
    return v !== null && v < -450 ? null : v;
  },
  latitude: (r) => (num(r.positionLat) === null ? null : (num(r.positionLat) ?? 0) * (180 / 2 ** 31)),
  longitude: (r) => (num(r.positionLong) === null ? null : (num(r.positionLong) ?? 0) * (180 / 2 ** 31)),
  heartRate: (r) => (num(r.heartRate) === 0 ? null : num(r.heartRate)),
  cadence: (r, onFoot) =>
    !onFoot || num(r.cadence) === null ? null : ((num(r.cadence) ?? 0) + (num(r.fractionalCadence) ?? 0)) * 2,
  stepLength: (r) => (num(r.stepLength) === null ? null : (num(r.stepLength) ?? 0) / 1000),
  groundContactTime: (r) => num(r.stanceTime),
  groundContactBalance: (r) => num(r.stanceTimeBalance),
  verticalOscillation: (r) => num(r.verticalOscillation),
  verticalRatio: (r) => num(r.verticalRatio),
  power: (r) => num(r.power),
  temperature: (r) => num(r.temperature),
};

/** Stryd developer fields: name → multiplier into our unit (cm → mm, strides → steps). */
export const REFERENCE_STRYD: Readonly<Record<string, { channel: string; scale: number }>> = {
  'Form Power': { channel: 'formPower', scale: 1 },
  'Leg Spring Stiffness': { channel: 'legSpringStiffness', scale: 1 },
  Power: { channel: 'power', scale: 1 },
  'Ground Time': { channel: 'groundContactTime', scale: 1 },
  'Vertical Oscillation': { channel: 'verticalOscillation', scale: 10 },
};
