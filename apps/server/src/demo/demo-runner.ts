import { RED_FLAG_IDS, type RedFlagId, type ScreeningAnswers } from '@upright/core';

/** The demo runner's screening: no red flags, back pain from about 10 km, typical self-test gaps. */
export const DEMO_ANSWERS: ScreeningAnswers = {
  age: 41,
  sex: 'female',
  redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])) as Record<RedFlagId, boolean>,
  pain: { nowNrs: 3, durationWeeks: 14, radiatesBelowKnee: false, startsAtKm: 10 },
  selfTests: {
    thoracicRotationDeg: { left: 38, right: 41 },
    modifiedThomasThighDeg: { left: 9, right: 6 },
    activeSlrDeg: { left: 72, right: 70 },
    bieringSorensenS: 62,
    trunkFlexorS: 85,
    sideBridgeS: { left: 40, right: 46 },
    plankS: 55,
  },
};

export const DEMO_SETUP = {
  running: { runDays: ['tue', 'thu', 'sun'], longRunDay: 'sun', weeklyKm: 32, longRunKm: 16 },
  equipment: ['mat', 'band', 'kinesiology-tape'],
  minutesPerDay: 20,
  units: 'km',
} as const;

export const DEMO_PROFILE_NAME = 'Demo runner';

/** Weeks of history the demo shows, ending this week. */
export const DEMO_WEEKS = 10;
