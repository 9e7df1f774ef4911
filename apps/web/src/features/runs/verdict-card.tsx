import type { ReactNode } from 'react';
import type { RunAnalysis } from '@upright/core';
import type { DistanceUnit } from './format';
import { verdictText } from './verdict-text';

export function VerdictCard(props: {
  readonly analysis: RunAnalysis | null;
  readonly unit: DistanceUnit;
}): ReactNode {
  if (props.analysis === null) {
    return (
      <section className="card verdict-card none" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">Form</h2>
        <p>This run has not been analysed, so there is no form verdict.</p>
      </section>
    );
  }
  const v = verdictText(props.analysis, props.unit);
  return (
    <section className={`card verdict-card ${v.tone}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{v.headline}</h2>
      <p>{v.detail}</p>
      {v.contributors.length > 0 ? (
        <>
          <h3>What changed most</h3>
          <ul className="contributors">
            {v.contributors.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      {v.durability !== null || v.decoupling !== null ? (
        <dl className="verdict-measures">
          {v.durability !== null ? (
            <div>
              <dt>Durability</dt>
              <dd>{v.durability}</dd>
            </div>
          ) : null}
          {v.decoupling !== null ? (
            <div>
              <dt>Decoupling</dt>
              <dd>{v.decoupling}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
