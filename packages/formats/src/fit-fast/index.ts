// The fast FIT decoder, browser-safe (no node:*, no @garmin/fitsdk).
import type { ImportResult } from '@upright/core';
import type { FitMessages } from '../fit/messages';
import { fitDecodeFastRaw } from './decode';
import { fitNormaliseFast } from './normalise';
import { fastDecodedToMessages } from './to-messages';

export { fitDecodeFastRaw } from './decode';
export type { FastFitDecoded, FastFitIssue, FastFitIssueCode } from './decode';
export { fastDecodedToMessages } from './to-messages';
export { fitNormaliseFast } from './normalise';
export { FIT_EPOCH_S } from './values';

/** Decodes FIT bytes into the decoder-neutral FitMessages shape. Never throws. */
export function fitDecodeFast(bytes: Uint8Array): FitMessages {
  return fastDecodedToMessages(fitDecodeFastRaw(bytes));
}

/** Imports one FIT file through the fast decoder, records straight from columns. Never throws. */
export function fitImportFast(bytes: Uint8Array): ImportResult {
  return fitNormaliseFast(fitDecodeFastRaw(bytes));
}
