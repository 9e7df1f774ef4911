// Differences between the @garmin/fitsdk path (reference) and the fast decoder (ours), as readable
// strings (empty = equal). Named tolerances, each a documented deviation of the reference:
// - NUMBERS: equal within 1e-9 relative (both paths compute the same expressions; this only absorbs
//   float formatting).
// - DEV_NAN: a developer value the SDK decodes as NaN (an all-ones float) is absent in ours, as
//   FitMessages requires ("never NaN").
// - SDK_CSD_SPEED: for compressed_speed_distance with a whole-number speed the SDK expands
//   enhanced_speed to 10x the speed (its component code adds the offset array to the number as
//   strings: 2 + [0] = "20"); ours keeps the speed. Accepted only in exactly that shape.
// - ERRORS: decoder error texts differ; only "some error" vs "none" must agree.
import type { ImportResult } from '@upright/core';
import type { FitMessages } from '../../src/fit/messages';
import { RECORD_SLOTS } from '../../src/fit-fast/record-table';

const RELATIVE = 1e-9;

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= RELATIVE * Math.abs(a);
}

function deepDiff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= 5) return;
  if (a instanceof Float64Array && b instanceof Float64Array) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} vs ${b.length}`);
    else {
      const bad = a.findIndex((x, i) => !sameNumber(x, b[i] ?? Number.NaN));
      if (bad >= 0) out.push(`${path}[${bad}]: ${a[bad]} vs ${b[bad]}`);
    }
    return;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (!sameNumber(a, b)) out.push(`${path}: ${a} vs ${b}`);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      deepDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

const RECORD_KEYS: readonly string[] = [...RECORD_SLOTS, 'developerFields'];

type Loose = Record<string, unknown>;

function pick(m: Loose, keys: readonly string[]): Loose {
  const out: Loose = {};
  for (const k of keys) if (k in m) out[k] = m[k];
  return out;
}

function recordForCompare(reference: Loose, ours: Loose): Loose {
  const ref = pick(reference, RECORD_KEYS);
  const dev = ref.developerFields as Record<string, unknown> | undefined;
  if (dev !== undefined) {
    const kept = Object.fromEntries(
      Object.entries(dev).filter(([, v]) => !(typeof v === 'number' && Number.isNaN(v))),
    );
    if (Object.keys(kept).length === 0) delete ref.developerFields;
    else ref.developerFields = kept;
  }
  const speed = ours.speed;
  if (typeof speed === 'number' && ours.enhancedSpeed === speed && ref.enhancedSpeed === speed * 10) {
    ref.enhancedSpeed = speed;
  }
  return ref;
}

const LISTS = [
  'fileId',
  'deviceInfo',
  'session',
  'lap',
  'event',
  'developerDataId',
  'fieldDescription',
  'record',
] as const;

/** Message-level differences, on the fields FitMessages declares (the SDK returns many more). */
export function messagesDiff(reference: FitMessages, ours: FitMessages): string[] {
  const out: string[] = [];
  for (const list of LISTS) {
    const a = reference[list] as readonly Loose[];
    const b = ours[list] as readonly Loose[];
    if (a.length !== b.length) {
      out.push(`${list}: ${a.length} vs ${b.length} messages`);
      continue;
    }
    a.forEach((m, i) => {
      const o = b[i] ?? {};
      const keys = list === 'record' ? RECORD_KEYS : Object.keys(o);
      const ref = list === 'record' ? recordForCompare(m, o) : pick(m, keys);
      const missing =
        list === 'record' ? [] : Object.keys(m).filter((k) => !(k in o) && DECLARED[list].includes(k));
      if (missing.length > 0) out.push(`${list}[${i}] lacks ${missing.join(',')}`);
      deepDiff(ref, pick(o, keys), `${list}[${i}]`, out);
    });
  }
  const { errors: ea, ...fa } = reference.integrity;
  const { errors: eb, ...fb } = ours.integrity;
  deepDiff(fa, fb, 'integrity', out);
  if (ea.length > 0 !== eb.length > 0)
    out.push(`integrity.errors: ${JSON.stringify(ea)} vs ${JSON.stringify(eb)}`);
  return out;
}

/** Totals fields that sessions and laps both carry. */
const SUMMARY_FIELDS: readonly string[] = [
  'timestampMs',
  'startTimeMs',
  'totalElapsedTime',
  'totalTimerTime',
  'totalDistance',
  'totalAscent',
  'totalDescent',
  'totalCalories',
  'avgHeartRate',
  'maxHeartRate',
  'avgCadence',
  'avgFractionalCadence',
  'avgRunningCadence',
  'avgPower',
  'sport',
  'subSport',
];

/** Keys FitMessages declares per list (ours must have each one the SDK has). */
const DECLARED: Record<(typeof LISTS)[number], readonly string[]> = {
  fileId: ['type', 'manufacturer', 'product', 'garminProduct', 'serialNumber', 'timeCreatedMs'],
  deviceInfo: [
    'timestampMs',
    'deviceIndex',
    'manufacturer',
    'product',
    'garminProduct',
    'productName',
    'softwareVersion',
  ],
  session: [...SUMMARY_FIELDS, 'firstLapIndex', 'numLaps', 'trigger'],
  lap: [...SUMMARY_FIELDS, 'lapTrigger'],
  event: ['timestampMs', 'event', 'eventType'],
  developerDataId: [
    'developerDataIndex',
    'applicationId',
    'developerId',
    'manufacturerId',
    'applicationVersion',
  ],
  fieldDescription: [
    'key',
    'developerDataIndex',
    'fieldDefinitionNumber',
    'fieldName',
    'units',
    'nativeMesgNum',
    'nativeFieldNum',
  ],
  record: RECORD_KEYS,
};

/** Activity-level differences (warnings by code; message texts may name decoder errors). */
export function activityDiff(reference: ImportResult, ours: ImportResult): string[] {
  const out: string[] = [];
  if (!reference.ok || !ours.ok) {
    const a = reference.ok ? 'ok' : reference.error.code;
    const b = ours.ok ? 'ok' : ours.error.code;
    if (a !== b) out.push(`result: ${a} vs ${b}`);
    return out;
  }
  deepDiff(
    reference.warnings.map((w) => w.code),
    ours.warnings.map((w) => w.code),
    'warnings',
    out,
  );
  deepDiff(reference.activity, ours.activity, 'activity', out);
  return out;
}

/** Activity differences where the reference's speed is 10x ours only at SDK_CSD_SPEED samples. */
export function activityDiffAllowingCsdSpeed(reference: ImportResult, ours: ImportResult): string[] {
  if (!reference.ok || !ours.ok) return activityDiff(reference, ours);
  const refSpeed = reference.activity.samples.channels.speed?.values;
  const ourSpeed = ours.activity.samples.channels.speed?.values;
  if (refSpeed === undefined || ourSpeed === undefined) return activityDiff(reference, ours);
  const fixed = refSpeed.map((v, i) => {
    const o = ourSpeed[i] ?? Number.NaN;
    return Number.isInteger(o) && v === o * 10 ? o : v;
  });
  const channels = {
    ...reference.activity.samples.channels,
    speed: { ...reference.activity.samples.channels.speed!, values: fixed },
  };
  const activity = { ...reference.activity, samples: { ...reference.activity.samples, channels } };
  const diff = activityDiff({ ...reference, activity }, ours);
  // Totals computed from the SDK's wrong speeds may differ too; they are not checked for these files.
  return diff.filter((d) => !d.startsWith('activity.totals') && !d.startsWith('activity.laps'));
}
