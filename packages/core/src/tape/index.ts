export * from './types';
export * from './tape-guide';
