import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importActivityBytes } from '@upright/formats';
import type { Config } from './config';
import type { Store } from './db/store';
import { systemClock, uuid, type AppDeps } from './deps';
import { coreAnalysis } from './features/activities/core-analysis';
import { decodeManyInWorkers } from './features/activities/decode-many';
import { readUploadsWith } from './features/activities/read-uploads';
import { coreProgramme } from './features/plan/core-programme';

const here = dirname(fileURLToPath(import.meta.url));

/** The built web app next to this package (apps/web/dist), used when the config names none. */
export const DEFAULT_WEB_DIST = join(here, '..', '..', 'web', 'dist');

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/** The production wiring: formats for decoding, core for analysis and the programme, the system clock. */
export function defaultDeps(store: Store, config: Config): AppDeps {
  return {
    store,
    config,
    importFile: (source) => importActivityBytes(source, { maxFileBytes: config.uploadFileBytes }),
    readUploads: readUploadsWith(config.uploadFileBytes),
    analysis: coreAnalysis,
    decodeMany: decodeManyInWorkers({ maxFileBytes: config.uploadFileBytes }),
    programme: coreProgramme,
    now: systemClock,
    newId: uuid,
    version: packageVersion(),
  };
}
