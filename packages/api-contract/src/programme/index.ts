export * from './plan-input';
export * from './check-in';
export * from './parse';
