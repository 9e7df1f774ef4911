const DAY_MS = 86_400_000;

/** The ISO week (Monday start) holding an instant, in UTC: { week: "2026-W11", weekStartMs }. */
export function isoWeekOf(ms: number): { week: string; weekStartMs: number } {
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
  const weekStartMs = dayStart - weekday * DAY_MS;
  const thursday = new Date(weekStartMs + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 1 + ((4 - new Date(Date.UTC(year, 0, 1)).getUTCDay() + 7) % 7));
  const number = 1 + Math.round((thursday.getTime() - firstThursday) / (7 * DAY_MS));
  return { week: `${year}-W${String(number).padStart(2, '0')}`, weekStartMs };
}

export function isoDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last `count` ISO weeks up to and including the one holding `nowMs`, oldest first. */
export function lastIsoWeeks(nowMs: number, count: number): { week: string; weekStartMs: number }[] {
  const current = isoWeekOf(nowMs).weekStartMs;
  return Array.from({ length: count }, (_, i) => isoWeekOf(current - (count - 1 - i) * 7 * DAY_MS));
}

export const WEEK_MS = 7 * DAY_MS;
