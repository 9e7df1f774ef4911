import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSpeech } from '../platform/use-speech';
import { COUNTDOWN_S, formatClock, heldSeconds, holdAnnouncement } from './hold-timer-logic';

/**
 * Start/stop timer for a hold: a spoken 3-2-1 countdown, the held time announced every 15 s, and
 * the result handed to `onRecord` when stopped.
 */
export function HoldTimer({
  label,
  onRecord,
}: {
  readonly label: string;
  readonly onRecord: (seconds: number) => void;
}): ReactNode {
  const speech = useSpeech();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const lastSaid = useRef(-1);
  useEffect(() => {
    if (startedAt === null) return;
    const tick = (): void => {
      const t = Date.now();
      setNow(t);
      const second = Math.floor((t - startedAt) / 1000);
      if (second !== lastSaid.current) {
        lastSaid.current = second;
        const words = holdAnnouncement(second);
        if (words !== null) speech.speak(words, { interrupt: true });
      }
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [startedAt, speech]);
  const elapsedMs = startedAt === null ? 0 : now - startedAt;
  const inCountdown = startedAt !== null && elapsedMs < COUNTDOWN_S * 1000;
  const start = (): void => {
    lastSaid.current = -1;
    setNow(Date.now());
    setStartedAt(Date.now());
  };
  const stop = (): void => {
    const held = heldSeconds(Date.now() - (startedAt ?? Date.now()));
    setStartedAt(null);
    speech.speak(`Stopped at ${held} seconds`, { interrupt: true });
    onRecord(held);
  };
  return (
    <div className="hold-timer" role="group" aria-label={label}>
      <p className="hold-clock" aria-live="off">
        {inCountdown
          ? `Get ready… ${COUNTDOWN_S - Math.floor(elapsedMs / 1000)}`
          : formatClock(heldSeconds(elapsedMs))}
      </p>
      {startedAt === null ? (
        <button type="button" className="button" onClick={start}>
          Start timer
        </button>
      ) : (
        <button type="button" className="button danger" onClick={stop}>
          Stop and record
        </button>
      )}
    </div>
  );
}
