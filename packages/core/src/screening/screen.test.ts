import { describe, expect, it } from 'vitest';
import { NO_FLAGS } from '../plan/plan-arbitraries.testkit';
import { RED_FLAGS } from './red-flags';
import { screen } from './screen';
import { SELF_TESTS } from './self-tests';
import { SOURCES } from './sources';
import type { ScreeningAnswers, SelfTestResults } from './types';
import { RED_FLAG_IDS } from './types';

function answers(selfTests: SelfTestResults, over: Partial<ScreeningAnswers> = {}): ScreeningAnswers {
  return {
    age: 35,
    sex: 'male',
    redFlags: NO_FLAGS,
    pain: { nowNrs: 0, durationWeeks: 0, radiatesBelowKnee: false, startsAtKm: null },
    selfTests,
    ...over,
  };
}

const drivers = (t: SelfTestResults, over: Partial<ScreeningAnswers> = {}) =>
  screen(answers(t, over)).findings.map((f) => f.driver);

describe('red flags and self-tests data', () => {
  it('asks one plain-language question per red flag, each with sources', () => {
    expect(RED_FLAGS.map((f) => f.id).sort()).toEqual([...RED_FLAG_IDS].sort());
    for (const f of RED_FLAGS) {
      expect(f.question.endsWith('?'), f.id).toBe(true);
      expect(f.sources.every((s) => s in SOURCES)).toBe(true);
    }
  });

  it('describes every self-test with steps, what to record, a norm and a source', () => {
    expect(SELF_TESTS).toHaveLength(9);
    for (const t of SELF_TESTS) {
      expect(t.steps.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.record.length).toBeGreaterThan(5);
      expect(t.norm).toMatch(/\d/);
      expect(t.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('screen: findings', () => {
  it('finds nothing when every test meets its norm', () => {
    const healthy: SelfTestResults = {
      thoracicRotationDeg: { left: 50, right: 52 },
      modifiedThomasThighDeg: { left: -10, right: -12 },
      activeSlrDeg: { left: 85, right: 82 },
      singleLegBridgeS: { left: 45, right: 50 },
      bieringSorensenS: 190,
      trunkFlexorS: 150,
      sideBridgeS: { left: 100, right: 100 },
      plankS: 120,
      deadBugControlledReps: 10,
    };
    expect(drivers(healthy)).toEqual([]);
  });

  it('uses the exact thresholds (45°, horizontal, 70°, 30 s, 176 s, 60 s, 10 reps)', () => {
    expect(drivers({ thoracicRotationDeg: { left: 45, right: 45 } })).toEqual([]);
    expect(drivers({ thoracicRotationDeg: { left: 44, right: 45 } })).toEqual(['thoracic-stiffness']);
    expect(drivers({ modifiedThomasThighDeg: { left: 0, right: 0 } })).toEqual([]);
    expect(drivers({ modifiedThomasThighDeg: { left: 1, right: 0 } })).toContain('hip-flexor-tightness');
    expect(drivers({ activeSlrDeg: { left: 69, right: 80 } })).toEqual(['hamstring-tightness']);
    expect(drivers({ singleLegBridgeS: { left: 29, right: 30 } })).toEqual(['hip-extension-deficit']);
    expect(drivers({ bieringSorensenS: 175 })).toEqual(['lumbar-extensor-endurance']);
    expect(drivers({ bieringSorensenS: 176 })).toEqual([]);
    expect(drivers({ plankS: 59 })).toEqual(['lower-abdominal-weakness']);
    expect(drivers({ deadBugControlledReps: 9 })).toEqual(['lower-abdominal-weakness']);
  });

  it('applies the McGill ratios', () => {
    const asym = screen(answers({ sideBridgeS: { left: 80, right: 95 } })).findings[0];
    expect(asym?.driver).toBe('lateral-core-endurance');
    expect(asym?.evidence[0]?.kind).toBe('ratio');
    const flexorHeavy = screen(answers({ trunkFlexorS: 200, bieringSorensenS: 180 })).findings;
    expect(flexorHeavy.map((f) => f.driver)).toEqual(['lumbar-extensor-endurance']);
    expect(flexorHeavy[0]?.evidence[0]?.value).toBe(1.11);
    const sideHeavy = screen(
      answers({ sideBridgeS: { left: 150, right: 150 }, bieringSorensenS: 180 }),
    ).findings;
    expect(sideHeavy.map((f) => f.driver)).toEqual(['lumbar-extensor-endurance']);
    expect(sideHeavy[0]?.evidence[0]?.text).toMatch(/extensor ratio 0.83/);
  });

  it('flags side-to-side asymmetry even when both sides pass', () => {
    expect(drivers({ thoracicRotationDeg: { left: 46, right: 60 } })).toEqual(['thoracic-stiffness']);
    expect(drivers({ singleLegBridgeS: { left: 31, right: 60 } })).toEqual(['hip-extension-deficit']);
  });

  it('rates severity and cites evidence', () => {
    const [mild] = screen(answers({ activeSlrDeg: { left: 65, right: 75 } })).findings;
    const [marked] = screen(answers({ activeSlrDeg: { left: 50, right: 75 } })).findings;
    expect(mild?.severity).toBe('mild');
    expect(marked?.severity).toBe('marked');
    expect(marked?.evidence[0]).toMatchObject({
      testId: 'activeSlrDeg',
      value: 50,
      threshold: 70,
      unit: 'deg',
    });
    expect(marked?.evidence[0]?.sources).toContain('kendall-2005');
  });

  it('uses the pain-start distance as symptom evidence for extensor endurance only when untested', () => {
    const pain = { nowNrs: 2, durationWeeks: 3, radiatesBelowKnee: false, startsAtKm: 15 };
    const symptom = screen(answers({}, { pain })).findings;
    expect(symptom[0]).toMatchObject({ driver: 'lumbar-extensor-endurance', severity: 'mild' });
    expect(symptom[0]?.evidence[0]?.kind).toBe('symptom');
    expect(screen(answers({ bieringSorensenS: 200 }, { pain })).findings).toEqual([]);
  });
});
