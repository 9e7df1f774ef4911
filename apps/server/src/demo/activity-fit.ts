import type { Activity, ChannelName } from '@upright/core';
import { FitWriter, fitTime, type FieldDef } from './fit-writer';

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

/** FIT global message numbers and enum values used here (FIT profile). */
const MESG = { fileId: 0, session: 18, lap: 19, record: 20, event: 21, activity: 34 } as const;
const EVENT = { timer: 0, lap: 9, session: 8, activity: 26 } as const;
const EVENT_TYPE = { start: 0, stop: 1, stopAll: 4 } as const;
const RUNNING = 1;

interface RecordField extends FieldDef {
  readonly channel: ChannelName;
  readonly encode: (value: number) => number;
}

/** Record fields: FIT field number, type, and the conversion from the channel's unit. */
const RECORD_FIELDS: readonly RecordField[] = [
  { num: 0, type: 'sint32', channel: 'latitude', encode: (v) => v * SEMICIRCLES_PER_DEGREE },
  { num: 1, type: 'sint32', channel: 'longitude', encode: (v) => v * SEMICIRCLES_PER_DEGREE },
  { num: 3, type: 'uint8', channel: 'heartRate', encode: (v) => v },
  { num: 4, type: 'uint8', channel: 'cadence', encode: (v) => Math.floor(v / 2) },
  { num: 53, type: 'uint8', channel: 'cadence', encode: (v) => (v / 2 - Math.floor(v / 2)) * 128 },
  { num: 5, type: 'uint32', channel: 'distance', encode: (v) => v * 100 },
  { num: 73, type: 'uint32', channel: 'speed', encode: (v) => v * 1000 },
  { num: 78, type: 'uint32', channel: 'altitude', encode: (v) => (v + 500) * 5 },
  { num: 41, type: 'uint16', channel: 'groundContactTime', encode: (v) => v * 10 },
  { num: 39, type: 'uint16', channel: 'verticalOscillation', encode: (v) => v * 10 },
  { num: 85, type: 'uint16', channel: 'stepLength', encode: (v) => v * 10_000 },
  { num: 7, type: 'uint16', channel: 'power', encode: (v) => v },
];

const TOTAL_FIELDS: readonly FieldDef[] = [
  { num: 253, type: 'uint32' },
  { num: 0, type: 'enum' },
  { num: 1, type: 'enum' },
  { num: 2, type: 'uint32' },
  { num: 7, type: 'uint32' },
  { num: 8, type: 'uint32' },
  { num: 9, type: 'uint32' },
];

function defineAll(w: FitWriter, fields: readonly RecordField[]): void {
  w.define(0, MESG.fileId, [
    { num: 0, type: 'enum' },
    { num: 1, type: 'uint16' },
    { num: 2, type: 'uint16' },
    { num: 3, type: 'uint32z' },
    { num: 4, type: 'uint32' },
  ]);
  w.define(1, MESG.event, [
    { num: 253, type: 'uint32' },
    { num: 0, type: 'enum' },
    { num: 1, type: 'enum' },
  ]);
  w.define(2, MESG.record, [{ num: 253, type: 'uint32' }, ...fields]);
  w.define(3, MESG.lap, [...TOTAL_FIELDS, { num: 25, type: 'enum' }]);
  w.define(4, MESG.session, [
    ...TOTAL_FIELDS,
    { num: 5, type: 'enum' },
    { num: 25, type: 'uint16' },
    { num: 26, type: 'uint16' },
  ]);
  w.define(5, MESG.activity, [
    { num: 253, type: 'uint32' },
    { num: 0, type: 'uint32' },
    { num: 1, type: 'uint16' },
    { num: 2, type: 'enum' },
    { num: 3, type: 'enum' },
    { num: 4, type: 'enum' },
  ]);
}

function writeRecords(w: FitWriter, activity: Activity, fields: readonly RecordField[]): void {
  const { time, channels } = activity.samples;
  const gaps = [...activity.samples.gaps];
  const columns = fields.map((f) => channels[f.channel]?.values);
  for (let i = 0; i < time.length; i++) {
    const t = time[i] ?? 0;
    while (gaps.length > 0 && (gaps[0]?.endS ?? Infinity) <= t) {
      const gap = gaps.shift();
      if (gap === undefined) break;
      w.write(1, [fitTime(activity.startTimeMs + gap.startS * 1000), EVENT.timer, EVENT_TYPE.stopAll]);
      w.write(1, [fitTime(activity.startTimeMs + gap.endS * 1000), EVENT.timer, EVENT_TYPE.start]);
    }
    const values = fields.map((f, c) => {
      const v = columns[c]?.[i];
      return v === undefined || !Number.isFinite(v) ? null : f.encode(v);
    });
    w.write(2, [fitTime(activity.startTimeMs + t * 1000), ...values]);
  }
}

/**
 * Writes an activity as a FIT activity file: file id, timer events around gaps, one record per sample
 * (1 s timestamps), one lap, the session and the activity message. Gives generated runs (demo,
 * benchmarks, tests) a real original file that goes through the normal importer.
 */
export function activityToFit(activity: Activity): Uint8Array {
  const fields = RECORD_FIELDS.filter((f) => activity.samples.channels[f.channel] !== undefined);
  const w = new FitWriter();
  defineAll(w, fields);
  const start = fitTime(activity.startTimeMs);
  const end = fitTime(activity.startTimeMs + activity.totals.elapsedS * 1000);
  w.write(0, [4, 255, 1, 1, start]);
  w.write(1, [start, EVENT.timer, EVENT_TYPE.start]);
  writeRecords(w, activity, fields);
  w.write(1, [end, EVENT.timer, EVENT_TYPE.stopAll]);
  const totals = [
    activity.totals.elapsedS * 1000,
    activity.totals.movingS * 1000,
    (activity.totals.distanceM ?? 0) * 100,
  ];
  w.write(3, [end, EVENT.lap, EVENT_TYPE.stop, start, ...totals, RUNNING]);
  w.write(4, [end, EVENT.session, EVENT_TYPE.stop, start, ...totals, RUNNING, 0, 1]);
  w.write(5, [end, activity.totals.movingS * 1000, 1, 0, EVENT.activity, EVENT_TYPE.stop]);
  return w.finish();
}
