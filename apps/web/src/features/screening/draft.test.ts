import { RED_FLAG_IDS } from '@upright/core';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  allFlagsAnswered,
  emergencyFlag,
  planSetup,
  screeningAnswers,
  urgentFlags,
} from './draft';
import type { Draft } from './draft';

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false]));

describe('red-flag rules', () => {
  it('stops at the first emergency answer', () => {
    expect(emergencyFlag({ saddleNumbness: true })?.id).toBe('saddleNumbness');
    expect(emergencyFlag({ historyOfCancer: true })).toBeNull();
  });

  it('collects urgent answers and knows when all are answered', () => {
    expect(urgentFlags({ ...allNo, historyOfCancer: true }).map((f) => f.id)).toEqual(['historyOfCancer']);
    expect(allFlagsAnswered(allNo)).toBe(true);
    expect(allFlagsAnswered({ saddleNumbness: false })).toBe(false);
  });
});

describe('answers documents', () => {
  const filled: Draft = {
    ...EMPTY_DRAFT,
    age: 41,
    sex: 'female',
    redFlags: allNo,
    selfTests: { plankS: 50 },
  };

  it('needs age, sex and every red flag before it builds the answers', () => {
    expect(screeningAnswers(EMPTY_DRAFT)).toBeNull();
    expect(screeningAnswers(filled)?.selfTests).toEqual({ plankS: 50 });
  });

  it('keeps the long run on a run day and within the weekly distance', () => {
    const input = planSetup(
      {
        ...filled,
        running: { ...filled.running, runDays: ['mon', 'wed'], longRunDay: 'sun', longRunKm: 50 },
      },
      'km',
    );
    expect(input?.running.longRunDay).toBe('wed');
    expect(input?.running.longRunKm).toBe(30);
    expect(input?.running.race).toBeUndefined();
  });
});
