import { describe, expect, it } from 'vitest';
import { cuePlanFor, runCues, POSTURE_RESET_CUE } from './cue-plan';
import { baseInput } from './plan-arbitraries.testkit';

describe('mid-run cue plan', () => {
  it('resets every 2 km, every 1 km from where pain starts', () => {
    const plan = cuePlanFor(baseInput({ pain: { ...baseInput().pain, startsAtKm: 7 } }));
    expect(plan).toMatchObject({ units: 'km', intervalKm: 2, denseFromKm: 7, denseIntervalKm: 1 });
    expect(runCues(plan, 10).map((c) => `${c.kind === 'dense-reset' ? '+' : ''}${c.atKm}`)).toEqual([
      '2',
      '4',
      '6',
      '+7',
      '8',
      '+9',
      '10',
    ]);
  });

  it('resets every mile for runners who chose miles, and never past the end of the run', () => {
    const plan = cuePlanFor(baseInput({ units: 'mi' }));
    const cues = runCues(plan, 10);
    expect(cues.map((c) => c.atKm)).toEqual([1.609, 3.219, 4.828, 6.437, 8.047, 9.656]);
    expect(cues.every((c) => c.kind === 'posture-reset')).toBe(true);
    expect(runCues(plan, 1)).toEqual([]);
  });

  it('words the reset as grow tall, chin level, shoulders down, soft ribs', () => {
    expect(POSTURE_RESET_CUE).toMatch(/tall.*chin level.*shoulders down.*soft ribs/);
  });
});
