import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity, ChannelName } from '@upright/core';
import type { ImportOptions } from '@upright/formats';
import { importFit } from '@upright/formats';
// The Node entry makes sure the @garmin/fitsdk-based decoder is registered under "garmin".
import '@upright/formats/node';
import { CORPUS_DIR } from './helpers/paths';
import type { FitReference } from './helpers/fit-reference';
import { REFERENCE_CHANNELS, REFERENCE_STRYD, fitReference, num, timeMs } from './helpers/fit-reference';

/**
 * Every FIT file in the corpus, compared with @garmin/fitsdk's own decoding of the same bytes.
 * Named tolerances:
 * - SAMPLE_COUNT: exact. One sample per distinct record timestamp (records sharing a timestamp merge,
 *   first value wins; a record earlier than the previous one is dropped and warned), limited to the
 *   running sessions' time spans in multisport files.
 * - VALUE_TOLERANCE: every mapped channel equals the SDK's value (after our documented unit change)
 *   within 1e-6 relative, at every sample.
 * - TOTALS: elapsed, moving (timer) time and distance equal the SDK's session values within 1e-6
 *   for single-session files (moving is capped at elapsed when a file contradicts itself).
 * Files the SDK cannot read whole are checked for what they are: compressed-timestamp files (the SDK
 * refuses them; we expand the timestamps, so we must read more than it does) and files the SDK crashes
 * on (FIT_DECODE_FAILED through the SDK, never an exception; a decoder that reads them must find records).
 * Run for the default decoder and for the SDK-based one (`fitDecoder: 'garmin'`).
 */
const VALUE_TOLERANCE = 1e-6;

const SDK_REFUSES_COMPRESSED = /compressed timestamp/;
const RUNNING = new Set(['running']);

const files = CORPUS_DIR === null ? [] : readdirSync(join(CORPUS_DIR, 'fit')).map((f) => `fit/${f}`);

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= VALUE_TOLERANCE * Math.max(1, Math.abs(expected));
}

/** The SDK's records reduced the way the model promises: one per distinct increasing timestamp. */
function expectedSamples(ref: FitReference, startMs: number): Map<number, Record<string, unknown>[]> {
  // Same rule as the importer, restated independently: running sessions only in multisport files.
  const sessions = ref.sessions.filter((s) => RUNNING.has(String(s.sport)));
  const multisport = sessions.length > 0 && sessions.length < ref.sessions.length;
  const spans = sessions.map((s) => {
    const a = timeMs(s.startTime) ?? 0;
    return [a, Math.max(timeMs(s.timestamp) ?? a, a + (num(s.totalElapsedTime) ?? 0) * 1000)] as const;
  });
  const byTime = new Map<number, Record<string, unknown>[]>();
  let last = -Infinity;
  for (const r of ref.records) {
    const t = timeMs(r.timestamp);
    if (t === null || (multisport && !spans.some(([a, b]) => t >= a && t <= b))) continue;
    if (t < last) continue;
    last = t;
    const key = (t - startMs) / 1000;
    byTime.set(key, [...(byTime.get(key) ?? []), r]);
  }
  return byTime;
}

type ByTime = Map<number, Record<string, unknown>[]>;

interface ChannelCheck {
  readonly activity: Activity;
  readonly samplesAt: ByTime;
  readonly name: ChannelName;
  readonly expected: (records: Record<string, unknown>[]) => number | null;
}

/** Compares one channel with the SDK at every sample; returns how many values were compared. */
function checkChannel({ activity, samplesAt, name, expected }: ChannelCheck): number {
  const channel = activity.samples.channels[name];
  if (channel === undefined) return 0;
  let compared = 0;
  activity.samples.time.forEach((t, i) => {
    const want = expected(samplesAt.get(t) ?? []);
    const got = channel.values[i] ?? Number.NaN;
    if (want === null) return;
    compared++;
    if (!close(got, want)) throw new Error(`${name} at ${t}s: got ${got}, SDK says ${want}`);
  });
  return compared;
}

function firstValue(
  records: Record<string, unknown>[],
  read: (r: Record<string, unknown>) => number | null,
): number | null {
  for (const r of records) {
    const v = read(r);
    if (v !== null) return v;
  }
  return null;
}

function checkDeveloperChannels(activity: Activity, ref: FitReference, samplesAt: ByTime): void {
  for (const [name, channel] of Object.entries(activity.samples.channels)) {
    const source = channel.source;
    if (source.kind !== 'developer') continue;
    const stryd = REFERENCE_STRYD[source.field];
    if (stryd === undefined || stryd.channel !== name) continue;
    const keys = ref.fieldDescriptions.filter((d) => d.fieldName === source.field).map((d) => num(d.key));
    const compared = checkChannel({
      activity,
      samplesAt,
      name: name as ChannelName,
      expected: (records) =>
        firstValue(records, (r) => {
          const dev = (r.developerFields ?? {}) as Record<number, unknown>;
          for (const k of keys)
            if (k !== null && num(dev[k]) !== null) return (num(dev[k]) ?? 0) * stryd.scale;
          return null;
        }),
    });
    expect(compared).toBeGreaterThan(0);
  }
}

const DECODERS: readonly { readonly label: string; readonly options: ImportOptions }[] = [
  { label: 'default decoder', options: {} },
  { label: 'garmin decoder', options: { fitDecoder: 'garmin' } },
];

describe.skipIf(CORPUS_DIR === null).each(DECODERS)(
  'corpus: FIT against @garmin/fitsdk ($label)',
  ({ options }) => {
    it.each(files)('%s', (file) => {
      const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR ?? '', file)));
      const ref = fitReference(bytes);
      const result = importFit(bytes, options);
      if (ref.errors.some((e) => SDK_REFUSES_COMPRESSED.test(e))) {
        expect(result.ok && result.activity.samples.time.length).toBeGreaterThan(ref.records.length);
        return;
      }
      if (ref.records.length === 0 && ref.errors.length > 0) {
        if (options.fitDecoder === 'garmin' || !result.ok)
          expect(result.ok ? 'ok' : result.error.code).toBe('FIT_DECODE_FAILED');
        else expect(result.activity.samples.time.length).toBeGreaterThan(0);
        return;
      }
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      const { activity } = result;
      const samplesAt = expectedSamples(ref, activity.startTimeMs);
      expect(activity.samples.time.length).toBe(samplesAt.size);
      const onFoot = ['running', 'trail-running', 'treadmill-running', 'walking', 'hiking'].includes(
        activity.sport,
      );
      for (const [name, read] of Object.entries(REFERENCE_CHANNELS)) {
        const channel = activity.samples.channels[name as ChannelName];
        if (channel?.source.kind !== 'native') continue;
        const expected = (records: Record<string, unknown>[]) => firstValue(records, (r) => read(r, onFoot));
        expect(checkChannel({ activity, samplesAt, name: name as ChannelName, expected })).toBeGreaterThan(0);
      }
      checkDeveloperChannels(activity, ref, samplesAt);
      if (ref.sessions.length === 1) {
        const s = ref.sessions[0] ?? {};
        const elapsed = num(s.totalElapsedTime);
        if (elapsed !== null) expect(close(activity.totals.elapsedS, elapsed)).toBe(true);
        const timer = num(s.totalTimerTime);
        if (timer !== null)
          expect(close(activity.totals.movingS, Math.min(timer, activity.totals.elapsedS))).toBe(true);
        const distance = num(s.totalDistance);
        if (distance !== null) expect(close(activity.totals.distanceM ?? Number.NaN, distance)).toBe(true);
      }
    });
  },
);
