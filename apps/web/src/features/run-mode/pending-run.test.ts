import { describe, expect, it } from 'vitest';
import type { RecordedRun } from '@upright/api-contract';
import { clearPendingRun, PENDING_RUN_KEY, readPendingRun, storePendingRun } from './pending-run';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const run: RecordedRun = {
  startTime: '2026-11-22T07:00:00.000Z',
  timeS: [0, 1, 2],
  distanceM: [0, 3, 6],
  gaps: [],
};

describe('pending run', () => {
  it('keeps a finished run until it is cleared', () => {
    const storage = memoryStorage();
    expect(readPendingRun(storage)).toBeNull();
    storePendingRun(storage, run);
    expect(readPendingRun(storage)).toEqual(run);
    clearPendingRun(storage);
    expect(readPendingRun(storage)).toBeNull();
  });

  it('ignores what is not a valid recording', () => {
    const storage = memoryStorage();
    storage.setItem(PENDING_RUN_KEY, '{"timeS":[0]}');
    expect(readPendingRun(storage)).toBeNull();
    storage.setItem(PENDING_RUN_KEY, 'not json');
    expect(readPendingRun(storage)).toBeNull();
  });
});
