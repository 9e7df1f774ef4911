import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrcCalculator, Decoder, Stream } from '@garmin/fitsdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitExpandCompressedTimestamps } from './compressed-timestamps';
import { fitCrc, fitFraming } from './framing';

const fixtures = join(import.meta.dirname, '../../../../fixtures');
const load = (p: string) => new Uint8Array(readFileSync(join(fixtures, p)));

describe('FIT framing', () => {
  it('computes the same CRC as the official SDK', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fitCrc(bytes, 0, bytes.length)).toBe(CrcCalculator.calculateCRC(bytes, 0, bytes.length));
      }),
    );
  });

  it('reads an intact file as one file with matching CRCs, and flags damage and truncation', () => {
    const run = load('runs/python-fitparse__garmin-fenix-5-run.fit');
    expect(fitFraming(run)).toEqual({
      truncated: false,
      headerCrcMismatch: false,
      fileCrcMismatch: false,
      chainedFiles: 1,
    });
    const damaged = run.slice();
    damaged[200] = (damaged[200] ?? 0) ^ 0x55;
    expect(fitFraming(damaged).fileCrcMismatch).toBe(true);
    expect(fitFraming(run.subarray(0, 1000)).truncated).toBe(true);
    const chained = new Uint8Array([...run, ...run]);
    expect(fitFraming(chained).chainedFiles).toBe(2);
  });
});

describe('compressed timestamps', () => {
  it('leaves ordinary files alone', () => {
    expect(fitExpandCompressedTimestamps(load('runs/python-fitparse__garmin-fenix-5-run.fit'))).toBeNull();
  });

  it('rewrites a compressed-timestamp file into one the SDK reads whole, with valid CRCs', () => {
    const original = load('unusual/python-fitparse__compressed-speed-distance.fit');
    const rewritten = fitExpandCompressedTimestamps(original);
    expect(rewritten).not.toBeNull();
    const bytes = rewritten ?? new Uint8Array();
    expect(fitFraming(bytes)).toMatchObject({
      truncated: false,
      fileCrcMismatch: false,
      headerCrcMismatch: false,
    });
    const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
    expect(errors).toEqual([]);
    const times = (messages.recordMesgs ?? []).map((r) => (r.timestamp as Date).getTime());
    expect(times.length).toBeGreaterThan(700);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
  });
});
