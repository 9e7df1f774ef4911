// Import throughput of a long FIT run with running dynamics: our importer (decode + normalise into the
// activity model) against bare @garmin/fitsdk Decoder.read(), in MB/s, and their ratio.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decoder, Stream } from '@garmin/fitsdk';
import type { ImportOptions } from '@upright/formats';
import { importFit } from '@upright/formats';
// The Node entry makes sure the @garmin/fitsdk-based decoder is registered under "garmin".
import '@upright/formats/node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus's long run with dynamics and Stryd if present, else the largest FIT fixture. */
function pickFile(): string {
  const corpus = process.env.UPRIGHT_CORPUS ?? join(root, '../shared/data');
  const preferred = join(corpus, 'fit/elevate__portland.fit');
  if (existsSync(preferred)) return preferred;
  const fixtures = join(root, 'fixtures/runs');
  const fits = readdirSync(fixtures).filter((f) => f.toLowerCase().endsWith('.fit'));
  const largest = fits.map((f) => join(fixtures, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (largest === undefined) throw new Error('no FIT file to benchmark');
  return largest;
}

/**
 * Median MB/s of each contender over `rounds` rounds, interleaved (A, B, C, A, B, C…) so that load from
 * other processes on the machine hits all alike; `warmup` untimed rounds first.
 */
function throughputs(bytes: Uint8Array, work: readonly (() => unknown)[], rounds = 15, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) for (const w of work) w();
  const times: number[][] = work.map(() => []);
  for (let i = 0; i < rounds; i++) {
    work.forEach((w, k) => {
      const t0 = performance.now();
      w();
      times[k]?.push(performance.now() - t0);
    });
  }
  return times.map((t) => {
    const sorted = [...t].sort((a, b) => a - b);
    return bytes.length / 1e6 / ((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) / 1000);
  });
}

function importOrThrow(bytes: Uint8Array, options: ImportOptions): number {
  const r = importFit(bytes, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.activity.samples.time.length;
}

export interface FitImportBench {
  readonly file: string;
  readonly sizeMB: number;
  readonly records: number;
  /** importFit with its default decoder, all the way to the activity model. */
  readonly uprightMBps: number;
  /** importFit with `fitDecoder: 'garmin'` (the SDK inside our importer). */
  readonly uprightWithGarminMBps: number;
  /** Bare @garmin/fitsdk Decoder.read(). */
  readonly garminMBps: number;
  /** upright / garmin: above 1 means our full import is faster than the SDK's bare decode. */
  readonly ratio: number;
}

export function run(): FitImportBench {
  const file = pickFile();
  const bytes = new Uint8Array(readFileSync(file));
  const records = importOrThrow(bytes, {});
  const [uprightMBps = 0, uprightWithGarminMBps = 0, garminMBps = 0] = throughputs(bytes, [
    () => importOrThrow(bytes, {}),
    () => importOrThrow(bytes, { fitDecoder: 'garmin' }),
    () => new Decoder(Stream.fromByteArray(bytes)).read(),
  ]);
  const result = {
    file: file.startsWith(root) ? file.slice(root.length + 1) : file,
    sizeMB: Math.round((bytes.length / 1e6) * 1000) / 1000,
    records,
    uprightMBps: Math.round(uprightMBps * 100) / 100,
    uprightWithGarminMBps: Math.round(uprightWithGarminMBps * 100) / 100,
    garminMBps: Math.round(garminMBps * 100) / 100,
    ratio: Math.round((uprightMBps / garminMBps) * 1000) / 1000,
  };
  process.stdout.write(
    `FIT import ${result.file} (${result.sizeMB} MB, ${records} samples): importFit ${result.uprightMBps} MB/s, ` +
      `importFit via garmin decoder ${result.uprightWithGarminMBps} MB/s, @garmin/fitsdk read() ${result.garminMBps} MB/s, ` +
      `ratio importFit / read() ${result.ratio}\n`,
  );
  return result;
}
