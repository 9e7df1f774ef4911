import type { ImportResult } from '@upright/core';
import { gunzipBounded } from './archive/inflate';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS } from './archive/limits';
import { fitLooksLike } from './fit/framing';
import { importFit } from './fit/import-fit';
import { importGpxText } from './gpx/import-gpx';
import type { ImportOptions } from './options';
import { DEFAULT_IMPORT_OPTIONS } from './options';
import { importTcxText } from './tcx/import-tcx';
import { xmlText } from './xml/parse';

export type DetectedFormat = 'fit' | 'tcx' | 'gpx' | 'gzip' | 'zip' | 'unknown';

/** The root element's local name of an XML document, looking past the declaration and comments. */
function xmlRoot(bytes: Uint8Array): string | null {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  const match = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(head.replace(/<[?!][\s\S]*?>/g, ''));
  return match?.[2] ?? null;
}

/** Detects the format from the bytes, falling back to the file name's extension. */
export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (fitLooksLike(bytes)) return 'fit';
  const root = xmlRoot(bytes);
  if (root === 'TrainingCenterDatabase') return 'tcx';
  if (root === 'gpx') return 'gpx';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'fit' || ext === 'tcx' || ext === 'gpx' ? ext : 'unknown';
}

export function importTcx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return importXml(bytes, options, importTcxText);
}

export function importGpx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return importXml(bytes, options, importGpxText);
}

function importXml(
  bytes: Uint8Array,
  options: ImportOptions,
  parse: (text: string) => ImportResult,
): ImportResult {
  const max = options.maxXmlBytes ?? DEFAULT_IMPORT_OPTIONS.maxXmlBytes;
  if (bytes.length > max)
    return {
      ok: false,
      error: { code: 'XML_TOO_LARGE', message: `${bytes.length} bytes of XML is over the ${max} limit` },
    };
  return parse(xmlText(bytes));
}

/**
 * Imports one activity file of any supported format (FIT, TCX, GPX, optionally gzip-compressed),
 * detected by content and then by extension. Never throws: failures are coded errors.
 * Example: importActivityBytes({ name: 'run.fit', bytes }) → { ok: true, activity, warnings }.
 */
export function importActivityBytes(
  input: { name: string; bytes: Uint8Array },
  options: ImportOptions = {},
): ImportResult {
  const { name, bytes } = input;
  if (bytes.length === 0) return { ok: false, error: { code: 'FILE_EMPTY', message: 'the file is empty' } };
  const maxFile = options.maxFileBytes ?? DEFAULT_IMPORT_OPTIONS.maxFileBytes;
  if (bytes.length > maxFile)
    return {
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: `${bytes.length} bytes is over the ${maxFile} limit` },
    };
  const format = detectFormat(name, bytes);
  switch (format) {
    case 'gzip':
      return importGzip(name, bytes, options);
    case 'zip':
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_FORMAT',
          message: 'a zip archive holds several files: open it as a folder of sources',
        },
      };
    case 'fit':
      return importFit(bytes, options);
    case 'tcx':
      return importTcx(bytes, options);
    case 'gpx':
      return importGpx(bytes, options);
    case 'unknown':
      return { ok: false, error: { code: 'UNKNOWN_FORMAT', message: 'not a FIT, TCX or GPX file' } };
  }
}

function importGzip(name: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  const maxMemberBytes = options.maxFileBytes ?? DEFAULT_IMPORT_OPTIONS.maxFileBytes;
  try {
    const inner = gunzipBounded(bytes, name, { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes });
    if (inner[0] === 0x1f && inner[1] === 0x8b)
      return { ok: false, error: { code: 'GZIP_INVALID', message: 'gzip inside gzip' } };
    return importActivityBytes({ name: name.replace(/\.gz$/i, ''), bytes: inner }, options);
  } catch (error) {
    if (error instanceof ArchiveError)
      return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}
