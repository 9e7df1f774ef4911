// Node-only entry (`@upright/formats/node`): reading files, folders and archives from disk.
export { readImportSources } from './sources/read-import-sources';
export type { ReadSourcesOptions } from './sources/read-import-sources';
export { randomAccessFromFile } from './sources/file-access';
export type { ImportSource } from './archive/limits';
