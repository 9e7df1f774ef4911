export * from './types';
export { doseDurationS, SETUP_S } from './dose';
export * from './pose-geometry';
export * from './catalogue';
