import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { Store } from './db/store';
import type { SourceError } from './features/activities/activities.service';
import type { DecodeMany } from './features/activities/bulk-import';
import type { AnalysisPort, ImportPort, SourceFile } from './features/activities/ports';
import type { ProgrammePort } from './features/plan/programme-port';

/** An uploaded file saved to a temp path, with the name the client gave it. */
export interface UploadedFile {
  readonly path: string;
  readonly name: string;
}

/** Expands saved uploads (zips into their members) into files to import. */
export type ReadUploads = (files: readonly UploadedFile[]) => AsyncIterable<SourceFile | SourceError>;

/** Everything the app needs, passed explicitly. */
export interface AppDeps {
  readonly store: Store;
  readonly config: Config;
  readonly importFile: ImportPort;
  readonly readUploads: ReadUploads;
  readonly analysis: AnalysisPort;
  /** Parallel decode + analysis for bulk imports (worker threads); absent = one file at a time. */
  readonly decodeMany?: DecodeMany;
  readonly programme: ProgrammePort;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly version: string;
}

export const systemClock = (): Date => new Date();
export const uuid = (): string => randomUUID();
