import { useEffect, useRef, useState } from 'react';
import type { SpeechPort } from '../../platform/speech';
import { SESSION_DONE, advancePosition, stepIntro } from './session-steps';
import type { PlayerStep } from './session-steps';

export interface Player {
  readonly index: number;
  readonly step: PlayerStep | null;
  /** Seconds into the current step. */
  readonly elapsedS: number;
  readonly running: boolean;
  readonly paused: boolean;
  readonly finished: boolean;
  /** Work steps skipped (rests do not count). */
  readonly skippedWork: number;
  readonly start: () => void;
  readonly togglePause: () => void;
  /** Ends the current step now (Skip, or Done on a reps step). */
  readonly next: (skipped: boolean) => void;
}

const TICK_MS = 250;

/**
 * Drives the guided session: the clock, step changes and the voice. The position lives in refs so
 * several timer ticks between two renders (a throttled background tab) still advance correctly.
 */
export function usePlayer(steps: readonly PlayerStep[], speech: SpeechPort): Player {
  const pos = useRef({ index: -1, elapsedMs: 0 });
  const [, setVersion] = useState(0);
  const [paused, setPaused] = useState(false);
  const [skippedWork, setSkippedWork] = useState(0);
  const render = (): void => setVersion((v) => v + 1);
  const goTo = (i: number): void => {
    pos.current = { index: i, elapsedMs: 0 };
    const s = steps[i];
    speech.speak(s ? stepIntro(s) : SESSION_DONE, { interrupt: true });
    render();
  };
  const { index } = pos.current;
  const finished = steps.length > 0 && index >= steps.length;
  const running = index >= 0 && !finished;

  useEffect(() => {
    if (!running || paused) return;
    let last = Date.now();
    const id = window.setInterval(() => {
      const now = Date.now();
      const { pos: next, said } = advancePosition(steps, pos.current, now - last);
      const stepEnded = next.index !== pos.current.index;
      last = now;
      pos.current = next;
      // A new step's introduction cuts off anything still being said about the old one.
      said.forEach((words, i) => speech.speak(words, { interrupt: stepEnded && i === said.length - 1 }));
      render();
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, paused, steps, speech]);

  return {
    index,
    step: steps[index] ?? null,
    elapsedS: Math.floor(pos.current.elapsedMs / 1000),
    running,
    paused,
    finished,
    skippedWork,
    start: () => goTo(0),
    togglePause: () => {
      speech.speak(paused ? 'Resume' : 'Paused', { interrupt: true });
      setPaused(!paused);
    },
    next: (skipped) => {
      const step = steps[pos.current.index];
      if (skipped && step !== undefined && step.kind !== 'rest') setSkippedWork((n) => n + 1);
      goTo(pos.current.index + 1);
    },
  };
}
