import type { CheckInResponse } from '@upright/api-contract';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { hrefFor, useLocation } from '../../app/router';
import { formatDay, localIsoDate } from '../../format/dose';
import { CheckInForm } from '../session/check-in-form';

/** A check-in on its own page (after a run, or a session done without the player). */
export function CheckInPage(): ReactNode {
  const { query } = useLocation();
  const kind = query.get('kind') === 'session' ? 'session' : 'run';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(query.get('date') ?? '')
    ? (query.get('date') ?? '')
    : localIsoDate(new Date());
  const [saved, setSaved] = useState<CheckInResponse | null>(null);
  return (
    <div>
      <h1>Check-in</h1>
      <p className="muted">{formatDay(date)}</p>
      {saved === null ? (
        <CheckInForm
          target={{ kind, date, sessionId: query.get('session') }}
          initialStatus="done"
          onSaved={setSaved}
        />
      ) : (
        <div className="alert info" role="status">
          <p>
            {saved.planChanged ? 'Saved. Your plan has been adjusted.' : 'Saved. Your plan stays as it is.'}
          </p>
          <a className="button" href={hrefFor('/')}>
            Back to Today
          </a>
        </div>
      )}
    </div>
  );
}
