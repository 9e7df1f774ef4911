export * from './types';
export * from './plan';
export * from './phrases';
export * from './scheduler';
