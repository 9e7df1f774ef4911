export * from './result';
export * from './activity/index';
