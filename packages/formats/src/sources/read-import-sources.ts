import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchiveLimits, ImportSource } from '../archive/limits';
import { DEFAULT_ARCHIVE_LIMITS, entryKind } from '../archive/limits';
import { unpackBytes, unpackZip } from '../archive/unpack';
import { randomAccessFromFile } from './file-access';

export interface ReadSourcesOptions {
  readonly limits?: Partial<ArchiveLimits>;
  /** Activity files (and .gz files) larger than this are refused with FILE_TOO_LARGE (bytes). */
  readonly maxFileBytes?: number;
}

function readError(name: string, error: unknown): ImportSource {
  const code = (error as { code?: unknown } | null)?.code;
  const message =
    code === 'ENOENT' ? 'no such file or folder' : error instanceof Error ? error.message : String(error);
  return { name, error: { code: 'READ_FAILED', message } };
}

async function* readFileSource(
  path: string,
  limits: ArchiveLimits,
  maxFileBytes: number,
): AsyncGenerator<ImportSource> {
  if (entryKind(path) === 'zip') {
    let ra: Awaited<ReturnType<typeof randomAccessFromFile>>;
    try {
      ra = await randomAccessFromFile(path);
    } catch (error) {
      yield readError(path, error);
      return;
    }
    try {
      yield* unpackZip(path, ra, { limits, depth: 0 });
    } finally {
      await ra.close();
    }
    return;
  }
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > maxFileBytes) {
      yield {
        name: path,
        error: { code: 'FILE_TOO_LARGE', message: `${size} bytes is over the ${maxFileBytes} limit` },
      };
      return;
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    yield readError(path, error);
    return;
  }
  yield* unpackBytes(path, bytes, { limits, depth: 0 });
}

async function* walkFolder(
  dir: string,
  limits: ArchiveLimits,
  maxFileBytes: number,
): AsyncGenerator<ImportSource> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield readError(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, limits, maxFileBytes);
    else if (entry.isFile() && entryKind(entry.name) !== 'other')
      yield* readFileSource(path, limits, maxFileBytes);
  }
}

/**
 * Every activity file under the given paths: files as given, folders recursively (.fit/.tcx/.gpx and
 * .zip/.gz only), zips read member by member from disk (never loaded whole) with nested zips and .gz
 * members expanded. Archive members are named "archive.zip!member.fit". Unreadable items come out as
 * `{ name, error }` (READ_FAILED, FILE_TOO_LARGE, ZIP_INVALID, ZIP_SLIP, ZIP_BOMB, GZIP_INVALID) and the
 * walk goes on.
 */
export async function* readImportSources(
  paths: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<ImportSource> {
  const limits: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  const maxFileBytes = options.maxFileBytes ?? limits.maxMemberBytes;
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield readError(path, error);
      continue;
    }
    if (isDir) yield* walkFolder(path, limits, maxFileBytes);
    else yield* readFileSource(path, limits, maxFileBytes);
  }
}
