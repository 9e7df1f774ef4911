export * from './distance-tracker';
