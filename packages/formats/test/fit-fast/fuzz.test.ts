import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDecodeFast, fitDecodeFastRaw } from '../../src/fit-fast/index';
import { fitNormaliseFast } from '../../src/fit-fast/normalise';
import { CORPUS_DIR } from '../helpers/paths';
import { runFit } from './activity-builder';

/**
 * Mutated files (bit flips, truncations, inflated sizes) never make the decoder throw or hang, and
 * every problem comes out as a coded issue. Seeded, so a failure reproduces.
 */
const ISSUE_CODES = new Set([
  'FIT_INVALID_HEADER',
  'FIT_TRUNCATED',
  'FIT_CRC_MISMATCH',
  'FIT_HEADER_CRC_MISMATCH',
  'FIT_DECODE_FAILED',
]);
const RESULT_CODES = new Set(['FIT_NOT_ACTIVITY', 'FIT_NO_RECORDS', 'FIT_DECODE_FAILED']);
/** Generous per-file bound for a few-hundred-KB input on a loaded 2-core machine. */
const MAX_MS_PER_FILE = 2000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const index = (random: () => number, length: number): number => Math.floor(random() * length);

const MUTATIONS: Record<string, Mutation> = {
  bitFlips: (bytes, random) => {
    const out = bytes.slice();
    const flips = 1 + index(random, 8);
    for (let i = 0; i < flips; i++) {
      const at = index(random, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << index(random, 8));
    }
    return out;
  },
  truncation: (bytes, random) => bytes.slice(0, index(random, bytes.length)),
  inflatedDataSize: (bytes, random) => {
    const out = bytes.slice();
    new DataView(out.buffer).setUint32(4, 0xffffffff - index(random, 1000), true);
    return out;
  },
  inflatedSizeBytes: (bytes, random) => {
    // Definition field sizes and counts sit in small bytes: push random ones to the maximum.
    const out = bytes.slice();
    for (let i = 0; i < 4; i++) out[14 + index(random, out.length - 14)] = 0xff;
    return out;
  },
  randomTail: (bytes, random) => {
    const out = bytes.slice();
    const from = index(random, out.length);
    for (let i = from; i < out.length; i++) out[i] = index(random, 256);
    return out;
  },
};

function check(bytes: Uint8Array): void {
  const started = performance.now();
  const decoded = fitDecodeFastRaw(bytes);
  for (const issue of decoded.issues) expect(ISSUE_CODES.has(issue.code), issue.code).toBe(true);
  expect(decoded.records.count).toBeLessThanOrEqual(bytes.length);
  const result = fitNormaliseFast(decoded);
  if (!result.ok) expect(RESULT_CODES.has(result.error.code), result.error.code).toBe(true);
  fitDecodeFast(bytes);
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_FILE);
}

function fuzz(name: string, original: Uint8Array, rounds: number, seed: number): void {
  const random = rng(seed);
  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    for (let round = 0; round < rounds; round++) {
      const mutated = mutate(original, random);
      try {
        check(mutated);
      } catch (error) {
        throw new Error(`${name} ${kind} round ${round} (seed ${seed}): ${String(error)}`, { cause: error });
      }
    }
  }
}

const CORPUS_SAMPLES = [
  'fit/elevate__portland.fit',
  'fit/Runalyze__FR920xt-with-Stryd.fit',
  'fit/Runalyze__Standard.fit',
  'fit/python-fitparse__compressed-speed-distance.fit',
  'fit/muktihari-fit__HrmPluginTestActivity.fit',
];

describe('fast FIT decoder under mutated input', () => {
  it('never throws on mutated generated runs (developer fields, compressed timestamps)', () => {
    fuzz('generated', runFit({ developer: true, records: 200 }), 60, 1);
    fuzz(
      'generated-compressed',
      runFit({ compressedTimestamps: true, littleEndian: false, records: 100 }),
      60,
      2,
    );
  });

  it.skipIf(CORPUS_DIR === null)('never throws on mutated real files', () => {
    CORPUS_SAMPLES.forEach((file, i) => {
      fuzz(file, new Uint8Array(readFileSync(join(CORPUS_DIR ?? '', file))), 8, 100 + i);
    });
  });
});
