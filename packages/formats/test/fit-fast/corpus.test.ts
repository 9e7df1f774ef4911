import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDecodeGarmin } from '../../src/fit/garmin-decoder';
import { fitNormalise } from '../../src/fit/normalise';
import { fitDecodeFast, fitDecodeFastRaw } from '../../src/fit-fast/index';
import { fitNormaliseFast } from '../../src/fit-fast/normalise';
import { CORPUS_DIR } from '../helpers/paths';
import { activityDiff, activityDiffAllowingCsdSpeed, messagesDiff } from './compare';

/**
 * Every FIT file of the shared corpus (fit/ and bad/): the fast decoder's messages and activity equal
 * the @garmin/fitsdk path's within the tolerances named in ./compare.ts. Where the SDK itself fails
 * (it throws a TypeError inside its component expansion on some multisport summary files), ours must
 * decode at least as much, without errors.
 */
const SDK_CRASH = /Cannot read properties/;

const files =
  CORPUS_DIR === null
    ? []
    : ['fit', 'bad'].flatMap((dir) =>
        readdirSync(join(CORPUS_DIR ?? '', dir))
          .filter((f) => f.endsWith('.fit'))
          .map((f) => `${dir}/${f}`),
      );

describe.skipIf(CORPUS_DIR === null)('fast FIT decoder on the corpus, against @garmin/fitsdk', () => {
  it.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR ?? '', file)));
    const reference = fitDecodeGarmin(bytes);
    const ours = fitDecodeFast(bytes);
    if (reference.integrity.errors.some((e) => SDK_CRASH.test(e))) {
      expect(ours.integrity.errors).toEqual([]);
      expect(ours.record.length).toBeGreaterThan(reference.record.length);
      expect(fitNormaliseFast(fitDecodeFastRaw(bytes)).ok).toBe(true);
      return;
    }
    expect(messagesDiff(reference, ours)).toEqual([]);
    const usesCompressedSpeed = reference.record.some((r) => 'compressedSpeedDistance' in r);
    const diff = usesCompressedSpeed ? activityDiffAllowingCsdSpeed : activityDiff;
    expect(diff(fitNormalise(reference), fitNormaliseFast(fitDecodeFastRaw(bytes)))).toEqual([]);
  });
});
