import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue/catalogue';
import { RED_FLAG_IDS } from '../screening/types';
import type { DriverId, ReferralLevel, SelfTestResults } from '../screening/types';
import { buildProgramme } from './build-programme';
import { dateAddDays } from './dates';
import { START, baseInput } from './plan-arbitraries.testkit';
import type { PlanInput, RunningWeek } from './types';

const EXPECTED_LEVEL: Readonly<Record<(typeof RED_FLAG_IDS)[number], ReferralLevel>> = {
  saddleNumbness: 'emergency',
  bladderOrBowelChange: 'emergency',
  sexualDysfunction: 'emergency',
  bothLegsSymptoms: 'emergency',
  progressiveLegWeakness: 'emergency',
  feverOrUnwell: 'urgent',
  immuneSuppressionOrInjectedDrugs: 'urgent',
  historyOfCancer: 'urgent',
  unexplainedWeightLoss: 'urgent',
  constantNightPain: 'urgent',
  significantTrauma: 'urgent',
  longTermSteroids: 'soon',
  thoracicPain: 'soon',
  structuralDeformity: 'soon',
};

describe('clinical scenarios: red flags of each kind', () => {
  it.each(RED_FLAG_IDS.map((id) => [id, EXPECTED_LEVEL[id]] as const))('%s → %s', (id, level) => {
    const p = buildProgramme(baseInput({ redFlags: { ...baseInput().redFlags, [id]: true } }), {
      startDate: START,
    });
    expect(p.referral.level).toBe(level);
    expect(p.referral.reasons[0]?.id).toBe(id);
    expect(p.referral.reasons[0]?.text.length).toBeGreaterThan(40);
    expect(p.plan === null).toBe(level === 'emergency' || level === 'urgent');
  });

  it.each([
    ['first onset at 62', { age: 62 }, 'age-at-onset'],
    ['first onset at 17', { age: 17 }, 'age-at-onset'],
    ['pain below the knee', { pain: { ...baseInput().pain, radiatesBelowKnee: true } }, 'radiating-pain'],
    ['pain 8/10', { pain: { ...baseInput().pain, nowNrs: 8 } }, 'persistent-or-severe'],
    [
      'inflammatory pattern',
      {
        age: 30,
        pain: {
          ...baseInput().pain,
          durationWeeks: 20,
          morningStiffnessMinutes: 45,
          easedBy: ['movement' as const],
        },
      },
      'inflammatory-pattern',
    ],
  ] as const)('%s → soon, plan still given', (_name, over, reason) => {
    const p = buildProgramme(baseInput(over), { startDate: START });
    expect(p.referral.level).toBe('soon');
    expect(p.referral.reasons.map((r) => r.id)).toContain(reason);
    expect(p.plan).not.toBeNull();
  });

  it('keeps the most urgent level when flags of several kinds are answered yes', () => {
    const flags = {
      ...baseInput().redFlags,
      longTermSteroids: true,
      feverOrUnwell: true,
      saddleNumbness: true,
    };
    const p = buildProgramme(baseInput({ redFlags: flags }), { startDate: START });
    expect(p.referral.level).toBe('emergency');
    expect(p.referral.reasons.map((r) => r.level)).toEqual(['emergency', 'urgent']);
  });
});

const DRIVER_TESTS: Readonly<Record<DriverId, SelfTestResults>> = {
  'thoracic-stiffness': { thoracicRotationDeg: { left: 32, right: 50 } },
  'hip-extension-deficit': { singleLegBridgeS: { left: 12, right: 40 } },
  'hip-flexor-tightness': { modifiedThomasThighDeg: { left: 12, right: -10 } },
  'hamstring-tightness': { activeSlrDeg: { left: 58, right: 75 } },
  'lower-abdominal-weakness': { deadBugControlledReps: 4 },
  'lumbar-extensor-endurance': { bieringSorensenS: 90 },
  'lateral-core-endurance': { sideBridgeS: { left: 25, right: 70 } },
};

/** Exercises in the plan that target the driver (outside the pre-run cat-cow). */
function targeted(input: PlanInput, driver: DriverId): number {
  const p = buildProgramme(input, { startDate: START });
  const items = (p.plan?.weeks ?? []).flatMap((w) =>
    w.days.flatMap((d) => d.sessions.flatMap((s) => s.items)),
  );
  return items.filter((i) => i.reason === driver && exerciseById(i.exerciseId)?.targets.includes(driver))
    .length;
}

