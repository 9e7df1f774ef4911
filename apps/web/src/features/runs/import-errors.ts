// Words for why one file could not be imported: the formats package's per-file codes (a closed union,
// so a new code fails the typecheck until it has words). Anything else goes to the app's error table.
import type { ImportErrorCode } from '@upright/core';
import { errorText } from '../../errors';

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

export function importErrorText(code: string): string {
  return (IMPORT_TEXT as Readonly<Record<string, string>>)[code] ?? errorText(code);
}
