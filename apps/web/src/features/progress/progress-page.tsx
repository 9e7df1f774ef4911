import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { TrendWeek } from '@upright/api-contract';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/page';
import { hrefFor } from '../../app/router';
import { errorText } from '../../errors';
import { PsfsHistory } from '../outcomes/psfs-history';
import { useSettings } from '../../settings/settings-context';
import type { DistanceUnit } from '../runs/format';
import { fetchTrends } from './progress-api';
import { ProgressCharts } from './progress-charts';
import { ProgressTable } from './progress-table';
import { trendColumns, trimLeadingEmpty } from './trend-series';
import '../runs/runs.css';
import './progress.css';

const WEEKS = 16;

function Trends(props: { readonly weeks: readonly TrendWeek[]; readonly unit: DistanceUnit }): ReactNode {
  const { unit } = props;
  const weeks = useMemo(() => trimLeadingEmpty(props.weeks), [props.weeks]);
  const columns = useMemo(() => trendColumns(weeks, unit), [weeks, unit]);
  const active = weeks.some((w) => w.runs > 0 || w.sessionsDone > 0 || w.painMean !== null);
  if (!active) {
    return (
      <p className="card">
        Nothing to show yet. <a href={hrefFor('/runs')}>Add runs</a> and check in after sessions; the trends
        fill in week by week.
      </p>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Trends since {weeks[0]?.weekStart ?? ''}</h2>
        <p className="muted small">
          Shaded blocks are the programme&apos;s phases. Form breakdown and durability come from your longest
          run each week; a long run with no breakdown marker held its form to the end.
        </p>
        <ProgressCharts c={columns} unit={unit} />
      </section>
      <section className="card" aria-labelledby="table-heading">
        <h2 id="table-heading">Week by week</h2>
        <ProgressTable weeks={weeks} unit={unit} />
      </section>
    </>
  );
}

export function ProgressPage(_props: PageProps): ReactNode {
  const { settings } = useSettings();
  const { state } = useApi(`trends:${WEEKS}`, (signal) => fetchTrends(WEEKS, signal));
  return (
    <div className="progress-page">
      <div className="page-head">
        <h1>Progress</h1>
        <a className="button secondary" href={hrefFor('/report')}>
          Report for your physio
        </a>
      </div>
      {state.status === 'loading' ? (
        <p className="loading" role="status">
          Loading trends…
        </p>
      ) : null}
      {state.status === 'error' ? <p className="alert danger">{errorText(state.error.code)}</p> : null}
      {state.status === 'ready' ? <Trends weeks={state.value.weeks} unit={settings.units} /> : null}
      <PsfsHistory />
    </div>
  );
}
