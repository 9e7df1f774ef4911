import { describe, expect, it } from 'vitest';
import { fitDecodeGarmin } from '../../src/fit/garmin-decoder';
import { fitNormalise } from '../../src/fit/normalise';
import { fitDecodeFast, fitDecodeFastRaw } from '../../src/fit-fast/index';
import { fitNormaliseFast } from '../../src/fit-fast/normalise';
import { recordCodegenAvailable, recordCodegenSet } from '../../src/fit-fast/compile-record';
import { runFit, runWriter, T0 } from './activity-builder';
import { activityDiff, messagesDiff } from './compare';
import { FitWriter, T, fitChain } from './fit-writer';

const EPOCH_MS = 631_065_600_000;

function both(bytes: Uint8Array) {
  const reference = fitDecodeGarmin(bytes);
  const ours = fitDecodeFast(bytes);
  return {
    reference,
    ours,
    messages: messagesDiff(reference, ours),
    activity: activityDiff(fitNormalise(reference), fitNormaliseFast(fitDecodeFastRaw(bytes))),
    result: fitNormaliseFast(fitDecodeFastRaw(bytes)),
  };
}

describe('fast FIT decoder on generated files, against @garmin/fitsdk', () => {
  it.each([
    { headerSize: 14 as const, littleEndian: true },
    { headerSize: 12 as const, littleEndian: true },
    { headerSize: 14 as const, littleEndian: false },
  ])('decodes a run with every mapped field like the SDK (%o)', (options) => {
    const r = both(runFit({ ...options, developer: true }));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    expect(r.ours.record).toHaveLength(120);
    expect(r.ours.record[3]).toMatchObject({
      timestampMs: (T0 + 3) * 1000 + EPOCH_MS,
      heartRate: 143,
      cadence: 86,
    });
    expect(r.ours.fileId[0]).toMatchObject({ type: 'activity', manufacturer: 'garmin', product: 2691 });
  });

  it('reads big-endian definitions to the same values as little-endian ones', () => {
    const little = fitDecodeFast(runFit({ developer: true }));
    const big = fitDecodeFast(runFit({ developer: true, littleEndian: false }));
    expect(big.record).toEqual(little.record);
    expect(big.session).toEqual(little.session);
  });

  it('resolves compressed-timestamp headers, across the 32 s rollover', () => {
    const r = both(runFit({ compressedTimestamps: true, records: 100 }));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    expect(r.ours.record.map((x) => x.timestampMs)).toEqual(
      Array.from({ length: 100 }, (_, i) => (T0 + i) * 1000 + EPOCH_MS),
    );
  });

  it('leaves invalid values absent (never 0, never NaN)', () => {
    const r = both(runFit({ invalidEvery: 4 }));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    expect(Object.keys(r.ours.record[3] ?? {})).toEqual(['timestampMs']);
  });

  it('expands 16-bit speed and altitude into their enhanced fields', () => {
    const r = both(runFit({ legacySpeedAltitude: true }));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    const rec = r.ours.record[10] ?? {};
    expect(rec.enhancedSpeed).toBe(rec.speed);
    expect(rec.enhancedAltitude).toBe(rec.altitude);
  });

  it('maps developer fields: native power wins, Stryd fields become channels', () => {
    const r = both(runFit({ developer: true }));
    expect(r.activity).toEqual([]);
    if (!r.result.ok) throw new Error(r.result.error.code);
    const { channels, extras } = r.result.activity.samples;
    expect(channels.formPower?.source).toMatchObject({ kind: 'developer', app: 'Stryd' });
    expect(channels.legSpringStiffness?.values[0]).toBeCloseTo(9.5, 5);
    expect(channels.power?.source.kind).toBe('native');
    expect(extras.map((e) => e.name)).toContain('power:developer:Stryd:Power');
  });

  it('normalises running cadence plus fractional cadence to steps per minute', () => {
    const r = both(runFit());
    if (!r.result.ok) throw new Error(r.result.error.code);
    expect(r.result.activity.samples.channels.cadence?.values.slice(0, 2)).toEqual(
      new Float64Array([172, 175]),
    );
  });

  it('accumulates compressed_speed_distance across the 12-bit distance rollover', () => {
    const w = new FitWriter();
    w.message(0, [{ num: 0, type: T.enum, value: 4 }]);
    let distance16 = 0;
    const expected: number[] = [];
    for (let i = 0; i < 60; i++) {
      distance16 += 150; // 9.375 m per record: the 12-bit counter wraps every 256 m
      const speed = 250 + i; // 1/100 m/s, never a whole m/s (see compare.ts SDK_CSD_SPEED)
      const bits = [
        speed & 0xff,
        ((speed >> 8) & 0x0f) | ((distance16 & 0x0f) << 4),
        (distance16 >> 4) & 0xff,
      ];
      w.message(20, [
        { num: 253, type: T.uint32, value: T0 + i },
        { num: 8, type: T.byte, value: bits },
      ]);
      expected.push(distance16 / 16);
    }
    const r = both(w.bytes());
    expect(r.messages).toEqual([]);
    expect(r.ours.record.map((x) => x.distance)).toEqual(expected);
  });

  it('merges hr messages into the records’ heart rate like the SDK', () => {
    const w = new FitWriter();
    w.message(0, [{ num: 0, type: T.enum, value: 4 }]);
    for (let i = 0; i < 20; i++) {
      w.message(20, [
        { num: 253, type: T.uint32, value: T0 + i },
        { num: 3, type: T.uint8, value: 100 },
      ]);
    }
    const anchor = T0 + 2;
    w.message(
      132,
      [
        { num: 253, type: T.uint32, value: anchor },
        { num: 9, type: T.uint32, value: [5000 * 1024] },
        { num: 6, type: T.uint8, value: [120] },
      ],
      { local: 1 },
    );
    const events = Array.from({ length: 8 }, (_, k) => (5000 * 1024 + (k + 1) * 1024) & 0xfff);
    const packed = new Array<number>(12).fill(0);
    events.forEach((e, k) => {
      for (let bit = 0; bit < 12; bit++)
        if ((e >> bit) & 1) packed[(k * 12 + bit) >> 3]! |= 1 << ((k * 12 + bit) & 7);
    });
    w.message(
      132,
      [
        { num: 10, type: T.byte, value: packed },
        { num: 6, type: T.uint8, value: [121, 122, 123, 124, 125, 126, 127, 128] },
      ],
      { local: 2 },
    );
    const r = both(w.bytes());
    expect(r.messages).toEqual([]);
    // Each record averages the samples in (previous record, record]; the SDK carries a sample forward
    // in 250 ms steps over gaps, and the last sample counts only once a later one is seen.
    expect(r.ours.record.slice(2, 12).map((x) => x.heartRate)).toEqual([
      120, 120, 121, 122, 123, 124, 125, 126, 100, 100,
    ]);
  });

  it('decodes chained files and warns FIT_CHAINED', () => {
    const settings = new FitWriter().message(0, [{ num: 0, type: T.enum, value: 2 }]).bytes();
    const r = both(fitChain(runFit(), settings));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    expect(r.ours.integrity.chainedFiles).toBe(2);
    if (!r.result.ok) throw new Error(r.result.error.code);
    expect(r.result.warnings.map((w) => w.code)).toContain('FIT_CHAINED');
  });

  it('warns on header and file CRC mismatches and still decodes', () => {
    const r = both(runWriter().bytes({ badHeaderCrc: true, badFileCrc: true }));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    if (!r.result.ok) throw new Error(r.result.error.code);
    expect(r.result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['FIT_HEADER_CRC_MISMATCH', 'FIT_CRC_MISMATCH']),
    );
  });

  it('keeps what decoded from a truncated file and warns FIT_TRUNCATED', () => {
    const full = runFit({ developer: true });
    const r = both(full.subarray(0, Math.floor(full.length * 0.6)));
    expect(r.messages).toEqual([]);
    expect(r.activity).toEqual([]);
    expect(r.ours.record.length).toBeGreaterThan(40);
    expect(r.ours.integrity.truncated).toBe(true);
    if (!r.result.ok) throw new Error(r.result.error.code);
    expect(r.result.warnings.map((w) => w.code)).toContain('FIT_TRUNCATED');
  });

  it('refuses non-activity files with FIT_NOT_ACTIVITY', () => {
    const r = both(runFit({ fileType: 5 }));
    expect(r.activity).toEqual([]);
    expect(r.result).toMatchObject({ ok: false, error: { code: 'FIT_NOT_ACTIVITY' } });
  });

  it('skips unknown messages and fields of every base type by their size', () => {
    const w = new FitWriter();
    w.message(0, [{ num: 0, type: T.enum, value: 4 }]);
    w.message(
      0xff00,
      [
        { num: 1, type: T.sint64, value: -5 },
        { num: 2, type: T.float64, value: 1.5 },
        { num: 3, type: T.string, value: 'unknown' },
        { num: 4, type: T.uint64z, value: 7 },
      ],
      { local: 3 },
    );
    for (let i = 0; i < 5; i++) {
      w.message(20, [
        { num: 253, type: T.uint32, value: T0 + i },
        { num: 87, type: T.uint16, value: 9 },
        { num: 114, type: T.float32, value: 0.5 },
        { num: 3, type: T.uint8, value: 150 },
        { num: 250, type: T.sint16, value: -2 },
      ]);
    }
    const r = both(w.bytes());
    expect(r.messages).toEqual([]);
    expect(r.ours.record.map((x) => x.heartRate)).toEqual([150, 150, 150, 150, 150]);
  });

  it('stops at a data message of an undefined local type with FIT_DECODE_FAILED', () => {
    const bytes = runWriter({ records: 10 })
      .raw(new Uint8Array([0x0f, 1, 2, 3]))
      .bytes();
    const decoded = fitDecodeFastRaw(bytes);
    expect(decoded.records.count).toBe(10);
    expect(decoded.issues.map((i) => i.code)).toContain('FIT_DECODE_FAILED');
    expect(both(bytes).messages).toEqual([]);
  });

  it('rejects a definition with an unknown base type with FIT_DECODE_FAILED', () => {
    const w = new FitWriter().message(0, [{ num: 0, type: T.enum, value: 4 }]);
    w.raw(new Uint8Array([0x41, 0, 0, 20, 0, 1, 3, 1, 0x1f]));
    expect(fitDecodeFastRaw(w.bytes()).issues.map((i) => i.code)).toEqual(['FIT_DECODE_FAILED']);
  });

  it.each([
    { developer: true },
    { legacySpeedAltitude: true, littleEndian: false, compressedTimestamps: true },
    { invalidEvery: 3 },
  ])('decodes the same with compiled readers and with the op interpreter (%o)', (options) => {
    const bytes = runFit(options);
    const compiled = fitDecodeFast(bytes);
    expect(recordCodegenAvailable()).toBe(true);
    recordCodegenSet(false);
    try {
      expect(fitDecodeFast(bytes)).toEqual(compiled);
    } finally {
      recordCodegenSet(null);
    }
  });

  it('says FIT_INVALID_HEADER for bytes that are not FIT', () => {
    const decoded = fitDecodeFastRaw(new TextEncoder().encode('<?xml version="1.0"?><gpx></gpx>'));
    expect(decoded.issues.map((i) => i.code)).toEqual(['FIT_INVALID_HEADER']);
  });
});
