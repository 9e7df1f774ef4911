// Fast FIT decoding (issue 8): decode + normalise a long FIT through Upright's decoder (importFit's
// default) against bare @garmin/fitsdk Decoder.read() on the same bytes, in MB/s, and their ratio.
// Target: ratio >= 25. Runs on a generated 3-hour run with running dynamics and Stryd fields (always
// available) and on the corpus's longest runs when ../shared/data is present.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decoder, Stream } from '@garmin/fitsdk';
import { fitDecodeFastRaw, importFit } from '@upright/formats';
import { runFit } from '../packages/formats/test/fit-fast/activity-builder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_FILES = ['fit/elevate__portland.fit', 'fit/GoldenCheetah__MultiSport-2019-11-24.fit'];

export interface FitDecodeBenchRow {
  readonly file: string;
  readonly sizeMB: number;
  /** importFit (fast decoder, all the way to the activity model). */
  readonly uprightMBps: number;
  /** The fast decoder alone (bytes to record columns). */
  readonly decodeOnlyMBps: number;
  /** Bare @garmin/fitsdk Decoder.read(). */
  readonly garminMBps: number;
  /** uprightMBps / garminMBps, measured in the same interleaved rounds. */
  readonly ratio: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** CPU milliseconds (user + system) this process spent in `work`. */
function cpuMs(work: () => unknown, reps: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < reps; i++) work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / reps;
}

/**
 * Median CPU time (ms) per run of each contender. CPU time, not wall time: the bench machine is shared
 * (2 cores, many processes), and a descheduled process is not decoding. Rounds are interleaved, and
 * each contender runs about `targetMs` of CPU per round, so fast and slow ones are measured alike.
 */
function medians(work: readonly (() => unknown)[], rounds: number, targetMs = 300): number[] {
  const reps = work.map((w) => Math.max(1, Math.round(targetMs / Math.max(cpuMs(w, 1), 0.05))));
  const times = work.map((): number[] => []);
  for (let i = 0; i < rounds; i++) work.forEach((w, k) => times[k]?.push(cpuMs(w, reps[k] ?? 1)));
  return times.map(median);
}

function benchFile(file: string, bytes: Uint8Array): FitDecodeBenchRow {
  const result = importFit(bytes);
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  const [upright = 0, decodeOnly = 0, garmin = 0] = medians(
    [
      () => importFit(bytes),
      () => fitDecodeFastRaw(bytes),
      () => new Decoder(Stream.fromByteArray(bytes)).read(),
    ],
    bytes.length > 2e6 ? 3 : 5,
  );
  const mbps = (ms: number): number => Math.round((bytes.length / 1e6 / (ms / 1000)) * 10) / 10;
  return {
    file,
    sizeMB: Math.round(bytes.length / 1e3) / 1e3,
    uprightMBps: mbps(upright),
    decodeOnlyMBps: mbps(decodeOnly),
    garminMBps: mbps(garmin),
    ratio: Math.round((garmin / upright) * 10) / 10,
  };
}

export function run(): FitDecodeBenchRow[] {
  const corpus = process.env.UPRIGHT_CORPUS ?? join(root, '../shared/data');
  const inputs: [string, Uint8Array][] = [
    ['generated 3 h run (dynamics + Stryd)', runFit({ records: 3 * 3600, developer: true })],
    ...CORPUS_FILES.filter((f) => existsSync(join(corpus, f))).map((f): [string, Uint8Array] => [
      f,
      new Uint8Array(readFileSync(join(corpus, f))),
    ]),
  ];
  const rows = inputs.map(([file, bytes]) => benchFile(file, bytes));
  for (const r of rows) {
    process.stdout.write(
      `FIT decode ${r.file} (${r.sizeMB} MB): upright decode+normalise ${r.uprightMBps} MB/s ` +
        `(decode only ${r.decodeOnlyMBps} MB/s), @garmin/fitsdk read() ${r.garminMBps} MB/s, ratio ${r.ratio}x (target >= 25x)\n`,
    );
  }
  return rows;
}
