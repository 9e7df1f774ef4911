export * from './types';
export { buildProgramme, weekLoad } from './build-programme';
export { cuePlanFor, runCues, POSTURE_RESET_CUE } from './cue-plan';
export { dateAddDays, dateDiffDays, isIsoDate, weekdayOf } from './dates';
export { PLAN_WEEKS, TAPER_DAYS, RACE_NO_HARD_DAYS, RACE_RECOVERY_DAYS } from './context';
