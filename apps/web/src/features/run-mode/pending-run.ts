/**
 * A finished run is kept on the device until the server has it, so a dead connection at the end of a
 * run (common out on the road) or a reload never loses the recording.
 */
import { RecordedRunSchema } from '@upright/api-contract';
import type { RecordedRun } from '@upright/api-contract';

export const PENDING_RUN_KEY = 'upright.pendingRun.v1';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storePendingRun(storage: KeyValue, run: RecordedRun): void {
  try {
    storage.setItem(PENDING_RUN_KEY, JSON.stringify(run));
  } catch {
    // Full or private storage: the run can still be saved from the finish screen.
  }
}

/** The unsaved run, or null when there is none or what is stored is not a valid recording. */
export function readPendingRun(storage: KeyValue): RecordedRun | null {
  let raw: string | null;
  try {
    raw = storage.getItem(PENDING_RUN_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = RecordedRunSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearPendingRun(storage: KeyValue): void {
  try {
    storage.removeItem(PENDING_RUN_KEY);
  } catch {
    // Nothing stored to clear.
  }
}