describe('clinical scenarios: each driver alone and all combined', () => {
  it.each(Object.entries(DRIVER_TESTS) as [DriverId, SelfTestResults][])('%s alone', (driver, selfTests) => {
    const input = baseInput({ selfTests });
    const p = buildProgramme(input, { startDate: START });
    expect(p.findings.map((f) => f.driver)).toEqual(
      driver === 'hip-flexor-tightness' ? ['hip-extension-deficit', driver] : [driver],
    );
    expect(p.findings.find((f) => f.driver === driver)?.severity).toBe('marked');
    expect(p.findings[0]?.evidence[0]?.text.length).toBeGreaterThan(10);
    expect(targeted(input, driver)).toBeGreaterThan(12);
  });

  it('all seven drivers together: every one found and served, and the day budget still holds', () => {
    const selfTests = Object.assign({}, ...Object.values(DRIVER_TESTS)) as SelfTestResults;
    const input = baseInput({ selfTests, minutesPerDay: 25 });
    const p = buildProgramme(input, { startDate: START });
    expect(p.findings).toHaveLength(7);
    for (const f of p.findings) expect(targeted(input, f.driver), f.driver).toBeGreaterThan(0);
    const days = p.plan?.weeks.flatMap((w) => w.days) ?? [];
    expect(days.every((d) => d.totalS <= 25 * 60)).toBe(true);
  });

  it('untested drivers give no finding', () => {
    expect(buildProgramme(baseInput(), { startDate: START }).findings).toEqual([]);
  });
});

function week(running: Partial<RunningWeek>, minutesPerDay = 20) {
  const p = buildProgramme(baseInput({ running: { ...baseInput().running, ...running }, minutesPerDay }), {
    startDate: START,
  });
  if (!p.plan) throw new Error('expected a plan');
  return p.plan;
}

describe('clinical scenarios: odd running weeks', () => {
  it('1 run a week: that run is the long run, with pre-run and post-run work, strength on other days', () => {
    const plan = week({ runDays: ['sat'], longRunDay: 'sat', weeklyKm: 8, longRunKm: 8 });
    const w1 = plan.weeks[0];
    const runs = w1?.days.filter((d) => d.run) ?? [];
    expect(runs.map((d) => [d.weekday, d.run?.kind])).toEqual([['sat', 'long']]);
    expect(
      w1?.days.filter((d) => d.sessions.some((s) => s.kind === 'strength')).map((d) => d.weekday),
    ).not.toContain('fri');
  });

  it('7 runs a week: a pre-run routine every day and strength still twice, never on Saturday before the Sunday long run', () => {
    const plan = week({ runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], longRunDay: 'sun' });
    for (const w of plan.weeks) {
      expect(w.days.every((d) => d.sessions[0]?.kind === 'pre-run')).toBe(true);
      const strength = w.days.filter((d) => d.sessions.some((s) => s.kind === 'strength'));
      expect(strength).toHaveLength(2);
      expect(strength.map((d) => d.weekday)).not.toContain('sat');
    }
  });

  it('runs on consecutive days with the long run on Saturday: no hard work on Friday', () => {
    const plan = week({ runDays: ['thu', 'fri', 'sat', 'sun'], longRunDay: 'sat' });
    for (const d of plan.weeks.flatMap((w) => w.days)) {
      if (d.weekday === 'fri' || d.weekday === 'sat') expect(d.sessions.some((s) => s.hard)).toBe(false);
    }
  });

  it('race next week: the first weeks are a taper, the race is on the calendar, recovery follows', () => {
    const race = { date: dateAddDays(START, 9), distanceKm: 21.1 };
    const plan = week({ race });
    expect(plan.weeks.slice(0, 2).map((w) => w.phase)).toEqual(['taper', 'taper']);
    expect(plan.weeks[2]?.phase).toBe('recovery');
    const days = plan.weeks.flatMap((w) => w.days);
    expect(days.find((d) => d.date === race.date)?.run?.kind).toBe('race');
    const afterRace = days.find((d) => d.date === dateAddDays(race.date, 1));
    expect(afterRace?.sessions.some((s) => s.kind === 'core' || s.kind === 'strength')).toBe(false);
  });

  it('a race before the start is ignored with a warning', () => {
    const plan = week({ race: { date: dateAddDays(START, -3), distanceKm: 10 } });
    expect(plan.warnings.map((w) => w.code)).toContain('RACE_BEFORE_START');
    expect(plan.weeks.every((w) => w.phase !== 'taper')).toBe(true);
  });

  it('very little time: says what does not fit instead of breaking the budget', () => {
    const plan = week({ runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, 5);
    expect(plan.warnings.some((w) => w.code === 'STRENGTH_SESSIONS_SHORT')).toBe(true);
    expect(plan.weeks.flatMap((w) => w.days).every((d) => d.totalS <= 300)).toBe(true);
  });
});
