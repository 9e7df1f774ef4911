import type { Rng } from './rng';
import { rngUniform } from './rng';
import type { RunKind } from './spec';

/** A stop on the route: traffic light, drink, shoelace. */
export interface Stop {
  readonly atM: number;
  readonly durationS: number;
  /** True when the watch auto-paused (a timer gap); false when it kept recording a standing runner. */
  readonly timerPaused: boolean;
}

/** A stretch of the route run at a planned multiple of easy speed. */
interface PaceBlock {
  readonly fromM: number;
  readonly toM: number;
  readonly factor: number;
}

export interface Course {
  readonly altitudeAt: (distanceM: number) => number;
  /** Planned speed as a multiple of the runner's easy speed. */
  readonly paceFactorAt: (distanceM: number) => number;
  readonly stops: readonly Stop[];
}

const WARMUP_M = 1200;

function hillWaves(rng: Rng, kind: RunKind): (d: number) => number {
  const hilly = kind === 'hilly';
  const waves = [0, 1, 2].map(() => ({
    amplitudeM: hilly ? rngUniform(rng, 10, 22) : rngUniform(rng, 1, 4),
    wavelengthM: hilly ? rngUniform(rng, 1400, 3500) : rngUniform(rng, 2000, 6000),
    phase: rngUniform(rng, 0, 2 * Math.PI),
  }));
  const base = rngUniform(rng, 0, 400);
  return (d) => {
    let alt = base;
    for (const w of waves) alt += w.amplitudeM * Math.sin((2 * Math.PI * d) / w.wavelengthM + w.phase);
    return alt;
  };
}

function intervalBlocks(rng: Rng, distanceM: number): PaceBlock[] {
  const blocks: PaceBlock[] = [];
  const repM = rngUniform(rng, 400, 1000);
  const recoveryM = rngUniform(rng, 200, 400);
  const fast = rngUniform(rng, 1.25, 1.4);
  let d = 2000;
  while (d + repM + recoveryM < distanceM - 1000) {
    blocks.push({ fromM: d, toM: d + repM, factor: fast });
    blocks.push({ fromM: d + repM, toM: d + repM + recoveryM, factor: 0.75 });
    d += repM + recoveryM;
  }
  return blocks;
}

function fartlekBlocks(rng: Rng, distanceM: number): PaceBlock[] {
  const blocks: PaceBlock[] = [];
  let d = 2000;
  while (d < distanceM - 800) {
    const surgeM = rngUniform(rng, 200, 700);
    const floatM = rngUniform(rng, 400, 1200);
    blocks.push({ fromM: d, toM: d + surgeM, factor: rngUniform(rng, 1.12, 1.35) });
    blocks.push({ fromM: d + surgeM, toM: d + surgeM + floatM, factor: rngUniform(rng, 0.88, 1.0) });
    d += surgeM + floatM;
  }
  return blocks;
}

function simulateStops(rng: Rng, kind: RunKind, distanceM: number): Stop[] {
  const stops: Stop[] = [];
  if (kind === 'stop-start') {
    let d = rngUniform(rng, 500, 1000);
    while (d < distanceM - 200) {
      stops.push({ atM: d, durationS: rngUniform(rng, 8, 70), timerPaused: rng() < 0.5 });
      d += rngUniform(rng, 300, 1100);
    }
    return stops;
  }
  if (kind === 'intervals' || kind === 'fartlek') return stops;
  const count = Math.floor(rng() * 3);
  for (let i = 0; i < count; i += 1) {
    const atM = rngUniform(rng, 1500, distanceM - 500);
    stops.push({ atM, durationS: rngUniform(rng, 10, 45), timerPaused: rng() < 0.5 });
  }
  return stops.sort((a, b) => a.atM - b.atM);
}

/** Draws a route and a pace plan for one run of the given kind. */
export function simulateCourse(rng: Rng, kind: RunKind, distanceM: number): Course {
  const blocks =
    kind === 'intervals'
      ? intervalBlocks(rng, distanceM)
      : kind === 'fartlek'
        ? fartlekBlocks(rng, distanceM)
        : [];
  const progressionGain = kind === 'progression' ? rngUniform(rng, 0.12, 0.22) : 0;
  const paceFactorAt = (d: number): number => {
    const warm = d < WARMUP_M ? 0.88 + (0.12 * d) / WARMUP_M : 1;
    const block = blocks.find((b) => d >= b.fromM && d < b.toM);
    const planned = block ? block.factor : 1;
    const progress = progressionGain * Math.max(0, (d - WARMUP_M) / (distanceM - WARMUP_M));
    return warm * planned * (1 + progress);
  };
  return { altitudeAt: hillWaves(rng, kind), paceFactorAt, stops: simulateStops(rng, kind, distanceM) };
}
