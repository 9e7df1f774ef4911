import type { ReactNode } from 'react';
import type { ActivitySummary } from '@upright/api-contract';
import { useApi } from '../../api/use-api';
import { hrefFor } from '../../app/router';
import type { PageProps } from '../../app/page';
import { errorText } from '../../errors';
import { useSettings } from '../../settings/settings-context';
import { formatDistance, formatDuration, formatRunDate } from './format';
import type { DistanceUnit } from './format';
import { listActivities } from './runs-api';
import { UploadPanel } from './upload-panel';
import { VerdictBadge } from './verdict-badge';
import './runs.css';

function RunRow({ run, unit }: { readonly run: ActivitySummary; readonly unit: DistanceUnit }): ReactNode {
  return (
    <li>
      <a className="run-row" href={hrefFor(`/runs/${encodeURIComponent(run.id)}`)}>
        <span className="run-row-date">{formatRunDate(Date.parse(run.startTime))}</span>
        <span className="run-row-figures">
          <span>{formatDistance(run.distanceM, unit)}</span>
          <span>{formatDuration(run.movingS)}</span>
        </span>
        <VerdictBadge verdict={run.form.verdict} />
        {run.form.headline !== null ? <span className="run-row-headline">{run.form.headline}</span> : null}
      </a>
    </li>
  );
}

export function RunsPage(_props: PageProps): ReactNode {
  const { settings } = useSettings();
  const { state, reload } = useApi('runs', (signal) => listActivities(signal));
  return (
    <div className="runs-page">
      <div className="page-head">
        <h1>Runs</h1>
        <a className="button" href={hrefFor('/run')}>
          Start a run
        </a>
      </div>
      <UploadPanel onFinished={reload} />
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Your runs</h2>
        {state.status === 'loading' ? (
          <p className="loading" role="status">
            Loading runs…
          </p>
        ) : null}
        {state.status === 'error' ? <p className="alert danger">{errorText(state.error.code)}</p> : null}
        {state.status === 'ready' && state.value.items.length === 0 ? (
          <p className="muted">No runs yet. Add a file above or start a run.</p>
        ) : null}
        {state.status === 'ready' && state.value.items.length > 0 ? (
          <ul className="run-list">
            {state.value.items.map((run) => (
              <RunRow key={run.id} run={run} unit={settings.units} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
