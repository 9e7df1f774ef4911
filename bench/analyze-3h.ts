// Issue 8 target: a 3-hour run analysed end to end (FIT bytes -> activity -> form-breakdown verdict) in
// <= 15 ms on these 2-core machines. Reference measured in the same run: bare @garmin/fitsdk read() of
// the same bytes (decoding only, no analysis). CPU time, medians of interleaved rounds.
import { Decoder, Stream } from '@garmin/fitsdk';
import { analyzeRun, rngFromSeed, simulateRun } from '@upright/core';
import { importFit } from '@upright/formats';
import { activityToFit } from '@upright/server';

const TARGET_MS = 15;

function cpuMs(work: () => unknown, reps: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < reps; i++) work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / reps;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function bytesToVerdict(bytes: Uint8Array): string {
  const imported = importFit(bytes);
  if (!imported.ok) throw new Error(imported.error.code);
  return analyzeRun(imported.activity).formBreakdown.status;
}

export function run(): Record<string, number | string> {
  const { activity, truth } = simulateRun(
    { kind: 'long', channels: 'dynamics', distanceM: 36_000, onsetDistanceM: 24_000 },
    rngFromSeed(2026),
  );
  const bytes = activityToFit(activity);
  const verdict = bytesToVerdict(bytes);
  const uprightMs: number[] = [];
  const garminMs: number[] = [];
  for (let round = 0; round < 7; round++) {
    uprightMs.push(cpuMs(() => bytesToVerdict(bytes), 10));
    garminMs.push(cpuMs(() => new Decoder(Stream.fromByteArray(bytes)).read(), 3));
  }
  const upright = median(uprightMs);
  const garmin = median(garminMs);
  return {
    run: `generated long run, ${(activity.totals.elapsedS / 3600).toFixed(2)} h, ${activity.samples.time.length} samples, ${Math.round(bytes.length / 1000)} KB`,
    verdict: `${verdict} (simulated onset at ${truth.onsetDistanceM ?? 'none'} m)`,
    bytesToVerdictMs: Math.round(upright * 10) / 10,
    targetMs: TARGET_MS,
    withinTarget: upright <= TARGET_MS ? 'yes' : 'no',
    garminReadOnlyMs: Math.round(garmin * 10) / 10,
    ratioVsGarminReadOnly: Math.round((garmin / upright) * 10) / 10,
  };
}
