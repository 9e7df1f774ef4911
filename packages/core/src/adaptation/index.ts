export * from './types';
export { ADAPTATION_RULES, checkInEasyAndPainFree, checkInOverLimit } from './rules';
export { adaptProgramme } from './adapt';
