import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@upright/core';
import type { ImportOptions } from '@upright/formats';
import { importActivityBytes, importFit as importFitWith } from '@upright/formats';
// The Node entry registers the @garmin/fitsdk-based decoder under "garmin".
import '@upright/formats/node';
import { encodeFit } from './helpers/fit-encode';
import { FIXTURES } from './helpers/paths';

function load(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`expected an activity, got ${r.error.code}: ${r.error.message}`);
  return r;
}

function codes(r: ImportResult): string[] {
  return r.ok ? r.warnings.map((w) => w.code) : [r.error.code];
}

const DECODERS: readonly { readonly label: string; readonly options: ImportOptions }[] = [
  { label: 'default decoder', options: {} },
  { label: 'garmin decoder', options: { fitDecoder: 'garmin' } },
];

describe.each(DECODERS)('FIT fixtures ($label)', ({ options }) => {
  const importFit = (bytes: Uint8Array) => importFitWith(bytes, options);

  it('maps native running dynamics and Stryd developer fields with their sources', () => {
    const { activity } = ok(importFit(load('runs/fit-parser__running-with-developer-data.fit')));
    const ch = activity.samples.channels;
    expect(activity.sport).toBe('running');
    expect(ch.groundContactTime?.source).toEqual({ kind: 'native', field: 'stanceTime' });
    expect(ch.formPower?.source).toMatchObject({ kind: 'developer', app: 'Stryd', field: 'Form Power' });
    expect(ch.legSpringStiffness?.source).toMatchObject({ kind: 'developer', app: 'Stryd' });
    // Native contact time wins; Stryd's is kept under its own name.
    const strydGct = activity.samples.extras.find(
      (e) => e.name === 'groundContactTime:developer:Stryd:Ground Time',
    );
    expect(strydGct?.quantity).toBe('groundContactTime');
    expect(activity.totals.origin).toBe('file');
  });

  it('reports running cadence in steps per minute', () => {
    const { activity } = ok(importFit(load('runs/fit-parser__running-with-developer-data.fit')));
    const cadence = [...(activity.samples.channels.cadence?.values ?? [])].filter((v) => v > 0);
    const median = cadence.sort((a, b) => a - b)[Math.floor(cadence.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(140);
    expect(median).toBeLessThan(200);
    expect(activity.totals.avgCadence).toBeGreaterThan(140);
  });

  it('reads compressed-timestamp records', () => {
    const r = ok(importFit(load('unusual/python-fitparse__compressed-speed-distance.fit')));
    expect(r.activity.samples.time.length).toBeGreaterThan(700);
    expect(r.activity.samples.channels.distance).toBeDefined();
    const t = r.activity.samples.time;
    for (let i = 1; i < t.length; i++) expect(t[i]).toBeGreaterThan(t[i - 1] ?? 0);
  });

  it('takes the running session of a multisport file and says so', () => {
    const r = ok(importFit(load('unusual/sweatpy__6471559601_ACTIVITY.fit')));
    expect(r.activity.sport).toBe('running');
    expect(codes(r)).toContain('MULTISPORT_RUN_TAKEN');
    const t = r.activity.samples.time;
    for (const g of r.activity.samples.gaps) {
      expect(g.startS).toBeGreaterThanOrEqual(t[0] ?? 0);
      expect(g.endS).toBeLessThanOrEqual(t[t.length - 1] ?? 0);
    }
  });
});

describe.each(DECODERS)('generated FIT cases ($label)', ({ options }) => {
  const importFit = (bytes: Uint8Array) => importFitWith(bytes, options);
  const run = load('runs/python-fitparse__garmin-fenix-5-run.fit');

  it('keeps what decoded from a truncated file and warns FIT_TRUNCATED', () => {
    const r = importFit(run.subarray(0, Math.floor(run.length * 0.6)));
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('FIT_TRUNCATED');
  });

  it('warns FIT_CRC_MISMATCH when the file CRC is wrong', () => {
    const damaged = run.slice();
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 0xff;
    expect(codes(importFit(damaged))).toContain('FIT_CRC_MISMATCH');
  });

  it('refuses non-activity FIT files with FIT_NOT_ACTIVITY', () => {
    for (const type of ['settings', 'workout', 'monitoringB'])
      expect(codes(importFit(encodeFit({ type })))).toEqual(['FIT_NOT_ACTIVITY']);
  });

  it('refuses empty, headerless and unknown files with codes', () => {
    expect(codes(importActivityBytes({ name: 'a.fit', bytes: new Uint8Array(0) }))).toEqual(['FILE_EMPTY']);
    expect(codes(importActivityBytes({ name: 'a.fit', bytes: new Uint8Array([1, 2, 3]) }))).toEqual([
      'FIT_INVALID_HEADER',
    ]);
    expect(codes(importActivityBytes({ name: 'a.bin', bytes: new Uint8Array([1, 2, 3]) }))).toEqual([
      'UNKNOWN_FORMAT',
    ]);
  });

  it('turns timer stop/start into a gap and computes moving time without a session', () => {
    const records = [0, 1, 2, 3, 60, 61, 62].map((t) => ({ t, fields: { heartRate: 150 } }));
    const r = ok(importFit(encodeFit({ records, pauses: [[3, 60]], session: null })));
    expect(r.activity.samples.gaps).toEqual([{ startS: 3, endS: 60 }]);
    expect(r.activity.totals).toMatchObject({ elapsedS: 62, movingS: 5, origin: 'computed' });
    expect(codes(r)).toContain('TOTALS_COMPUTED');
  });

  it('lets a developer field fill a channel the device did not record', () => {
    const records = [0, 1, 2].map((t) => ({ t, fields: { heartRate: 150 }, developer: { 0: 240, 1: 75 } }));
    const r = ok(importFit(encodeFit({ records, strydFields: true, session: { sport: 'running' } })));
    expect(r.activity.samples.channels.groundContactTime?.source).toMatchObject({
      kind: 'developer',
      app: 'Stryd',
    });
    expect([...(r.activity.samples.channels.formPower?.values ?? [])]).toEqual([75, 75, 75]);
  });
});

describe('GPX fixtures', () => {
  it('derives distance and speed from positions and doubles stride cadence', () => {
    const r = ok(
      importActivityBytes({ name: 'g.gpx', bytes: load('runs/elevate__20171008_run_2067489619.gpx') }),
    );
    const ch = r.activity.samples.channels;
    expect(ch.distance?.source).toEqual({ kind: 'derived', from: 'latitude,longitude' });
    expect(ch.speed?.source).toEqual({ kind: 'derived', from: 'distance' });
    // Garmin's own total for this run is 4.39 km (same activity as a FIT in the corpus).
    expect(r.activity.totals.distanceM).toBeGreaterThan(4200);
    expect(r.activity.totals.distanceM).toBeLessThan(4600);
    // A run-walk: the file writes strides/min (61 walking, 80 running), we report steps/min.
    const cadence = new Set(r.activity.samples.channels.cadence?.values);
    expect(cadence.has(122) && cadence.has(160) && !cadence.has(61)).toBe(true);
  });

  it('converts offset timestamps to UTC and warns', () => {
    const r = ok(importActivityBytes({ name: 't.gpx', bytes: load('bad/OpenTracks__gpx_timezone.gpx') }));
    expect(codes(r)).toContain('TIMEZONE_OFFSET');
    expect(new Date(r.activity.startTimeMs).toISOString()).toBe('2021-01-07T20:36:59.179Z');
  });
});

describe('TCX', () => {
  const tcx = (body: string) =>
    new TextEncoder().encode(
      `<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities>${body}</Activities></TrainingCenterDatabase>`,
    );
  const point = (t: string, d: number, extra = '') =>
    `<Trackpoint><Time>${t}</Time><DistanceMeters>${d}</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm><Extensions><ns3:TPX><ns3:Speed>3</ns3:Speed><ns3:RunCadence>85</ns3:RunCadence>${extra}</ns3:TPX></Extensions></Trackpoint>`;

  it('reads laps, tracks (with the pause between them) and ActivityExtension speed/cadence/watts', () => {
    const body = `<Activity Sport="Running"><Id>2024-01-01T10:00:00Z</Id><Lap StartTime="2024-01-01T10:00:00Z"><TotalTimeSeconds>4</TotalTimeSeconds><DistanceMeters>12</DistanceMeters>
      <Track>${point('2024-01-01T10:00:00Z', 0, '<ns3:Watts>250</ns3:Watts>')}${point('2024-01-01T10:00:02Z', 6)}</Track>
      <Track>${point('2024-01-01T10:01:00Z', 6)}${point('2024-01-01T10:01:02Z', 12)}</Track></Lap></Activity>`;
    const r = ok(importActivityBytes({ name: 'a.tcx', bytes: tcx(body) }));
    const ch = r.activity.samples.channels;
    expect([...(ch.cadence?.values ?? [])]).toEqual([170, 170, 170, 170]);
    expect(ch.power?.values[0]).toBe(250);
    expect(r.activity.samples.gaps).toEqual([{ startS: 2, endS: 60 }]);
    expect(r.activity.laps).toHaveLength(1);
    expect(r.activity.totals).toMatchObject({ distanceM: 12, movingS: 4, elapsedS: 62 });
  });

  it('refuses a course-only TCX and an entity-expanding one', () => {
    expect(codes(importActivityBytes({ name: 'c.tcx', bytes: tcx('') }))).toEqual(['TCX_NO_ACTIVITY']);
    const evil = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><TrainingCenterDatabase>&a;</TrainingCenterDatabase>',
    );
    expect(codes(importActivityBytes({ name: 'e.tcx', bytes: evil }))).toEqual(['XML_ENTITY_REFUSED']);
  });

  it('refuses XML over the size limit', () => {
    const r = importActivityBytes(
      { name: 'big.gpx', bytes: new TextEncoder().encode(`<gpx>${' '.repeat(2000)}</gpx>`) },
      { maxXmlBytes: 1000 },
    );
    expect(codes(r)).toEqual(['XML_TOO_LARGE']);
  });
});
