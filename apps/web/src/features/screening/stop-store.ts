// Remembers on this device that the screening stopped at a red flag, so Today keeps showing the
// advice instead of offering a plan.
const KEY = 'upright.screening-stop.v1';

export function saveStop(flagIds: readonly string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(flagIds));
  } catch {
    // Storage unavailable: the advice was shown; it just will not be remembered.
  }
}

export function clearStop(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/** The red-flag ids that stopped the last screening, or an empty list. */
export function loadStop(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
