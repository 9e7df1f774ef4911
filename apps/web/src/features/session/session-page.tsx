import { exerciseById } from '@upright/core';
import type { CheckInResponse } from '@upright/api-contract';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SessionView } from '../../api/programme-schema';
import type { PageProps } from '../../app/page';
import { hrefFor } from '../../app/router';
import { formatMinutes } from '../../format/dose';
import { useSpeech } from '../../platform/use-speech';
import { useWakeLock } from '../../platform/wake-lock';
import { ErrorMessage } from '../../ui/error-message';
import { SESSION_NAME } from '../exercises/session-words';
import { sessionById, usePlan } from '../plan/use-plan';
import { CheckInForm } from './check-in-form';
import { buildSteps } from './session-steps';
import { StepView } from './step-view';
import { usePlayer } from './use-player';

function nameOf(id: string): string {
  return exerciseById(id)?.name ?? id;
}

function Saved({ response }: { readonly response: CheckInResponse }): ReactNode {
  return (
    <div className="alert info" role="status">
      <h2>Check-in saved</h2>
      <p>
        {response.planChanged
          ? 'Your plan has been adjusted to how that went. The changes are on the Plan page.'
          : 'Your plan stays as it is. Keep going.'}
      </p>
      <div className="row">
        <a className="button" href={hrefFor('/')}>
          Back to Today
        </a>
        <a className="button secondary" href={hrefFor('/plan')}>
          See the plan
        </a>
      </div>
    </div>
  );
}

function Player({ session, date }: { readonly session: SessionView; readonly date: string }): ReactNode {
  const speech = useSpeech();
  const steps = useMemo(() => buildSteps(session.items, nameOf), [session]);
  const player = usePlayer(steps, speech);
  const [saved, setSaved] = useState<CheckInResponse | null>(null);
  useWakeLock(player.running && !player.paused);
  return (
    <div className="player">
      <h1>{SESSION_NAME[session.kind]}</h1>
      {player.index < 0 ? (
        <div className="card">
          <p>
            {session.items.length} {session.items.length === 1 ? 'exercise' : 'exercises'} · about{' '}
            {formatMinutes(session.durationS)}. The voice tells you each step; the screen stays on.
          </p>
          <ol className="item-list">
            {session.items.map((item, i) => (
              <li key={`${item.exerciseId}-${String(i)}`}>{nameOf(item.exerciseId)}</li>
            ))}
          </ol>
          <button type="button" className="button" onClick={player.start}>
            Start
          </button>
        </div>
      ) : null}
      {player.running && player.step ? <StepView player={player} steps={steps} /> : null}
      {player.finished && saved === null ? (
        <CheckInForm
          target={{ kind: 'session', date, sessionId: session.id }}
          initialStatus={player.skippedWork === 0 ? 'done' : 'partial'}
          onSaved={setSaved}
        />
      ) : null}
      {saved ? <Saved response={saved} /> : null}
    </div>
  );
}

/** The guided session player for one plan session, ending with its check-in. */
export function SessionPage({ params }: PageProps): ReactNode {
  const { state, reload } = usePlan();
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        Loading the session…
      </p>
    );
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const found = state.value?.programme.plan
    ? sessionById(state.value.programme.plan.weeks, params.id ?? '')
    : null;
  if (!found) {
    return (
      <div className="card">
        <h1>Session not found</h1>
        <p>
          It is not in your current plan (the plan may have been adjusted).{' '}
          <a href={hrefFor('/plan')}>Open the plan</a>.
        </p>
      </div>
    );
  }
  return <Player session={found.session} date={found.day.date} />;
}
