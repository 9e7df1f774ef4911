export * from './distance-tracker';
export * from './scripted-track';
