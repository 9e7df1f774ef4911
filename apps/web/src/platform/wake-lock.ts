import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (Screen Wake Lock API). The lock is released by the browser when
 * the page is hidden, so it is requested again when the page becomes visible. Silently does nothing
 * where the API is missing or refused: the session still works, the screen may just dim.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = (): void => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (s) => {
          if (cancelled) void s.release();
          else sentinel = s;
        },
        () => undefined,
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', acquire);
      if (sentinel !== null) void sentinel.release();
    };
  }, [active]);
}
