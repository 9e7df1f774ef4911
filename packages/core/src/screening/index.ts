export * from './types';
export * from './sources';
export * from './red-flags';
export * from './self-tests';
export * from './referral';
export * from './findings';
export * from './screen';
