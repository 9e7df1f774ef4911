/**
 * Turns what the runner dropped or picked (files, folders, export zips) into the list of files to upload.
 * Folders are walked recursively; files that are not activity files or archives are counted, not sent.
 */

const ACCEPTED = /\.(fit|tcx|gpx|zip|gz)$/i;

/** The `accept` attribute for the file picker. */
export const UPLOAD_ACCEPT = '.fit,.tcx,.gpx,.zip,.gz,.fit.gz,.tcx.gz,.gpx.gz';

export interface PickedFile {
  /** Path inside a dropped folder ("export/activities/123.fit"), else the file name. */
  readonly path: string;
  readonly file: File;
}

export interface CollectedFiles {
  readonly files: readonly PickedFile[];
  /** Files found in folders that are not activity files (e.g. JSON in a Strava export folder). */
  readonly skipped: number;
}

export function isUploadCandidate(name: string): boolean {
  return ACCEPTED.test(name);
}

function relativePath(file: File): string {
  const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
  return rel !== undefined && rel !== '' ? rel : file.name;
}

/** From an `<input type=file multiple>` (with or without webkitdirectory). */
export function collectFromFileList(list: Iterable<File>): CollectedFiles {
  const files: PickedFile[] = [];
  let skipped = 0;
  for (const file of list) {
    if (isUploadCandidate(file.name)) files.push({ path: relativePath(file), file });
    else skipped++;
  }
  return { files, skipped };
}

/** The subset of the File and Directory Entries API used for dropped folders. */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
  file?(success: (file: File) => void, failure?: (err: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (err: unknown) => void): void;
  };
}

function fileOf(entry: EntryLike): Promise<File | null> {
  return new Promise((resolve) => {
    if (entry.file === undefined) resolve(null);
    else entry.file(resolve, () => resolve(null));
  });
}

/** readEntries answers in batches (Chromium: 100); call until it returns none. */
async function childrenOf(entry: EntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader?.();
  if (reader === undefined) return [];
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: EntryLike, out: { files: PickedFile[]; skipped: number }): Promise<void> {
  if (entry.isDirectory) {
    for (const child of await childrenOf(entry)) await walk(child, out);
    return;
  }
  if (!isUploadCandidate(entry.name)) {
    out.skipped++;
    return;
  }
  const file = await fileOf(entry);
  if (file === null) out.skipped++;
  else out.files.push({ path: entry.fullPath.replace(/^\//, ''), file });
}

/** From a drop: entries must be taken synchronously in the event handler, then walked. */
export async function collectFromEntries(entries: readonly EntryLike[]): Promise<CollectedFiles> {
  const out = { files: [] as PickedFile[], skipped: 0 };
  for (const entry of entries) await walk(entry, out);
  return out;
}

/** Reads the drop synchronously (DataTransfer is emptied after the handler returns). */
export function entriesFromDataTransfer(dt: DataTransfer): { entries: EntryLike[]; files: File[] } {
  const entries: EntryLike[] = [];
  const files: File[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry() as EntryLike | null;
    if (entry !== null) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file !== null) files.push(file);
    }
  }
  return { entries, files };
}
