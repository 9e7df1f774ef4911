import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue/catalogue';
import { dateAddDays, dateDiffDays } from './dates';
import { buildProgramme } from './build-programme';
import { START, baseInput, planInputArb } from './plan-arbitraries.testkit';
import type { Plan, PlanDay, PlanInput, Programme } from './types';

const RUNS = 40;

function planOf(input: PlanInput, startDate = START): { programme: Programme; plan: Plan; days: PlanDay[] } {
  const programme = buildProgramme(input, { startDate });
  if (!programme.plan) throw new Error('expected a plan');
  return { programme, plan: programme.plan, days: programme.plan.weeks.flatMap((w) => w.days) };
}

const isBig = (d: PlanDay | undefined): boolean => d?.run != null && d.run.kind !== 'easy';
const itemsOf = (d: PlanDay) => d.sessions.flatMap((s) => s.items);
const hardOn = (d: PlanDay): boolean => itemsOf(d).some((i) => exerciseById(i.exerciseId)?.hard === true);

describe('buildProgramme rules (property-based)', () => {
  it('never puts hard strength work on, or in the 24 h before, a long run or race, whatever the start day', () => {
    fc.assert(
      fc.property(planInputArb, fc.integer({ min: 0, max: 6 }), (input, offset) => {
        const { days } = planOf(input, dateAddDays(START, offset));
        days.forEach((d, i) => {
          if (isBig(d) || isBig(days[i + 1])) expect(hardOn(d), d.date).toBe(false);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('fits every day within minutesPerDay and uses only owned equipment, whatever the start day', () => {
    fc.assert(
      fc.property(planInputArb, fc.integer({ min: 0, max: 6 }), (input, offset) => {
        const { days } = planOf(input, dateAddDays(START, offset));
        for (const d of days) {
          expect(d.totalS).toBeLessThanOrEqual(input.minutesPerDay * 60);
          expect(d.totalS).toBe(d.sessions.reduce((s, x) => s + x.durationS, 0));
          for (const item of itemsOf(d)) {
            for (const e of exerciseById(item.exerciseId)?.equipment ?? ['missing' as never]) {
              expect(input.equipment).toContain(e);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('puts a pre-run routine starting with 3 minutes of cat-cow before every run', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        for (const d of planOf(input).days) {
          const pre = d.sessions.find((s) => s.kind === 'pre-run');
          expect(pre !== undefined).toBe(d.run !== null);
          if (pre) {
            expect(pre.items[0]?.exerciseId).toBe('cat-cow');
            expect(pre.items[0]?.dose).toMatchObject({ kind: 'timed', sets: 1, workS: 180 });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('builds anti-movement core holds to 3 × 45 s and never beyond', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const { plan } = planOf(input);
        const holds = plan.weeks.map((w) => w.coreHoldS);
        expect(holds.every((h, i) => i === 0 || h >= (holds[i - 1] ?? 0))).toBe(true);
        expect(Math.max(...holds)).toBe(45);
        expect(plan.weeks[6]?.coreHoldS).toBe(45);
        for (const w of plan.weeks) {
          for (const s of w.days.flatMap((d) => d.sessions).filter((x) => x.kind === 'core')) {
            const first = s.items[0]?.dose;
            if (first?.kind === 'hold' || first?.kind === 'timed') {
              const seconds = first.kind === 'hold' ? first.holdS : first.workS;
              expect(seconds).toBe(w.coreHoldS);
              expect(first.sets).toBe(w.phase === 'taper' || w.phase === 'recovery' ? 2 : 3);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and JSON-serialisable', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const a = buildProgramme(input, { startDate: START });
        const b = buildProgramme(structuredClone(input), { startDate: START });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 20 },
    );
  });

  it('tapers before a race: fewer sets and no hard strength in the last 4 days', () => {
    fc.assert(
      fc.property(planInputArb, fc.integer({ min: 5, max: 80 }), (input, inDays) => {
        const race = { date: dateAddDays(START, inDays), distanceKm: 42.2 };
        const { plan, days } = planOf({ ...input, running: { ...input.running, race } });
        for (const d of days) {
          const toRace = dateDiffDays(d.date, race.date);
          if (toRace >= 0 && toRace <= 4) expect(hardOn(d), d.date).toBe(false);
        }
        const raceWeek = plan.weeks.find((w) => w.days.some((d) => d.date === race.date));
        expect(raceWeek?.phase).toBe('taper');
        expect(days.find((d) => d.date === race.date)?.run?.kind).toBe('race');
      }),
      { numRuns: 30 },
    );
  });

  it('schedules 2 strength and 2-3 core sessions a week, and thoracic mobility on most days, given 20 minutes', () => {
    fc.assert(
      fc.property(planInputArb, (input0) => {
        const input = {
          ...input0,
          minutesPerDay: Math.max(20, input0.minutesPerDay),
          running: { ...input0.running, race: undefined },
        };
        if (input.running.runDays.length > 5) return;
        for (const w of planOf(input).plan.weeks) {
          const count = (k: string) => w.days.filter((d) => d.sessions.some((s) => s.kind === k)).length;
          expect(count('strength'), `week ${w.number}`).toBe(2);
          expect(count('core')).toBeGreaterThanOrEqual(2);
          expect(count('core')).toBeLessThanOrEqual(3);
          expect(count('mobility')).toBeGreaterThanOrEqual(4);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('buildProgramme examples', () => {
  it('lengthens hip flexors and hamstrings after runs', () => {
    const { days } = planOf(baseInput());
    for (const d of days.filter((x) => x.run)) {
      const post = d.sessions.find((s) => s.kind === 'post-run');
      expect(post?.items.map((i) => i.exerciseId)[0]).toMatch(/hip-flexor|couch/);
    }
  });

  it('weights sessions to the findings', () => {
    const none = planOf(baseInput()).days;
    const stiff = planOf(baseInput({ selfTests: { thoracicRotationDeg: { left: 30, right: 32 } } })).days;
    const mobilityS = (ds: PlanDay[]) =>
      ds
        .flatMap((d) => d.sessions)
        .filter((s) => s.kind === 'mobility')
        .reduce((t, s) => t + s.durationS, 0);
    expect(mobilityS(stiff)).toBeGreaterThan(mobilityS(none));
    const stiffPre = stiff.find((d) => d.run)?.sessions.find((s) => s.kind === 'pre-run');
    expect(stiffPre?.items.map((i) => i.exerciseId)).toContain('seated-thoracic-rotation');
  });

  it('marks long-run and race days for the optional tape only when tape is owned', () => {
    const without = planOf(baseInput()).days.filter((d) => d.run?.tapeSuggested);
    const withTape = planOf(baseInput({ equipment: ['kinesiology-tape'] })).days.filter(
      (d) => d.run?.tapeSuggested,
    );
    expect(without).toHaveLength(0);
    expect(withTape.length).toBe(12);
    expect(withTape.every((d) => d.run?.kind !== 'easy')).toBe(true);
  });

  it('gives no plan, cue plan or tape guide at an emergency referral', () => {
    const p = buildProgramme(baseInput({ redFlags: { ...baseInput().redFlags, saddleNumbness: true } }), {
      startDate: START,
    });
    expect(p.referral.level).toBe('emergency');
    expect(p.plan).toBeNull();
    expect(p.cuePlan).toBeNull();
    expect(p.tapeGuide).toBeNull();
  });
});
