import { describe, expect, it } from 'vitest';
import { ActivityListQuerySchema } from './activities';
import { CheckInCreateSchema } from './plan';
import { RecordedRunSchema } from './recorded';
import { DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema } from './settings';

describe('contract schemas', () => {
  it('accepts the default settings and rejects unknown keys in a patch', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ units: 'mi' }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ units: 'furlong' }).success).toBe(false);
  });

  it('coerces list query strings and applies defaults', () => {
    expect(ActivityListQuerySchema.parse({ limit: '10' })).toEqual({ limit: 10, offset: 0 });
    expect(ActivityListQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(ActivityListQuerySchema.safeParse({ from: '2026-13-01' }).success).toBe(false);
  });

  it('fills check-in defaults and bounds pain to 0-10', () => {
    const parsed = CheckInCreateSchema.parse({
      kind: 'session',
      date: '2026-03-02',
      status: 'done',
      painDuringNrs: 2,
      painAfterNrs: 1,
    });
    expect(parsed).toMatchObject({
      sessionId: null,
      activityId: null,
      effortRpe: null,
      nextMorning: null,
      psfs: [],
      note: '',
    });
    expect(
      CheckInCreateSchema.safeParse({
        kind: 'run',
        date: '2026-03-02',
        status: 'done',
        painDuringNrs: 11,
        painAfterNrs: 0,
      }).success,
    ).toBe(false);
  });

  it('requires one distance per time sample in a recorded run', () => {
    const base = { startTime: '2026-03-02T07:00:00.000Z', timeS: [0, 1, 2] };
    expect(RecordedRunSchema.safeParse({ ...base, distanceM: [0, 3, 6] }).success).toBe(true);
    expect(RecordedRunSchema.safeParse({ ...base, distanceM: [0, 3] }).success).toBe(false);
  });
});
