import { exerciseById } from '@upright/core';
import type { ReactNode } from 'react';
import { formatClock } from '../../ui/hold-timer-logic';
import { PoseFigure } from '../exercises/pose-figure';
import type { PlayerStep } from './session-steps';
import type { Player } from './use-player';

function Title({ step }: { readonly step: PlayerStep }): ReactNode {
  if (step.kind === 'rest') {
    return (
      <>
        <h2>Rest</h2>
        <p className="muted">Next: {step.nextName}</p>
      </>
    );
  }
  return (
    <>
      <h2>{step.name}</h2>
      <p className="muted">
        Set {step.set} of {step.sets}
        {step.side ? ` · ${step.side} side` : ''}
      </p>
    </>
  );
}

/** The current step: figure, cue, time left (or reps), and the controls. */
export function StepView({
  player,
  steps,
}: {
  readonly player: Player;
  readonly steps: readonly PlayerStep[];
}): ReactNode {
  const step = player.step;
  if (step === null) return null;
  const exercise = step.kind === 'rest' ? null : exerciseById(step.exerciseId);
  const left = step.kind === 'reps' ? null : Math.max(0, step.durationS - player.elapsedS);
  return (
    <section className="card step" aria-live="polite" aria-atomic="false">
      <p className="muted step-count">
        Step {player.index + 1} of {steps.length}
      </p>
      <Title step={step} />
      {exercise ? (
        <div className="step-figure">
          <PoseFigure
            start={exercise.pose.start}
            end={exercise.pose.end}
            label={`${exercise.name}, moving from the start to the end position`}
          />
          <p className="cue">{exercise.cues[0]}</p>
        </div>
      ) : null}
      <p className="step-clock" aria-live="off">
        {step.kind === 'reps' ? `${step.reps} reps` : formatClock(left ?? 0)}
      </p>
      <div className="row player-controls">
        {step.kind === 'reps' ? (
          <button type="button" className="button" onClick={() => player.next(false)}>
            Done
          </button>
        ) : null}
        <button
          type="button"
          className="button secondary"
          onClick={player.togglePause}
          aria-pressed={player.paused}
        >
          {player.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button secondary" onClick={() => player.next(true)}>
          Skip
        </button>
      </div>
    </section>
  );
}
