import { Encoder } from '@garmin/fitsdk';

/** FIT global message numbers (profile). */
const MESG = {
  fileId: 0,
  session: 18,
  record: 20,
  event: 21,
  fieldDescription: 206,
  developerDataId: 207,
} as const;

type Writable = Parameters<Encoder['writeMesg']>[0];

// The SDK's message types are generated per profile; tests write plain objects in profile names.
function write(encoder: Encoder, mesg: Record<string, unknown>): void {
  encoder.writeMesg(mesg as unknown as Writable);
}

/** One synthetic record: seconds after start plus FIT profile fields (scaled units). */
export interface SyntheticRecord {
  readonly t: number;
  readonly fields: Readonly<Record<string, number>>;
  readonly developer?: Readonly<Record<number, number>>;
}

export interface SyntheticFit {
  readonly type?: string;
  readonly start?: Date;
  readonly records?: readonly SyntheticRecord[];
  /** Timer stop at [0], start again at [1], seconds after start. */
  readonly pauses?: readonly (readonly [number, number])[];
  readonly session?: Readonly<Record<string, number | string>> | null;
  /** Adds a Stryd-like developer field "Ground Time" (ms) with key 0 and "Form Power" (W) with key 1. */
  readonly strydFields?: boolean;
}

const STRYD_APP_ID = [
  0x66, 0x0a, 0x58, 0x1e, 0x53, 0x01, 0x46, 0x0c, 0x8f, 0x2f, 0x03, 0x4c, 0x8b, 0x6d, 0xc9, 0x0f,
];

function addStrydFields(encoder: Encoder): void {
  const developerDataIdMesg = {
    mesgNum: MESG.developerDataId,
    developerDataIndex: 0,
    applicationId: STRYD_APP_ID,
  };
  const fields = [
    { fieldName: 'Ground Time', units: 'Milliseconds', fieldDefinitionNumber: 3 },
    { fieldName: 'Form Power', units: 'Watts', fieldDefinitionNumber: 8 },
  ];
  fields.forEach((f, key) => {
    const description = {
      mesgNum: MESG.fieldDescription,
      developerDataIndex: 0,
      fitBaseTypeId: 132,
      nativeMesgNum: 20,
      ...f,
    };
    encoder.addDeveloperField(key, developerDataIdMesg, description);
  });
  write(encoder, developerDataIdMesg);
  fields.forEach((f) =>
    write(encoder, {
      mesgNum: MESG.fieldDescription,
      developerDataIndex: 0,
      fitBaseTypeId: 132,
      nativeMesgNum: 20,
      ...f,
    }),
  );
}

/** Encodes a small FIT file with the official SDK encoder, for tests that need exact contents. */
export function encodeFit(spec: SyntheticFit): Uint8Array {
  const start = spec.start ?? new Date('2024-05-01T08:00:00Z');
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  const encoder = new Encoder();
  write(encoder, {
    mesgNum: MESG.fileId,
    type: spec.type ?? 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: 1234,
    timeCreated: start,
  });
  if (spec.strydFields === true) addStrydFields(encoder);
  write(encoder, { mesgNum: MESG.event, timestamp: start, event: 'timer', eventType: 'start' });
  const pauses = spec.pauses ?? [];
  for (const r of spec.records ?? []) {
    for (const [stop, resume] of pauses) {
      if (stop === r.t)
        write(encoder, {
          mesgNum: MESG.event,
          timestamp: at(stop),
          event: 'timer',
          eventType: 'stopAll',
        });
      if (resume === r.t)
        write(encoder, {
          mesgNum: MESG.event,
          timestamp: at(resume),
          event: 'timer',
          eventType: 'start',
        });
    }
    const record: Record<string, unknown> = {
      mesgNum: MESG.record,
      timestamp: at(r.t),
      ...r.fields,
    };
    if (r.developer !== undefined) record.developerFields = r.developer;
    write(encoder, record);
  }
  if (spec.session !== null && spec.session !== undefined) {
    write(encoder, {
      mesgNum: MESG.session,
      timestamp: at(spec.records?.at(-1)?.t ?? 0),
      startTime: start,
      ...spec.session,
    });
  }
  return encoder.close();
}
