import { RED_FLAGS } from '@upright/core';
import type { ReactNode } from 'react';
import { callApi } from '../../api/endpoints';
import { useApi } from '../../api/use-api';
import type { PlanDayView } from '../../api/programme-schema';
import { hrefFor } from '../../app/router';
import { formatDay, formatDistanceKm, localIsoDate } from '../../format/dose';
import { useSettings } from '../../settings/settings-context';
import { ErrorMessage } from '../../ui/error-message';
import { SessionCard } from '../plan/session-card';
import { dayOf, usePlan } from '../plan/use-plan';
import { loadStop } from '../screening/stop-store';
import { useCheckIns } from './use-check-ins';
import type { CheckInsView } from './use-check-ins';

/** The advice from a screening that stopped at a red flag: shown first, plan or no plan. */
function Stopped(): ReactNode {
  const stopped = RED_FLAGS.filter((f) => loadStop().includes(f.id));
  if (stopped.length === 0) return null;
  return (
    <div className="alert danger">
      <h2>Your screening stopped at a warning sign</h2>
      <ul>
        {stopped.map((f) => (
          <li key={f.id}>{f.reason}</li>
        ))}
      </ul>
      <p>Do not start or continue an exercise plan until a doctor has checked you.</p>
      <a className="button secondary" href={hrefFor('/start')}>
        A doctor has cleared me: screen again
      </a>
    </div>
  );
}

function Start(): ReactNode {
  if (loadStop().length > 0) return null;
  return (
    <div className="card">
      <h2>Welcome to Upright</h2>
      <p>
        Upright keeps your lower back from becoming the brake on your running. It starts with a short
        screening: safety questions, how your back feels, and a few self-tests you can do at home. Then it
        builds a 12-week plan around your running week.
      </p>
      <a className="button" href={hrefFor('/start')}>
        Start the screening
      </a>
    </div>
  );
}

function CheckInDue({
  day,
  checkIns,
}: {
  readonly day: PlanDayView;
  readonly checkIns: CheckInsView;
}): ReactNode {
  const sessionsDue = day.sessions.filter((s) => !checkIns.doneSessionIds.has(s.id));
  const runDue = day.run !== null && !checkIns.runDates.has(day.date);
  if (!runDue && sessionsDue.length === day.sessions.length) return null;
  if (!runDue) return <p className="alert info">All of today's check-ins are in. Nice work.</p>;
  return (
    <div className="card">
      <h2>Check-in due</h2>
      <p>After today's run, tell Upright how your back felt so the plan can adapt.</p>
      <a className="button secondary" href={hrefFor(`/check-in?kind=run&date=${day.date}`)}>
        Check in after the run
      </a>
    </div>
  );
}

function Day({ day, checkIns }: { readonly day: PlanDayView; readonly checkIns: CheckInsView }): ReactNode {
  const { settings } = useSettings();
  const preRun = day.sessions.filter((s) => s.kind === 'pre-run');
  const others = day.sessions.filter((s) => s.kind !== 'pre-run');
  return (
    <div>
      {day.run ? (
        <section className="card">
          <h2>Run today: about {formatDistanceKm(day.run.distanceKm, settings.units)}</h2>
          {preRun.length > 0 ? (
            <p>Do the pre-run routine first: it takes a few minutes and wakes up the back and hips.</p>
          ) : null}
          {preRun.map((s) => (
            <SessionCard key={s.id} session={s} done={checkIns.doneSessionIds.has(s.id)} open />
          ))}
          {day.run.tapeSuggested ? (
            <p>
              Long run today: you can use the <a href={hrefFor('/tape')}>kinesiology-tape posture reminder</a>
              .
            </p>
          ) : null}
        </section>
      ) : null}
      {others.length > 0 ? (
        <section className="card">
          <h2>Today's session{others.length > 1 ? 's' : ''}</h2>
          {others.map((s) => (
            <SessionCard
              key={s.id}
              session={s}
              done={checkIns.doneSessionIds.has(s.id)}
              open={others.length === 1}
            />
          ))}
        </section>
      ) : null}
      {day.run === null && day.sessions.length === 0 ? (
        <p className="card">Rest day. Walk, sleep well, and come back tomorrow.</p>
      ) : null}
      <CheckInDue day={day} checkIns={checkIns} />
    </div>
  );
}

export function TodayPage(): ReactNode {
  const profile = useApi('profile', (signal) => callApi('getProfile', { signal }));
  const { state, reload } = usePlan();
  const checkIns = useCheckIns();
  const today = localIsoDate(new Date());
  const name = profile.state.status === 'ready' ? profile.state.value.profile?.name : undefined;
  const demo = profile.state.status === 'ready' && profile.state.value.demo;
  const plan = state.status === 'ready' ? state.value?.programme.plan : undefined;
  const day = plan ? dayOf(plan.weeks, today) : null;
  return (
    <div>
      {demo ? (
        <p className="alert info">
          <strong>Demo data.</strong> This is a made-up runner with generated runs, so you can look around.
        </p>
      ) : null}
      <h1>{name ? `Hello, ${name}` : 'Today'}</h1>
      <p className="muted">{formatDay(today)}</p>
      {state.status === 'loading' ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      <Stopped />
      {state.status === 'ready' && !plan ? <Start /> : null}
      {plan && day ? <Day day={day} checkIns={checkIns} /> : null}
      {plan && !day ? (
        <p className="card">
          Your plan runs from {formatDay(plan.weeks[0]?.startDate ?? today)}.{' '}
          <a href={hrefFor('/plan')}>See the plan</a>.
        </p>
      ) : null}
    </div>
  );
}
