export type { ImportOptions } from './options';
export { DEFAULT_IMPORT_OPTIONS } from './options';
export { importFit, fitRegisterDecoder } from './fit/import-fit';
export type * from './fit/messages';
export { fitDecodeGarmin } from './fit/garmin-decoder';
export { fitNormalise } from './fit/normalise';
