import type { ScoredBin } from './scoring';
import type { Decoupling, DecouplingMethod } from './types';
import { roundTo } from './round';

const MIN_STEADY_S = 20 * 60;
const MAX_STEADY_GRADE = 0.03;
const STEADY_SPEED_BAND = 0.15;

/**
 * Aerobic decoupling (EF1 − EF2) / EF1 × 100, with EF = speed/HR ('pace:hr') or power/HR ('power:hr')
 * when power is recorded, over the steady portion: after the warm-up, on segments with even speed
 * within ±15 % of the run's median, grade under 3 %, no stop. The steady segments are split in two
 * halves by moving time. Null with under 20 min of steady running or without heart rate.
 */
export function decouplingOf(scored: readonly ScoredBin[], medianSpeedMps: number): Decoupling | null {
  const steady = scored.filter(
    (s) =>
      !s.inWarmup &&
      !s.bin.pause &&
      s.bin.speedChange <= 0.12 &&
      Math.abs(s.bin.grade) < MAX_STEADY_GRADE &&
      Math.abs(s.bin.speedMps / medianSpeedMps - 1) <= STEADY_SPEED_BAND &&
      Number.isFinite(s.bin.values.heartRate),
  );
  const totalS = steady.reduce((sum, s) => sum + s.bin.durationS, 0);
  if (totalS < MIN_STEADY_S) return null;
  const withPower = steady.filter((s) => Number.isFinite(s.bin.values.power)).length >= 0.8 * steady.length;
  const method: DecouplingMethod = withPower ? 'power:hr' : 'pace:hr';
  const output = (s: ScoredBin) => (withPower ? s.bin.values.power : s.bin.speedMps);
  const halves = [
    { out: 0, hr: 0 },
    { out: 0, hr: 0 },
  ];
  let elapsed = 0;
  for (const s of steady) {
    const half = halves[elapsed < totalS / 2 ? 0 : 1];
    elapsed += s.bin.durationS;
    const o = output(s);
    if (!half || !Number.isFinite(o)) continue;
    half.out += o * s.bin.durationS;
    half.hr += s.bin.values.heartRate * s.bin.durationS;
  }
  const [first, second] = halves;
  if (!first || !second || first.hr === 0 || second.hr === 0) return null;
  const ef1 = first.out / first.hr;
  const ef2 = second.out / second.hr;
  return { pct: roundTo(((ef1 - ef2) / ef1) * 100, 1), method };
}
