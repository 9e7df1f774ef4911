import { WEEKDAYS } from './types';
import type { Weekday } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO calendar date, or NaN if it is not a real date. */
export function dateToDayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return ms / DAY_MS;
}

/** ISO date for a day number (inverse of dateToDayNumber). */
export function dayNumberToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(iso: string): boolean {
  return Number.isFinite(dateToDayNumber(iso));
}

/** The date `days` later (or earlier, if negative). */
export function dateAddDays(iso: string, days: number): string {
  return dayNumberToDate(dateToDayNumber(iso) + days);
}

/** b - a in whole days. */
export function dateDiffDays(a: string, b: string): number {
  return dateToDayNumber(b) - dateToDayNumber(a);
}

/** `mon`…`sun` for a date (1970-01-01 was a Thursday). */
export function weekdayOf(iso: string): Weekday {
  const n = dateToDayNumber(iso);
  const index = (((n + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] ?? 'mon';
}
