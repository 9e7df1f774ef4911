export * from './result';
export * from './activity/index';
export * from './cues/index';
export * from './motion/index';
export * from './simulate/index';
export * from './live/index';
