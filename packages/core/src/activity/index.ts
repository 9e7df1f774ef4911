export * from './channels';
export * from './model';
