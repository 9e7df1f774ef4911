// Pure helpers for the PSFS part of a check-in: activities carried over from the last entry, the
// list to save, and the average. The PSFS (Stratford et al. 1995) rates each activity 0 (unable)
// to 10 (able to do it as before the back problem).
import type { CheckIn } from '@upright/api-contract';

export const PSFS_MAX_ACTIVITIES = 5;
export const PSFS_ACTIVITY_MAX_CHARS = 100;

export interface PsfsItem {
  readonly activity: string;
  readonly score: number;
}

/** One row of the form: what the runner typed, the score now, and the last saved score if any. */
export interface PsfsRow {
  readonly activity: string;
  readonly score: number;
  readonly previousScore: number | null;
}

/** The newest check-in that carried PSFS scores (the list may be in any order), or null. */
export function latestPsfsEntry(checkIns: readonly CheckIn[]): CheckIn | null {
  let latest: CheckIn | null = null;
  for (const c of checkIns) {
    if (c.psfs.length === 0) continue;
    const key = `${c.date} ${c.createdAt}`;
    if (latest === null || key > `${latest.date} ${latest.createdAt}`) latest = c;
  }
  return latest;
}

/** Rows to start from: the last entry's activities with their scores, or one empty row. */
export function startingRows(previous: readonly PsfsItem[]): PsfsRow[] {
  if (previous.length === 0) return [{ activity: '', score: 5, previousScore: null }];
  return previous
    .slice(0, PSFS_MAX_ACTIVITIES)
    .map((p) => ({ activity: p.activity, score: p.score, previousScore: p.score }));
}

/** The items to send: trimmed, blanks dropped, repeated activities (any case) kept once, at most 5. */
export function psfsToSave(rows: readonly PsfsRow[]): PsfsItem[] {
  const seen = new Set<string>();
  const items: PsfsItem[] = [];
  for (const row of rows) {
    const activity = row.activity.trim().slice(0, PSFS_ACTIVITY_MAX_CHARS);
    const key = activity.toLowerCase();
    if (activity === '' || seen.has(key)) continue;
    seen.add(key);
    items.push({ activity, score: row.score });
  }
  return items.slice(0, PSFS_MAX_ACTIVITIES);
}

/** The PSFS average (0-10) rounded to one decimal, or null with no rated activity. */
export function psfsMean(items: readonly PsfsItem[]): number | null {
  if (items.length === 0) return null;
  const mean = items.reduce((sum, i) => sum + i.score, 0) / items.length;
  return Math.round(mean * 10) / 10;
}

/** One activity across the runner's PSFS entries: first and latest score (oldest entry first). */
export interface PsfsActivityHistory {
  readonly activity: string;
  readonly firstDate: string;
  readonly firstScore: number;
  readonly latestDate: string;
  readonly latestScore: number;
  readonly entries: number;
}

/** Every activity ever scored, matched case-insensitively, named as in its latest entry. */
export function psfsHistory(checkIns: readonly CheckIn[]): PsfsActivityHistory[] {
  const ordered = checkIns
    .filter((c) => c.psfs.length > 0)
    .sort((a, b) => `${a.date} ${a.createdAt}`.localeCompare(`${b.date} ${b.createdAt}`));
  const byKey = new Map<string, PsfsActivityHistory>();
  for (const c of ordered) {
    for (const item of c.psfs) {
      const key = item.activity.trim().toLowerCase();
      const seen = byKey.get(key);
      byKey.set(key, {
        activity: item.activity,
        firstDate: seen?.firstDate ?? c.date,
        firstScore: seen?.firstScore ?? item.score,
        latestDate: c.date,
        latestScore: item.score,
        entries: (seen?.entries ?? 0) + 1,
      });
    }
  }
  return [...byKey.values()];
}
