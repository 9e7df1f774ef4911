import { RED_FLAGS } from '@upright/core';
import type { RedFlagId } from '@upright/core';
import type { ReactNode } from 'react';
import { allFlagsAnswered } from './draft';
import type { RedFlagDraft } from './draft';
import { YesNo } from './yes-no';

/** Safety questions first, in plain words. An emergency "yes" ends the flow at once (see the page). */
export function RedFlagsStep(props: {
  readonly flags: RedFlagDraft;
  readonly onAnswer: (id: RedFlagId, yes: boolean) => void;
  readonly onNext: () => void;
}): ReactNode {
  const answered = RED_FLAGS.filter((f) => props.flags[f.id] !== undefined).length;
  return (
    <div>
      <h1>First, a few safety questions</h1>
      <p>
        Most back pain in runners is mechanical and responds well to exercise. A few signs mean a doctor
        should see you first. Answer each one about how you are now.
      </p>
      {RED_FLAGS.map((f) => (
        <YesNo
          key={f.id}
          question={f.question}
          value={props.flags[f.id]}
          onChange={(yes) => props.onAnswer(f.id, yes)}
        />
      ))}
      <p className="muted" aria-live="polite">
        {answered} of {RED_FLAGS.length} answered
      </p>
      <button
        type="button"
        className="button"
        disabled={!allFlagsAnswered(props.flags)}
        onClick={props.onNext}
      >
        Continue
      </button>
    </div>
  );
}
