// Node-only entry (`@upright/formats/node`): reading files, folders and archives from disk.
export { readImportSources } from './sources/read-import-sources';
export type { ReadSourcesOptions } from './sources/read-import-sources';
export { randomAccessFromFile } from './sources/file-access';
export type { ImportSource } from './archive/limits';

// The official @garmin/fitsdk decoder (the `--fit-decoder garmin` fallback) is Node-only: loading this
// entry registers it, so the browser entry never pulls in its 1 MB profile.
import { fitDecodeGarmin } from './fit/garmin-decoder';
import { fitRegisterDecoder } from './fit/import-fit';
fitRegisterDecoder('garmin', fitDecodeGarmin);
export { fitDecodeGarmin };
export { importManyInWorkers } from './fit-fast/node/parallel-import';
export type {
  AnalysisError,
  ImportManyOptions,
  WorkerImportResult,
  WorkerImportSource,
} from './fit-fast/node/parallel-import';
