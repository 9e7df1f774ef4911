// HR messages (global 132): heart rate a strap stored while the watch could not record it (swimming,
// HRM-Pro store-and-forward). Their 12-bit event times accumulate from an anchor message; the
// samples are then averaged into the records' heart rate, as the FIT SDK's mergeHeartRates does.
import type { BaseTypeId } from './base-types';
import type { RecordTable } from './record-table';
import { Slot } from './record-table';
import { FIT_EPOCH_S, readArray, readNumber } from './values';

export interface HrMesg {
  /** FIT seconds of the anchor message, or NaN for a delta message. */
  readonly timestampS: number;
  readonly fractionalS: number;
  /** Event times in seconds (NaN for an invalid entry). */
  readonly eventTimestamps: readonly number[];
  readonly bpms: readonly number[];
}

export interface HrState {
  readonly mesgs: HrMesg[];
  /** The accumulated event_timestamp, in 1/1024 s; null before the first value. */
  accumulated: { total: number; last: number } | null;
}

export interface HrField {
  readonly num: number;
  readonly at: number;
  readonly size: number;
  readonly baseType: BaseTypeId;
}

interface HrValues {
  timestampS: number;
  fractionalS: number;
  eventTimestamps: number[] | null;
  bpms: number[] | null;
}

function accumulate(state: HrState, value: number): number {
  const acc = state.accumulated ?? { total: value, last: value };
  acc.total += (value - acc.last) & 0xfff;
  acc.last = value;
  state.accumulated = acc;
  return acc.total;
}

/** The 12-bit values packed little-end-first in `bytes` (at most `count`). */
function unpack12(view: DataView, field: HrField, count: number): number[] {
  const values: number[] = [];
  const bits = field.size * 8;
  for (let bit = 0; bit + 12 <= bits && values.length < count; bit += 12) {
    const byte = field.at + (bit >> 3);
    const pair =
      view.getUint8(byte) | ((byte + 1 < field.at + field.size ? view.getUint8(byte + 1) : 0) << 8);
    values.push((pair >> (bit & 7)) & 0xfff);
  }
  return values;
}

function readHrField(
  input: { readonly view: DataView; readonly le: boolean; readonly state: HrState; readonly out: HrValues },
  field: HrField,
): void {
  const { view, le, state, out } = input;
  switch (field.num) {
    case 253:
      out.timestampS = readNumber(view, field.at, field.baseType, le);
      break;
    case 0:
      if (Number.isNaN(out.fractionalS))
        out.fractionalS = readNumber(view, field.at, field.baseType, le) / 32768;
      break;
    case 1: {
      const value = readNumber(view, field.at, field.baseType, le);
      if (!Number.isNaN(value)) out.fractionalS = value / 256;
      break;
    }
    case 6:
      out.bpms = readArray(view, field, le);
      break;
    case 9: {
      const raw = readArray(view, field, le);
      if (raw === null) break;
      for (const value of raw) if (!Number.isNaN(value)) state.accumulated = { total: value, last: value };
      if (out.eventTimestamps === null) out.eventTimestamps = raw.map((v) => v / 1024);
      break;
    }
    case 10: {
      if (readArray(view, field, le) === null) break;
      out.eventTimestamps = unpack12(view, field, 10).map((v) => accumulate(state, v) / 1024);
      break;
    }
  }
}

/** Decodes one hr message whose fields start at offset 0 of `view`. */
export function decodeHrMessage(
  view: DataView,
  fields: readonly HrField[],
  littleEndian: boolean,
  state: HrState,
): void {
  const out: HrValues = {
    timestampS: Number.NaN,
    fractionalS: Number.NaN,
    eventTimestamps: null,
    bpms: null,
  };
  // The SDK expands event_timestamp_12 after reading every field, so a native event_timestamp in the same
  // message seeds the accumulator first: read field 10 last.
  const ordered = [...fields.filter((f) => f.num !== 10), ...fields.filter((f) => f.num === 10)];
  const input = { view, le: littleEndian, state, out };
  for (const field of ordered) readHrField(input, field);
  state.mesgs.push({
    timestampS: out.timestampS,
    fractionalS: out.fractionalS,
    eventTimestamps: out.eventTimestamps ?? [Number.NaN],
    bpms: out.bpms ?? [Number.NaN],
  });
}

interface HrSample {
  readonly timeS: number;
  readonly bpm: number;
}

const GAP_STEP_S = 0.25;
const GAP_MAX_STEPS = 20;

/** Every HR sample on one time line, gaps up to 5 s filled in 250 ms steps; null when inconsistent. */
export function hrSamples(mesgs: readonly HrMesg[]): HrSample[] | null {
  const samples: HrSample[] = [];
  let anchorS = Number.NaN;
  let anchorEvent = 0;
  for (const mesg of mesgs) {
    if (!Number.isNaN(mesg.timestampS)) {
      anchorS = mesg.timestampS + (Number.isNaN(mesg.fractionalS) ? 0 : mesg.fractionalS);
      if (mesg.eventTimestamps.length !== 1) return null;
      anchorEvent = mesg.eventTimestamps[0] ?? Number.NaN;
    }
    if (Number.isNaN(anchorS) || mesg.eventTimestamps.length !== mesg.bpms.length) return null;
    for (let i = 0; i < mesg.eventTimestamps.length; i++) {
      let event = mesg.eventTimestamps[i] ?? Number.NaN;
      if (event < anchorEvent) {
        if (anchorEvent - event <= 0x400000) return null;
        event += 0x400000;
      }
      const current = { timeS: anchorS + (event - anchorEvent), bpm: mesg.bpms[i] ?? Number.NaN };
      const previous = samples[samples.length - 1];
      if (previous !== undefined) {
        let gapMs = Math.abs(current.timeS - previous.timeS) * 1000;
        for (let step = 1; gapMs > GAP_STEP_S * 1000 && step <= GAP_MAX_STEPS; step++) {
          samples.push({ timeS: previous.timeS + GAP_STEP_S * step, bpm: previous.bpm });
          gapMs -= GAP_STEP_S * 1000;
        }
      }
      samples.push(current);
    }
  }
  return samples;
}

/** Replaces each record's heart rate by the mean of the HR samples in (previous record, this record]. */
export function hrMergeIntoRecords(mesgs: readonly HrMesg[], table: RecordTable): boolean {
  if (mesgs.length === 0 || table.count === 0) return true;
  const samples = hrSamples(mesgs);
  if (samples === null) return false;
  const times = table.columns[Slot.timestampMs] ?? new Float64Array(0);
  const heartRates = table.columns[Slot.heartRate] ?? new Float64Array(0);
  let index = 0;
  let rangeStart = Number.NaN;
  for (let row = 0; row < table.count; row++) {
    const rangeEnd = (times[row] ?? Number.NaN) / 1000 - FIT_EPOCH_S;
    if (Number.isNaN(rangeStart)) rangeStart = rangeEnd;
    if (rangeStart === rangeEnd) {
      rangeStart--;
      index = index >= 1 ? index - 1 : 0;
    }
    let sum = 0;
    let count = 0;
    for (; index < samples.length; index++) {
      const sample = samples[index] ?? { timeS: Number.NaN, bpm: 0 };
      if (sample.timeS > rangeStart && sample.timeS <= rangeEnd) {
        sum += Number.isNaN(sample.bpm) ? 0 : sample.bpm;
        count++;
      } else if (sample.timeS > rangeEnd) {
        if (count > 0) heartRates[row] = Math.round(sum / count);
        rangeStart = rangeEnd;
        break;
      }
    }
  }
  return true;
}
