export * from './types';
export * from './outcomes';
