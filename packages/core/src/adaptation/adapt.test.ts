import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue/catalogue';
import { buildProgramme } from '../plan/build-programme';
import { START, baseInput, planInputArb } from '../plan/plan-arbitraries.testkit';
import type { PlanDay, Programme } from '../plan/types';
import { adaptProgramme } from './adapt';
import type { CheckIn } from './types';

const programme = buildProgramme(baseInput({ equipment: ['mat', 'bench'] }), { startDate: START });
const days: PlanDay[] = programme.plan?.weeks.flatMap((w) => w.days) ?? [];
const strengthDays = days.filter((d) => d.sessions.some((s) => s.kind === 'strength'));

function checkIn(day: PlanDay, over: Partial<CheckIn> = {}): CheckIn {
  return {
    date: day.date,
    kind: 'session',
    sessionId: `${day.date}/strength`,
    status: 'done',
    painDuringNrs: 1,
    painAfterNrs: 1,
    nextMorning: 'same',
    effortRpe: 3,
    ...over,
  };
}

const idsOn = (p: Programme, date: string, kind: string): string[] =>
  p.plan?.weeks
    .flatMap((w) => w.days)
    .find((d) => d.date === date)
    ?.sessions.find((s) => s.kind === kind)
    ?.items.map((i) => i.exerciseId) ?? [];

describe('adaptProgramme', () => {
  const [first, second, third] = strengthDays;
  if (!first || !second || !third) throw new Error('expected strength days');
  const firstIds = idsOn(programme, first.date, 'strength');

  it('regresses the session exercises after pain above 5/10', () => {
    const { programme: p, changes } = adaptProgramme(programme, [checkIn(first, { painDuringNrs: 6 })]);
    expect(changes[0]?.kind).toBe('regress');
    expect(changes[0]?.sources).toContain('silbernagel-2007');
    const from = changes[0]?.fromExerciseId ?? '';
    expect(exerciseById(from)?.regressionId).toBe(changes[0]?.toExerciseId);
    expect(idsOn(p, second.date, 'strength')).toContain(changes[0]?.toExerciseId);
    expect(idsOn(p, first.date, 'strength')).toEqual(firstIds);
  });

  it('deloads when next morning is worse twice within a week', () => {
    const { changes, programme: p } = adaptProgramme(programme, [
      checkIn(first, { nextMorning: 'worse' }),
      checkIn(second, { nextMorning: 'worse' }),
    ]);
    expect(changes.map((c) => c.kind)).toContain('deload');
    const setsBefore = days.find((d) => d.date === third.date)?.sessions.find((s) => s.kind === 'strength')
      ?.items[0]?.dose.sets;
    const setsAfter = p.plan?.weeks
      .flatMap((w) => w.days)
      .find((d) => d.date === third.date)
      ?.sessions.find((s) => s.kind === 'strength')?.items[0]?.dose.sets;
    expect(setsAfter).toBeLessThan(setsBefore ?? 0);
  });

  it('progresses along the chain after two easy, pain-free check-ins in a row', () => {
    const { changes, programme: p } = adaptProgramme(programme, [checkIn(first), checkIn(second)]);
    const progress = changes.filter((c) => c.kind === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const c = progress[0]!;
    expect(exerciseById(c.fromExerciseId ?? '')?.progressionId).toBe(c.toExerciseId);
    expect(idsOn(p, third.date, 'strength')).toContain(c.toExerciseId);
  });

  it('does not progress after one easy check-in or after a hard one in between', () => {
    expect(adaptProgramme(programme, [checkIn(first)]).changes).toEqual([]);
    const mixed = adaptProgramme(programme, [
      checkIn(first),
      checkIn(second, { effortRpe: 7 }),
      checkIn(third),
    ]);
    expect(mixed.changes.filter((c) => c.kind === 'progress')).toEqual([]);
  });

  it('never progresses a runner with nerve-root signs into hard work', () => {
    const base = buildProgramme(baseInput({ pain: { ...baseInput().pain, radiatesBelowKnee: true } }), {
      startDate: START,
    });
    const all = base.plan?.weeks.flatMap((w) => w.days) ?? [];
    const sessionDays = all.filter((d) => d.sessions.some((s) => s.kind === 'strength'));
    const history = sessionDays.map((d) => checkIn(d));
    const adapted = adaptProgramme(base, history);
    for (const c of adapted.changes.filter((x) => x.kind === 'progress')) {
      expect(exerciseById(c.toExerciseId ?? '')?.hard).toBe(false);
    }
    const hard = adapted.programme.plan?.weeks
      .flatMap((w) => w.days.flatMap((d) => d.sessions))
      .filter((s) => s.hard);
    expect(hard).toEqual([]);
  });

  it('stops and refers on a new red flag at any check-in', () => {
    const { programme: p, changes } = adaptProgramme(programme, [
      checkIn(first, { redFlags: { saddleNumbness: true } }),
    ]);
    expect(p.plan).toBeNull();
    expect(p.referral.level).toBe('emergency');
    expect(changes.map((c) => c.kind)).toEqual(['stop-and-refer']);
  });

  it('is idempotent: adapting an adapted programme with the same history changes nothing more', () => {
    const history = [checkIn(first, { painAfterNrs: 7 }), checkIn(second), checkIn(third)];
    const once = adaptProgramme(programme, history);
    const twice = adaptProgramme(once.programme, history);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it('keeps every rule of the plan after any check-in history (budget, equipment, no hard before long runs)', () => {
    const checkInArb = fc.record({
      day: fc.nat({ max: 83 }),
      painDuringNrs: fc.integer({ min: 0, max: 10 }),
      painAfterNrs: fc.integer({ min: 0, max: 10 }),
      nextMorning: fc.constantFrom('better' as const, 'same' as const, 'worse' as const, null),
      effortRpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    });
    fc.assert(
      fc.property(planInputArb, fc.array(checkInArb, { maxLength: 12 }), (input, raw) => {
        const base = buildProgramme(input, { startDate: START });
        const all = base.plan?.weeks.flatMap((w) => w.days) ?? [];
        const history: CheckIn[] = raw.flatMap((r) => {
          const day = all[r.day];
          return day ? [{ ...checkIn(day, r), sessionId: null }] : [];
        });
        const adapted = adaptProgramme(base, history).programme.plan?.weeks.flatMap((w) => w.days) ?? [];
        adapted.forEach((d, i) => {
          expect(d.totalS).toBeLessThanOrEqual(input.minutesPerDay * 60);
          const big = (x: PlanDay | undefined) => x?.run != null && x.run.kind !== 'easy';
          if (big(d) || big(adapted[i + 1])) expect(d.sessions.some((s) => s.hard)).toBe(false);
          for (const item of d.sessions.flatMap((s) => s.items)) {
            for (const e of exerciseById(item.exerciseId)?.equipment ?? [])
              expect(input.equipment).toContain(e);
          }
        });
      }),
      { numRuns: 25 },
    );
  });
});
