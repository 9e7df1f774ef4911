import type { ImportErrorCode } from '@upright/core';

/** One input found while walking paths or archives: its bytes, or why it could not be read. */
export type ImportSource =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly error: { readonly code: ImportErrorCode; readonly message: string } };

/** Limits that keep a hostile archive from exhausting memory. Spread DEFAULT_ARCHIVE_LIMITS to override. */
export interface ArchiveLimits {
  /** Largest decompressed size of one member (bytes); beyond it the member is a ZIP_BOMB. */
  readonly maxMemberBytes: number;
  /** Largest decompressed/compressed ratio for members over 1 MiB; beyond it a ZIP_BOMB. */
  readonly maxRatio: number;
  /** Deepest nesting of archives inside archives. */
  readonly maxDepth: number;
  /** Largest member read into memory to open as a nested zip (bytes). */
  readonly maxNestedZipBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxMemberBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  maxDepth: 4,
  maxNestedZipBytes: 1024 * 1024 * 1024,
};

export class ArchiveError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Extensions of activity files we import from folders and archives. */
export const ACTIVITY_EXTENSIONS = ['.fit', '.tcx', '.gpx'] as const;

export type EntryKind = 'activity' | 'zip' | 'gzip' | 'other';

/** What a member or file name looks like: an activity, a container, or something to skip. */
export function entryKind(name: string): EntryKind {
  const lower = name.toLowerCase();
  // macOS archive litter: resource forks ("__MACOSX/…", "._run.fit") look like activities but are not.
  const base = lower.slice(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
  if (base.startsWith('._') || lower.startsWith('__macosx/') || lower.includes('/__macosx/')) return 'other';
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.gz')) return 'gzip';
  return ACTIVITY_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'activity' : 'other';
}

/**
 * True when an archive member name would escape the extraction folder (zip-slip): absolute paths,
 * drive letters, or ".." segments. We never extract to disk, but such archives are hostile and refused.
 */
export function entryIsSlip(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return true;
  return n.split('/').some((part) => part === '..');
}
