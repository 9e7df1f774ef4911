import { RED_FLAG_IDS, type RedFlagId, type ScreeningAnswers } from '@upright/core';

/** A typical runner's screening answers: no red flags, mild pain from 10 km, some tests below norm. */
export function typicalAnswers(redFlag?: RedFlagId): ScreeningAnswers {
  const redFlags = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, id === redFlag])) as Record<
    RedFlagId,
    boolean
  >;
  return {
    age: 38,
    sex: 'female',
    redFlags,
    pain: { nowNrs: 2, durationWeeks: 10, radiatesBelowKnee: false, startsAtKm: 10 },
    selfTests: {
      thoracicRotationDeg: { left: 40, right: 38 },
      modifiedThomasThighDeg: { left: 8, right: 4 },
      bieringSorensenS: 70,
      trunkFlexorS: 90,
      sideBridgeS: { left: 45, right: 50 },
    },
  };
}

export const typicalSetup = {
  running: { runDays: ['tue', 'thu', 'sun'], longRunDay: 'sun', weeklyKm: 30, longRunKm: 14 },
  equipment: ['mat'],
  minutesPerDay: 20,
  units: 'km',
} as const;
