import { gunzipBounded, inflateBounded } from './inflate';
import type { ArchiveLimits, ImportSource } from './limits';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, entryIsSlip, entryKind } from './limits';
import type { RandomAccess, ZipEntry } from './zip-directory';
import {
  randomAccessFromBytes,
  randomAccessWindow,
  zipDirectory,
  zipEntryData,
  zipEntryDataOffset,
} from './zip-directory';

function failed(name: string, error: unknown): ImportSource {
  if (error instanceof ArchiveError) return { name, error: { code: error.code, message: error.message } };
  return {
    name,
    error: { code: 'READ_FAILED', message: error instanceof Error ? error.message : String(error) },
  };
}

/** Strips ".gz" so the inner name shows what the member is (".fit.gz" → ".fit"). */
export function gzipInnerName(name: string): string {
  return name.replace(/\.gz$/i, '');
}

interface Context {
  readonly limits: ArchiveLimits;
  readonly depth: number;
}

async function entryBytes(
  ra: RandomAccess,
  entry: ZipEntry,
  name: string,
  ctx: Context,
): Promise<Uint8Array> {
  if (entry.encrypted) throw new ArchiveError('ZIP_INVALID', `${name} is encrypted`);
  // A nested zip is read into memory whole, so it gets its own (larger) limit.
  const max = entryKind(entry.name) === 'zip' ? ctx.limits.maxNestedZipBytes : ctx.limits.maxMemberBytes;
  if (entry.uncompressedSize > max) {
    throw new ArchiveError(
      'ZIP_BOMB',
      `${name} declares ${entry.uncompressedSize} bytes, over the ${max} limit`,
    );
  }
  const data = await zipEntryData(ra, entry);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateBounded(data, name, { ...ctx.limits, maxMemberBytes: max });
  throw new ArchiveError('ZIP_INVALID', `${name} uses unsupported compression method ${entry.method}`);
}

/**
 * Expands one file's bytes: a .gz becomes its content (and is expanded again if that is an archive), a
 * .zip yields its activity members (recursively), anything else is yielded as is. Errors are yielded
 * per item; one bad member never stops the rest.
 */
export async function* unpackBytes(
  name: string,
  bytes: Uint8Array,
  ctx: Context,
): AsyncGenerator<ImportSource> {
  const kind = entryKind(name);
  if (kind === 'gzip') {
    let inner: Uint8Array;
    try {
      inner = gunzipBounded(bytes, name, ctx.limits);
    } catch (error) {
      yield failed(name, error);
      return;
    }
    const innerName = gzipInnerName(name);
    if (entryKind(innerName) === 'zip' || entryKind(innerName) === 'gzip')
      yield* unpackBytes(innerName, inner, ctx);
    else yield { name, bytes: inner };
    return;
  }
  if (kind === 'zip') {
    yield* unpackZip(name, randomAccessFromBytes(bytes), ctx);
    return;
  }
  yield { name, bytes };
}

/** Yields the activity members of a zip (nested zips and .gz members expanded), each named "zip!member". */
export async function* unpackZip(name: string, ra: RandomAccess, ctx: Context): AsyncGenerator<ImportSource> {
  if (ctx.depth >= ctx.limits.maxDepth) {
    yield {
      name,
      error: { code: 'ZIP_BOMB', message: `archives nested more than ${ctx.limits.maxDepth} deep` },
    };
    return;
  }
  let entries: ZipEntry[];
  try {
    entries = await zipDirectory(ra);
  } catch (error) {
    yield failed(name, error);
    return;
  }
  const inner: Context = { limits: ctx.limits, depth: ctx.depth + 1 };
  for (const entry of entries) {
    if (entry.directory || entryKind(entry.name) === 'other') continue;
    const member = `${name}!${entry.name}`;
    if (entryIsSlip(entry.name)) {
      yield {
        name: member,
        error: { code: 'ZIP_SLIP', message: `member path escapes the archive: ${entry.name}` },
      };
      continue;
    }
    if (entry.method === 0 && entryKind(entry.name) === 'zip') {
      // A stored zip inside a zip is read in place, never loaded whole.
      try {
        const offset = await zipEntryDataOffset(ra, entry);
        yield* unpackZip(member, randomAccessWindow(ra, offset, entry.compressedSize), inner);
      } catch (error) {
        yield failed(member, error);
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await entryBytes(ra, entry, member, ctx);
    } catch (error) {
      yield failed(member, error);
      continue;
    }
    yield* unpackBytes(member, bytes, inner);
  }
}

/**
 * The activity files inside in-memory bytes (a browser upload): a .zip or .gz is expanded (nested
 * archives too), anything else comes back as it is.
 */
export function importSourcesFromBytes(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ArchiveLimits> = {},
): AsyncGenerator<ImportSource> {
  return unpackBytes(name, bytes, { limits: { ...DEFAULT_ARCHIVE_LIMITS, ...limits }, depth: 0 });
}
