export * from './types';
export * from './cadence-estimator';
export * from './drift-alarm';
export * from './posture-monitor';
export * from './synthetic-trace';
