// Pure timing rules for the hold timer: what to say when, given elapsed milliseconds.

export const COUNTDOWN_S = 3;
export const ANNOUNCE_EVERY_S = 15;

/** Spoken words for a whole second of the countdown-then-hold timeline, or null for silence. */
export function holdAnnouncement(second: number): string | null {
  if (second < COUNTDOWN_S) return String(COUNTDOWN_S - second);
  if (second === COUNTDOWN_S) return 'Go';
  const held = second - COUNTDOWN_S;
  if (held > 0 && held % ANNOUNCE_EVERY_S === 0) return `${held} seconds`;
  return null;
}

/** Seconds actually held, from milliseconds since the countdown began (never negative). */
export function heldSeconds(elapsedMs: number): number {
  return Math.max(0, Math.floor(elapsedMs / 1000) - COUNTDOWN_S);
}

/** "1:05" from seconds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
