import type { ImportResult } from '@upright/core';
import type { ImportOptions } from '../options';
import { fitLooksLike } from './framing';
import { fitImportFast } from '../fit-fast/index';
import type { FitDecode } from './messages';
import { fitNormalise } from './normalise';

// "garmin" (@garmin/fitsdk, a 1 MB profile) is registered by the Node entry (../node.ts) only, so the
// browser bundle never contains it; "upright" is built in.
const decoders: Partial<Record<NonNullable<ImportOptions['fitDecoder']>, FitDecode>> = {};

/**
 * Registers a FIT decoder under a name, so `importFit(bytes, { fitDecoder: name })` uses it. The fast
 * decoder (packages/formats/src/fit-fast) registers itself as "upright".
 */
export function fitRegisterDecoder(name: NonNullable<ImportOptions['fitDecoder']>, decode: FitDecode): void {
  decoders[name] = decode;
}

/** Imports one FIT file: decode (Upright's fast decoder by default) → activity. Never throws. */
export function importFit(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length === 0) return { ok: false, error: { code: 'FILE_EMPTY', message: 'the file is empty' } };
  if (!fitLooksLike(bytes))
    return { ok: false, error: { code: 'FIT_INVALID_HEADER', message: 'not a FIT file (bad header)' } };
  const name = options.fitDecoder ?? 'upright';
  if (name === 'upright' && decoders.upright === undefined) return fitImportFast(bytes);
  const decode = decoders[name];
  if (decode === undefined)
    return {
      ok: false,
      error: { code: 'FIT_DECODE_FAILED', message: `FIT decoder "${name}" is not available` },
    };
  return fitNormalise(decode(bytes));
}
