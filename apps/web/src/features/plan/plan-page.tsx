import type { ReactNode } from 'react';
import { useState } from 'react';
import type { PlanWeekView, ProgrammeView } from '../../api/programme-schema';
import { hrefFor } from '../../app/router';
import { formatDay, formatDistanceKm, localIsoDate } from '../../format/dose';
import { useSettings } from '../../settings/settings-context';
import { ErrorMessage } from '../../ui/error-message';
import { useCheckIns } from '../today/use-check-ins';
import { SessionCard } from './session-card';
import { usePlan, weekOf } from './use-plan';

const RUN_NAME = { easy: 'Easy run', long: 'Long run', race: 'Race' } as const;

function Arc({
  programme,
  current,
  onPick,
}: {
  readonly programme: ProgrammeView;
  readonly current: number;
  readonly onPick: (n: number) => void;
}): ReactNode {
  const phases = programme.plan?.phases ?? [];
  return (
    <section aria-labelledby="arc-heading">
      <h2 id="arc-heading">The 12-week arc</h2>
      <ol className="arc">
        {phases.map((p) => (
          <li key={p.id} className={`arc-phase phase-${p.id}`}>
            <div className="arc-weeks">
              {p.weeks.map((n) => (
                <button
                  key={n}
                  type="button"
                  className="arc-week"
                  aria-pressed={n === current}
                  aria-label={`Week ${n}, ${p.name}`}
                  onClick={() => onPick(n)}
                >
                  {n}
                </button>
              ))}
            </div>
            <p className="arc-name">{p.name}</p>
            <p className="muted arc-goal">{p.goal}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Week({
  week,
  today,
  doneIds,
}: {
  readonly week: PlanWeekView;
  readonly today: string;
  readonly doneIds: ReadonlySet<string>;
}): ReactNode {
  const { settings } = useSettings();
  return (
    <ol className="week">
      {week.days.map((day) => (
        <li
          key={day.date}
          className={`day card${day.date === today ? ' today' : ''}`}
          aria-current={day.date === today ? 'date' : undefined}
        >
          <h3>
            {formatDay(day.date)}
            {day.date === today ? <span className="badge">Today</span> : null}
          </h3>
          {day.run ? (
            <p className="run-slot">
              {RUN_NAME[day.run.kind]} · about {formatDistanceKm(day.run.distanceKm, settings.units)}
              {day.run.tapeSuggested ? (
                <>
                  {' · '}
                  <a href={hrefFor('/tape')}>tape reminder</a>
                </>
              ) : null}
            </p>
          ) : null}
          {day.sessions.map((s) => (
            <SessionCard key={s.id} session={s} done={doneIds.has(s.id)} />
          ))}
          {day.run === null && day.sessions.length === 0 ? <p className="muted">Rest day</p> : null}
        </li>
      ))}
    </ol>
  );
}

function NoPlan(): ReactNode {
  return (
    <div>
      <h1>Plan</h1>
      <div className="card">
        <p>
          There is no plan yet. A short screening works out what your back needs, then builds a 12-week plan
          around your running week.
        </p>
        <a className="button" href={hrefFor('/start')}>
          Start the screening
        </a>
      </div>
    </div>
  );
}

function More(): ReactNode {
  return (
    <section aria-labelledby="more-heading">
      <h2 id="more-heading">More</h2>
      <ul>
        <li>
          <a href={hrefFor('/tape')}>
            Kinesiology-tape posture reminder: how to apply it, and what the evidence says
          </a>
        </li>
        <li>
          <a href={hrefFor('/start')}>Take the screening again</a> (after 12 weeks, or when your back changes)
        </li>
      </ul>
    </section>
  );
}

export function PlanPage(): ReactNode {
  const { state, reload } = usePlan();
  const checkIns = useCheckIns();
  const today = localIsoDate(new Date());
  const [picked, setPicked] = useState<number | null>(null);
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        Loading your plan…
      </p>
    );
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const plan = state.value?.programme.plan;
  if (!state.value || !plan) return <NoPlan />;
  const current = weekOf(plan.weeks, today);
  const shown = plan.weeks.find((w) => w.number === picked) ?? current;
  const phase = plan.phases.find((p) => p.id === shown?.phase);
  return (
    <div>
      <h1>Your plan</h1>
      <p className="muted">
        Version {state.value.record.version} · started {formatDay(state.value.programme.startDate)}
      </p>
      {plan.warnings.map((w) => (
        <p key={w.code} className="alert warn">
          {w.message}
        </p>
      ))}
      {shown ? (
        <section aria-labelledby="week-heading">
          <div className="row week-head">
            <h2 id="week-heading">
              Week {shown.number}
              {phase ? ` · ${phase.name}` : ''}
            </h2>
            <span className="muted">Core holds this week: {shown.coreHoldS} s</span>
          </div>
          <Week week={shown} today={today} doneIds={checkIns.doneSessionIds} />
        </section>
      ) : null}
      <Arc programme={state.value.programme} current={shown?.number ?? 1} onPick={setPicked} />
      <More />
    </div>
  );
}
