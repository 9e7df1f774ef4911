import { describe, expect, it } from 'vitest';
import daily from '../../../../fixtures/answers/daily-runner-soon-referral.json';
import beginner from '../../../../fixtures/answers/one-run-a-week-beginner.json';
import redFlag from '../../../../fixtures/answers/red-flag-cauda-equina.json';
import typicalJson from '../../../../fixtures/answers/typical-marathoner.json';
import { parseCheckIn, parsePlanInput, parseScreeningAnswers, planInputJsonSchema } from './parse';

const typical = typicalJson as Record<string, unknown>;
const FIXTURES: Record<string, unknown> = { daily, beginner, redFlag, typical };

function firstMessage(value: unknown): string {
  const r = parsePlanInput(value);
  if (r.ok) throw new Error('expected invalid');
  expect(r.issues[0]?.code).toBe('PLAN_INPUT_INVALID');
  return r.issues[0]?.message ?? '';
}

const running = typical.running as Record<string, unknown>;

describe('parsePlanInput', () => {
  it('accepts every example answer document', () => {
    for (const [name, doc] of Object.entries(FIXTURES)) expect(parsePlanInput(doc).ok, name).toBe(true);
  });

  it.each([
    ['missing field', { ...typical, age: undefined }, 'age: is required'],
    ['wrong type', { ...typical, age: 'forty' }, 'age: must be a number (age in years)'],
    ['too young', { ...typical, age: 12 }, 'age: must be at least 16'],
    ['unknown field', { ...typical, shoeSize: 42 }, 'the document: unknown field "shoeSize"'],
    [
      'bad weekday',
      { ...typical, running: { ...running, runDays: ['tue', 'sunday'] } },
      'running.runDays[1]: must be one of mon',
    ],
    [
      'long run not a run day',
      { ...typical, running: { ...running, longRunDay: 'mon' } },
      'running.longRunDay: must be one of the runDays',
    ],
    [
      'long run beyond week',
      { ...typical, running: { ...running, longRunKm: 80 } },
      'running.longRunKm: must not exceed weeklyKm',
    ],
    [
      'bad race date',
      { ...typical, running: { ...running, race: { date: '2027-02-30', distanceKm: 42.2 } } },
      'running.race.date: must be a real calendar date',
    ],
    [
      'missing red flag',
      { ...typical, redFlags: { saddleNumbness: false } },
      'redFlags.bladderOrBowelChange: is required',
    ],
    [
      'pain out of range',
      { ...typical, pain: { ...(typical.pain as object), nowNrs: 11 } },
      'pain.nowNrs: must be at most 10',
    ],
    ['unknown equipment', { ...typical, equipment: ['kettlebell'] }, 'equipment[0]: must be one of mat'],
    ['too little time', { ...typical, minutesPerDay: 2 }, 'minutesPerDay: must be at least 5'],
    ['bad units', { ...typical, units: 'miles' }, 'units: must be "km" or "mi"'],
    ['not an object', [], 'the document: must be a JSON object'],
  ])('%s: names the field', (_name, value, expected) => {
    expect(firstMessage(value)).toContain(expected);
  });
});

describe('parseScreeningAnswers', () => {
  it('accepts the screening part alone and rejects a plan-only field', () => {
    const { age, sex, redFlags, pain, selfTests } = typical;
    expect(parseScreeningAnswers({ age, sex, redFlags, pain, selfTests }).ok).toBe(true);
    const bad = parseScreeningAnswers({ age, sex, redFlags, pain, selfTests, units: 'km' });
    expect(bad.ok ? '' : bad.issues[0]?.code).toBe('SCREENING_INVALID');
  });
});

describe('parseCheckIn', () => {
  it('accepts a check-in and names bad fields', () => {
    const ok = {
      date: '2026-01-06',
      kind: 'session',
      sessionId: null,
      status: 'done',
      painDuringNrs: 2,
      painAfterNrs: 3,
      nextMorning: 'same',
      effortRpe: 4,
    };
    expect(parseCheckIn(ok).ok).toBe(true);
    const bad = parseCheckIn({ ...ok, painAfterNrs: 12 });
    expect(bad.ok ? '' : bad.issues[0]?.message).toMatch(/^painAfterNrs: must be 0-10/);
  });
});

describe('planInputJsonSchema', () => {
  it('is a closed JSON Schema object listing the required fields', () => {
    const schema = planInputJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'age',
        'sex',
        'redFlags',
        'pain',
        'selfTests',
        'running',
        'equipment',
        'minutesPerDay',
        'units',
      ]),
    );
  });
});
