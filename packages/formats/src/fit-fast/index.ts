// The fast FIT decoder, browser-safe (no node:*, no @garmin/fitsdk).
import type { FitMessages } from '../fit/messages';
import { fitDecodeFastRaw } from './decode';
import { fastDecodedToMessages } from './to-messages';

export { fitDecodeFastRaw } from './decode';
export type { FastFitDecoded, FastFitIssue, FastFitIssueCode } from './decode';
export { fastDecodedToMessages } from './to-messages';

/** Decodes FIT bytes into the decoder-neutral FitMessages shape. Never throws. */
export function fitDecodeFast(bytes: Uint8Array): FitMessages {
  return fastDecodedToMessages(fitDecodeFastRaw(bytes));
}
