import { TAPE_GUIDE } from '@upright/core';
import type { ReactNode } from 'react';
import { TapeIllustration } from './tape-illustration';

/** The kinesiology-tape posture reminder: illustrated steps, skin care, when not to, and the evidence. */
export function TapePage(): ReactNode {
  const g = TAPE_GUIDE;
  return (
    <article>
      <h1>{g.title}</h1>
      <p>{g.purpose}</p>
      <div className="alert warn">
        <h2>What the evidence says</h2>
        <p>{g.evidence.note}</p>
      </div>
      <h2>How to apply it</h2>
      <ol className="tape-steps">
        {g.steps.map((step, i) => (
          <li key={step} className="card tape-step">
            <TapeIllustration index={i} label={`Step ${i + 1} drawn on a back seen from behind`} />
            <p>
              <strong>Step {i + 1}.</strong> {step}
            </p>
          </li>
        ))}
      </ol>
      <p>
        Stretch: none on the anchors, about {Math.round(g.stretchFraction.middle * 100)}% of the tape's
        stretch in the middle.
      </p>
      <h2>Skin care</h2>
      <ul>
        {g.skinCare.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>Do not use it</h2>
      <ul>
        {g.doNotUse.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </article>
  );
}
