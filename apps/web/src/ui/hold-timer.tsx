import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { SpeechPort } from '../platform/speech';
import { useSpeech } from '../platform/use-speech';
import { COUNTDOWN_S, formatClock, heldSeconds, holdAnnouncement } from './hold-timer-logic';

/** The running clock of a hold: start time, now, and the spoken countdown as whole seconds pass. */
function useHoldClock(speech: SpeechPort): {
  readonly startedAt: number | null;
  readonly elapsedMs: number;
  readonly start: () => void;
  readonly stop: () => number;
} {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const lastSaid = useRef(-1);
  useEffect(() => {
    if (startedAt === null) return;
    const tick = (): void => {
      const t = Date.now();
      setNow(t);
      const second = Math.floor((t - startedAt) / 1000);
      if (second === lastSaid.current) return;
      lastSaid.current = second;
      const words = holdAnnouncement(second);
      if (words !== null) speech.speak(words, { interrupt: true });
    };
    tick();
    const id = window.setInterval(tick, 200);
    return () => window.clearInterval(id);
  }, [startedAt, speech]);
  return {
    startedAt,
    elapsedMs: startedAt === null ? 0 : now - startedAt,
    start: () => {
      lastSaid.current = -1;
      setNow(Date.now());
      setStartedAt(Date.now());
    },
    stop: () => {
      const held = heldSeconds(Date.now() - (startedAt ?? Date.now()));
      setStartedAt(null);
      return held;
    },
  };
}

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
  const clock = useHoldClock(speech);
  const inCountdown = clock.startedAt !== null && clock.elapsedMs < COUNTDOWN_S * 1000;
  const stop = (): void => {
    const held = clock.stop();
    speech.speak(`Stopped at ${held} seconds`, { interrupt: true });
    onRecord(held);
  };
  return (
    <div className="hold-timer" role="group" aria-label={label}>
      <p className="hold-clock" aria-live="off">
        {inCountdown
          ? `Get ready… ${COUNTDOWN_S - Math.floor(clock.elapsedMs / 1000)}`
          : formatClock(heldSeconds(clock.elapsedMs))}
      </p>
      {clock.startedAt === null ? (
        <button type="button" className="button" onClick={clock.start}>
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
