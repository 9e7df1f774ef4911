// Display words for doses, durations and dates (never in core).
import type { Dose } from '@upright/core';

/** "3 × 45 s hold, each side · rest 30 s". */
export function formatDose(dose: Dose): string {
  const side = dose.perSide ? ', each side' : '';
  const rest = dose.restS > 0 && dose.sets > 1 ? ` · rest ${dose.restS} s` : '';
  switch (dose.kind) {
    case 'hold':
      return `${dose.sets} × ${dose.holdS} s hold${side}${rest}`;
    case 'timed':
      return `${dose.sets} × ${formatDuration(dose.workS)}${side}${rest}`;
    case 'reps':
      return `${dose.sets} × ${dose.reps} reps${side}${rest}`;
  }
}

/** "45 s", "3 min", "12 min 30 s". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** Whole minutes, at least 1: "about 12 min". */
export function formatMinutes(seconds: number): string {
  return `${Math.max(1, Math.round(seconds / 60))} min`;
}

/** Today's local calendar date as "YYYY-MM-DD". */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "Tue 14 Mar" for an ISO date, read as a calendar day (no time-zone shift). */
export function formatDay(isoDate: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** Distance in the runner's units: "14 km", "8.7 mi". */
export function formatDistanceKm(km: number, units: 'km' | 'mi'): string {
  const value = units === 'mi' ? km / 1.609344 : km;
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units}`;
}
