import { exerciseById } from '@upright/core';
import type { ReactNode } from 'react';
import type { SessionView } from '../../api/programme-schema';
import { hrefFor } from '../../app/router';
import { formatDose, formatMinutes } from '../../format/dose';
import { SESSION_NAME, TIMING_TEXT, exercisePath, sessionPath } from '../exercises/session-words';

/** A plan session that opens to its exercises, with a button into the guided player. */
export function SessionCard({
  session,
  done,
  open = false,
}: {
  readonly session: SessionView;
  readonly done: boolean;
  readonly open?: boolean;
}): ReactNode {
  return (
    <details className="session-card" open={open}>
      <summary>
        <span className="session-title">{SESSION_NAME[session.kind]}</span>
        <span className="muted">
          {formatMinutes(session.durationS)} · {TIMING_TEXT[session.timing]}
        </span>
        {done ? <span className="badge done">Done</span> : null}
      </summary>
      <ol className="item-list">
        {session.items.map((item, i) => {
          const ex = exerciseById(item.exerciseId);
          return (
            <li key={`${item.exerciseId}-${String(i)}`}>
              <a href={hrefFor(exercisePath(item.exerciseId))}>{ex?.name ?? item.exerciseId}</a>
              <span className="muted"> · {formatDose(item.dose)}</span>
            </li>
          );
        })}
      </ol>
      <a className="button" href={hrefFor(sessionPath(session.id))}>
        {done ? 'Do it again' : 'Start guided session'}
      </a>
    </details>
  );
}
