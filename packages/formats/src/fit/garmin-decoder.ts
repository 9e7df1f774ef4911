import { Decoder, Stream } from '@garmin/fitsdk';
import { fitExpandCompressedTimestamps } from './compressed-timestamps';
import { fitFraming } from './framing';
import type { FitMessages } from './messages';

/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
export const FIT_EPOCH_S = 631_065_600;

/** Date-time fields of the profile, renamed with an "Ms" suffix and converted to Unix milliseconds. */
const TIME_FIELDS: Readonly<Record<string, string>> = {
  timestamp: 'timestampMs',
  startTime: 'startTimeMs',
  timeCreated: 'timeCreatedMs',
};

type Loose = Record<string, unknown>;

function convertMessage(message: Loose): Loose {
  const out: Loose = {};
  for (const key in message) {
    const value = message[key];
    if (value === null || value === undefined) continue;
    const timeKey = TIME_FIELDS[key];
    if (timeKey !== undefined) {
      if (typeof value === 'number') out[timeKey] = (value + FIT_EPOCH_S) * 1000;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function list<T>(messages: Loose, key: string): T[] {
  const value = messages[key];
  if (!Array.isArray(value)) return [];
  // The SDK's messages are plain objects in profile units; convertMessage only renames time fields,
  // so each object has the shape FitMessages declares (see messages.ts conventions).
  return value.map((m: Loose) => convertMessage(m) as T);
}

/**
 * Decodes FIT bytes with the official Garmin SDK into the decoder-neutral messages shape. Files with
 * compressed-timestamp headers (which the SDK refuses) are first rewritten with full timestamps.
 * Never throws: decoder errors end up in `integrity.errors` with whatever decoded before them.
 */
export function fitDecodeGarmin(bytes: Uint8Array): FitMessages {
  const framing = fitFraming(bytes);
  const input = fitExpandCompressedTimestamps(bytes) ?? bytes;
  const errors: string[] = [];
  let messages: Loose = {};
  try {
    const result = new Decoder(Stream.fromByteArray(input)).read({ convertDateTimesToDates: false });
    messages = result.messages as unknown as Loose;
    for (const e of result.errors) errors.push(e instanceof Error ? e.message : String(e));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return {
    fileId: list(messages, 'fileIdMesgs'),
    deviceInfo: list(messages, 'deviceInfoMesgs'),
    session: list(messages, 'sessionMesgs'),
    lap: list(messages, 'lapMesgs'),
    record: list(messages, 'recordMesgs'),
    event: list(messages, 'eventMesgs'),
    developerDataId: list(messages, 'developerDataIdMesgs'),
    fieldDescription: list(messages, 'fieldDescriptionMesgs'),
    integrity: { ...framing, errors },
  };
}
