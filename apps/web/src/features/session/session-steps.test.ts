import { describe, expect, it } from 'vitest';
import type { PlanItemView } from '../../api/programme-schema';
import { CHANGE_OVER_S, advancePosition, buildSteps, stepCountdown, stepIntro } from './session-steps';

const items: PlanItemView[] = [
  {
    exerciseId: 'plank',
    dose: { kind: 'hold', sets: 2, holdS: 30, perSide: false, restS: 20 },
    durationS: 95,
    reason: 'base',
  },
  {
    exerciseId: 'bird-dog',
    dose: { kind: 'reps', sets: 1, reps: 8, perSide: true, restS: 0, secondsPerRep: 4 },
    durationS: 80,
    reason: 'base',
  },
];

describe('buildSteps', () => {
  it('lays out sets, rests, sides and change-overs in order', () => {
    const steps = buildSteps(items, (id) => id.toUpperCase());
    expect(
      steps.map((s) =>
        s.kind === 'rest' ? `rest ${s.durationS}` : `${s.kind} ${s.name} ${s.set} ${s.side ?? '-'}`,
      ),
    ).toEqual([
      'timed PLANK 1 -',
      'rest 20',
      'timed PLANK 2 -',
      `rest ${CHANGE_OVER_S}`,
      'reps BIRD-DOG 1 left',
      'reps BIRD-DOG 1 right',
    ]);
  });
});

describe('voice prompts', () => {
  const hold = buildSteps(items, (id) => id)[0]!;

  it('introduces a step with its set and time', () => {
    expect(stepIntro(hold)).toBe('plank. Set 1 of 2. Hold for 30 seconds.');
  });

  it('says halfway and counts down the last three seconds exactly once', () => {
    const said = Array.from({ length: 30 }, (_, s) => stepCountdown(hold, s, s + 1)).flat();
    expect(said).toEqual(['Halfway', '3', '2', '1']);
  });
});

describe('advancePosition', () => {
  const steps = buildSteps(items, (id) => id);

  it('runs a timed step down and introduces the next one', () => {
    const mid = advancePosition(steps, { index: 0, elapsedMs: 0 }, 20_000);
    expect(mid.pos).toEqual({ index: 0, elapsedMs: 20_000 });
    expect(mid.said).toEqual(['Halfway']);
    const end = advancePosition(steps, mid.pos, 10_000);
    expect(end.pos).toEqual({ index: 1, elapsedMs: 0 });
    expect(end.said).toEqual(['3', '2', '1', 'Rest 20 seconds. Next: plank.']);
  });

  it('waits on reps steps and stops after the last step', () => {
    const reps = steps.findIndex((s) => s.kind === 'reps');
    expect(advancePosition(steps, { index: reps, elapsedMs: 0 }, 600_000).pos.index).toBe(reps);
    expect(advancePosition(steps, { index: steps.length, elapsedMs: 0 }, 1000).said).toEqual([]);
  });
});
