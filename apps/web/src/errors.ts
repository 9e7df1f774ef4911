// The one table from error code to the words a runner sees. Server codes are the contract's closed
// ApiErrorCode union (so a new code fails the typecheck until it has words); client codes describe
// what went wrong before a usable answer arrived; import codes say why one uploaded file was not read.
import type { ApiErrorCode } from '@upright/api-contract';
import type { ImportErrorCode } from '@upright/core';

export type ClientErrorCode = 'NETWORK_OFFLINE' | 'NETWORK_FAILED' | 'BAD_RESPONSE' | 'HTTP_ERROR';

const TRY_AGAIN = 'Something went wrong on the server. Try again in a moment.';

const TEXT: Readonly<Record<ApiErrorCode | ClientErrorCode, string>> = {
  NETWORK_OFFLINE: 'You are offline. This needs a connection; everything already loaded still works.',
  NETWORK_FAILED: 'Could not reach Upright. Check the connection and try again.',
  BAD_RESPONSE: 'Upright sent an answer this version of the app does not understand. Reload the page.',
  HTTP_ERROR: TRY_AGAIN,
  VALIDATION_FAILED: 'Some answers are not valid. Check them and try again.',
  INVALID_JSON: 'The app sent something the server could not read. Reload the page and try again.',
  ROUTE_NOT_FOUND: 'This version of the app asked for something the server does not offer. Reload the page.',
  METHOD_NOT_ALLOWED:
    'This version of the app asked for something the server does not offer. Reload the page.',
  ACTIVITY_NOT_FOUND: 'That run could not be found. It may have been deleted.',
  PLAN_NOT_FOUND: 'There is no plan yet. Finish the screening to build one.',
  SCREENING_NOT_FOUND: 'There is no screening yet. Start with the screening.',
  PROFILE_NOT_FOUND: 'There is no runner profile yet. Start with the screening.',
  SCREENING_STOPPED:
    'The screening stopped at a red-flag answer, so no plan was made. Please follow the advice shown.',
  CONFIRMATION_REQUIRED: 'Type the confirmation sentence exactly to go ahead.',
  NOT_MULTIPART: 'The upload was not sent as files. Try choosing the files again.',
  NO_FILES: 'No files were chosen.',
  PAYLOAD_TOO_LARGE: 'That upload is too large. Send fewer or smaller files at once.',
  TOO_MANY_FILES: 'Too many files at once. Send them in smaller batches.',
  UNSUPPORTED_MEDIA_TYPE: 'That file type is not supported. Use FIT, TCX, GPX or a zip of those.',
  RATE_LIMITED: 'Too many requests at once. Wait a moment and try again.',
  STORAGE_FAILED: 'Upright could not save that. Try again; if it keeps failing, check the server disk.',
  INTERNAL_ERROR: TRY_AGAIN,
};

/** Per-file import outcomes: the formats package's closed ImportErrorCode union. */
const IMPORT_TEXT: Readonly<Record<ImportErrorCode, string>> = {
  FIT_NOT_ACTIVITY: 'This FIT file is not an activity (it may be settings, a course or a workout).',
  FIT_INVALID_HEADER: 'This is not a readable FIT file: its header is damaged or missing.',
  FIT_NO_RECORDS: 'This FIT file holds no recorded samples.',
  FIT_DECODE_FAILED: 'This FIT file is damaged and could not be read.',
  TCX_NO_ACTIVITY: 'This TCX file holds no activity.',
  TCX_INVALID: 'This TCX file is not valid TCX.',
  GPX_NO_TRACK: 'This GPX file holds no track (it may be a route or waypoints only).',
  GPX_INVALID: 'This GPX file is not valid GPX.',
  XML_TOO_LARGE: 'This file is too large to read safely.',
  XML_ENTITY_REFUSED: 'This file uses XML features Upright refuses for safety.',
  XML_MALFORMED: 'This file is not well-formed XML.',
  FILE_TOO_LARGE: 'This file is too large to import.',
  FILE_EMPTY: 'This file is empty.',
  UNKNOWN_FORMAT: 'Not an activity file Upright knows (FIT, TCX or GPX, or a zip of those).',
  ZIP_INVALID: 'This zip is damaged and could not be opened.',
  ZIP_SLIP: 'This zip contains unsafe paths and was refused.',
  ZIP_BOMB: 'This zip unpacks to far more than it holds and was refused.',
  GZIP_INVALID: 'This .gz file is damaged and could not be opened.',
  READ_FAILED: 'This file could not be read.',
  IMPORT_CRASHED: 'Upright could not read this file. Your other files are not affected.',
};

const ALL_TEXT = { ...IMPORT_TEXT, ...TEXT };

/** Plain-language text for an error code; unknown codes fall back to a generic sentence. */
export function errorText(code: string): string {
  return (ALL_TEXT as Readonly<Record<string, string>>)[code] ?? TRY_AGAIN;
}
