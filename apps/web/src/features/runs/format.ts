/** Display formatting for runs. Values arrive in SI units (metres, seconds); conversion happens here. */

export type DistanceUnit = 'km' | 'mi';

export const METERS_PER_UNIT: Readonly<Record<DistanceUnit, number>> = { km: 1000, mi: 1609.344 };

export function unitDistance(distanceM: number, unit: DistanceUnit): number {
  return distanceM / METERS_PER_UNIT[unit];
}

/** "12.34 km" / "7.67 mi"; one decimal at 100+ units. */
export function formatDistance(distanceM: number | null, unit: DistanceUnit): string {
  if (distanceM === null || !Number.isFinite(distanceM)) return '–';
  const value = unitDistance(distanceM, unit);
  return `${value.toFixed(value >= 100 ? 1 : 2)} ${unit}`;
}

/** "1:02:03" for an hour or more, else "42:07". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '–';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Pace in seconds per display unit from a speed in m/s; null when standing still. */
export function paceSecondsPerUnit(speedMps: number, unit: DistanceUnit): number | null {
  if (!Number.isFinite(speedMps) || speedMps < 0.3) return null;
  return METERS_PER_UNIT[unit] / speedMps;
}

/** "5:12 /km". */
export function formatPace(secondsPerUnit: number | null, unit: DistanceUnit): string {
  if (secondsPerUnit === null || !Number.isFinite(secondsPerUnit)) return '–';
  const total = Math.round(secondsPerUnit);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')} /${unit}`;
}

/** "Sun 22 Nov 2026" in the runner's locale, from UTC epoch milliseconds. */
export function formatRunDate(startTimeMs: number, locale?: string): string {
  return new Date(startTimeMs).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export function formatPercent(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return `${value.toFixed(digits)} %`;
}
