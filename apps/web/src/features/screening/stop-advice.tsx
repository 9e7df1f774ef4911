import { REFERRAL_ACTIONS } from '@upright/core';
import type { RedFlag } from '@upright/core';
import type { ReactNode } from 'react';

/**
 * Shown the moment an answer rules out self-guided exercise: what to do now, in plain words,
 * and why. No plan is built.
 */
export function StopAdvice({
  flags,
  onRestart,
}: {
  readonly flags: readonly RedFlag[];
  readonly onRestart: () => void;
}): ReactNode {
  const emergency = flags.some((f) => f.level === 'emergency');
  const level = emergency ? 'emergency' : 'urgent';
  return (
    <div>
      <div className="alert danger" role="alert">
        <h1>{emergency ? 'Stop here and get help today' : 'See a doctor before you start'}</h1>
        <p>
          <strong>{REFERRAL_ACTIONS[level]}</strong>
        </p>
        {emergency ? (
          <p>
            If you cannot get to an emergency department, call your local emergency number (112 in Europe, 999
            in the UK, 911 in North America) and say you have new back pain with nerve symptoms.
          </p>
        ) : null}
      </div>
      <div className="card">
        <h2>Why</h2>
        <ul>
          {flags.map((f) => (
            <li key={f.id}>{f.reason}</li>
          ))}
        </ul>
        <p className="muted">
          Upright has not made an exercise plan. Once a doctor has checked you and says exercise is fine, you
          can start the screening again.
        </p>
        <button type="button" className="button secondary" onClick={onRestart}>
          I answered by mistake: start again
        </button>
      </div>
    </div>
  );
}
