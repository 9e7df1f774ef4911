import type { ImportResult } from '@upright/core';
import type { ImportOptions } from '../options';
import { fitLooksLike } from './framing';
import { fitDecodeGarmin } from './garmin-decoder';
import type { FitDecode } from './messages';
import { fitNormalise } from './normalise';

const decoders: Partial<Record<NonNullable<ImportOptions['fitDecoder']>, FitDecode>> = {
  garmin: fitDecodeGarmin,
};

/**
 * Registers a FIT decoder under a name, so `importFit(bytes, { fitDecoder: name })` uses it. The fast
 * decoder (packages/formats/src/fit-fast) registers itself as "upright".
 */
export function fitRegisterDecoder(name: NonNullable<ImportOptions['fitDecoder']>, decode: FitDecode): void {
  decoders[name] = decode;
}

/** Imports one FIT file: decode (Garmin SDK by default) → FIT messages → activity. Never throws. */
export function importFit(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length === 0) return { ok: false, error: { code: 'FILE_EMPTY', message: 'the file is empty' } };
  if (!fitLooksLike(bytes))
    return { ok: false, error: { code: 'FIT_INVALID_HEADER', message: 'not a FIT file (bad header)' } };
  const name = options.fitDecoder ?? 'garmin';
  const decode = decoders[name];
  if (decode === undefined)
    return {
      ok: false,
      error: { code: 'FIT_DECODE_FAILED', message: `FIT decoder "${name}" is not available` },
    };
  return fitNormalise(decode(bytes));
}
