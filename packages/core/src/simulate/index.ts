export { rngFromSeed, rngGaussian, rngUniform } from './rng';
export type { Rng } from './rng';
export { simulateRun } from './simulate-run';
export type { SimulatedRun } from './simulate-run';
export { CHANNEL_SETS, RUN_KINDS, simulateFatigue, simulateRunner } from './spec';
export type { ChannelSet, FatigueEffect, RunKind, RunnerProfile, RunSpec } from './spec';
