// Import throughput of a long FIT run with running dynamics: our importer (decode + normalise into the
// activity model) against bare @garmin/fitsdk Decoder.read(), in MB/s, and their ratio.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decoder, Stream } from '@garmin/fitsdk';
import { importFit } from '@upright/formats';

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
 * Median MB/s of each contender over `rounds` rounds, interleaved (A, B, A, B…) so that load from other
 * processes on the machine hits both alike; `warmup` untimed rounds first.
 */
function throughputPair(
  bytes: Uint8Array,
  work: readonly [() => void, () => void],
  rounds = 15,
  warmup = 3,
): [number, number] {
  for (let i = 0; i < warmup; i++) for (const w of work) w();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    work.forEach((w, k) => {
      const t0 = performance.now();
      w();
      times[k as 0 | 1].push(performance.now() - t0);
    });
  }
  const mbps = (t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return bytes.length / 1e6 / ((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) / 1000);
  };
  return [mbps(times[0]), mbps(times[1])];
}

export interface FitImportBench {
  readonly file: string;
  readonly sizeMB: number;
  readonly records: number;
  readonly uprightMBps: number;
  readonly garminMBps: number;
  /** upright / garmin: above 1 means our full import is faster than the SDK's bare decode. */
  readonly ratio: number;
}

export function run(): FitImportBench {
  const file = pickFile();
  const bytes = new Uint8Array(readFileSync(file));
  let records = 0;
  const [uprightMBps, garminMBps] = throughputPair(bytes, [
    () => {
      const r = importFit(bytes);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      records = r.activity.samples.time.length;
    },
    () => {
      new Decoder(Stream.fromByteArray(bytes)).read();
    },
  ]);
  const result = {
    file: file.startsWith(root) ? file.slice(root.length + 1) : file,
    sizeMB: Math.round((bytes.length / 1e6) * 1000) / 1000,
    records,
    uprightMBps: Math.round(uprightMBps * 100) / 100,
    garminMBps: Math.round(garminMBps * 100) / 100,
    ratio: Math.round((uprightMBps / garminMBps) * 1000) / 1000,
  };
  process.stdout.write(
    `FIT import ${result.file} (${result.sizeMB} MB, ${records} samples): upright importFit ${result.uprightMBps} MB/s, ` +
      `@garmin/fitsdk read() ${result.garminMBps} MB/s, ratio ${result.ratio}\n`,
  );
  return result;
}
