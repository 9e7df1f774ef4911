// The decoded columns and objects as the decoder-neutral FitMessages shape (../fit/messages.ts), for
// the shared normaliser and for comparing with the @garmin/fitsdk path.
import type { FitDeveloperValue, FitMessages, FitRecordMesg } from '../fit/messages';
import type { FastFitDecoded } from './decode';
import { enumName } from './profile-types';
import { DEVELOPER_SLOT_BASE, RECORD_SLOTS, Slot, type RecordTable } from './record-table';

function developerValues(table: RecordTable): Map<number, Record<number, FitDeveloperValue>> {
  const byRow = new Map<number, Record<number, FitDeveloperValue>>();
  const at = (row: number): Record<number, FitDeveloperValue> => {
    let values = byRow.get(row);
    if (values === undefined) {
      values = {};
      byRow.set(row, values);
    }
    return values;
  };
  for (const key of table.developerKeys()) {
    const column = table.columns[DEVELOPER_SLOT_BASE + key] ?? new Float64Array(0);
    for (let row = 0; row < table.count; row++) {
      const value = column[row] ?? Number.NaN;
      if (!Number.isNaN(value)) at(row)[key] = value;
    }
  }
  for (const { row, key, value } of table.sparse) at(row)[key] = value;
  return byRow;
}

/** One object per record row, with only the fields that have a value. */
export function recordObjects(table: RecordTable): FitRecordMesg[] {
  const developer = developerValues(table);
  const out: FitRecordMesg[] = [];
  for (let row = 0; row < table.count; row++) {
    const record: Record<string, unknown> = {};
    for (let slot = 0; slot < RECORD_SLOTS.length; slot++) {
      if (!table.has(slot)) continue;
      const value = table.columns[slot]?.[row] ?? Number.NaN;
      if (Number.isNaN(value)) continue;
      record[RECORD_SLOTS[slot] ?? ''] = slot === Slot.activityType ? enumName('activityType', value) : value;
    }
    const values = developer.get(row);
    if (values !== undefined) record.developerFields = values;
    out.push(record);
  }
  return out;
}

/** The decoded file as FitMessages; `records: false` leaves the record list empty (columns only). */
export function fastDecodedToMessages(decoded: FastFitDecoded, options = { records: true }): FitMessages {
  const { objects } = decoded;
  // The object lists hold exactly the keys and value types the profile subset (./profile.ts) declares
  // for each message, which is the FitMessages shape of that message.
  const lists = objects as unknown as Omit<FitMessages, 'record' | 'integrity'>;
  return {
    ...lists,
    record: options.records ? recordObjects(decoded.records) : [],
    integrity: {
      truncated: decoded.truncated,
      headerCrcMismatch: decoded.headerCrcMismatch,
      fileCrcMismatch: decoded.fileCrcMismatch,
      chainedFiles: decoded.chainedFiles,
      errors: decoded.issues
        .filter((i) => i.code !== 'FIT_HEADER_CRC_MISMATCH')
        .map((i) => `${i.code} ${i.message}`),
    },
  };
}
