import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ActivityDetail } from '@upright/api-contract';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/page';
import { hrefFor } from '../../app/router';
import { errorText } from '../../errors';
import { useSettings } from '../../settings/settings-context';
import { asRunAnalysis, overlaysFor } from './analysis-view';
import { chartSeries } from './chart-series';
import { formatDistance, formatDuration, formatPace, formatRunDate, paceSecondsPerUnit } from './format';
import type { DistanceUnit } from './format';
import { KmTable } from './km-table';
import { RouteTraceView } from './route-trace-view';
import { RunCharts } from './run-charts';
import { getActivity } from './runs-api';
import { VerdictCard } from './verdict-card';
import './runs.css';

function Figures({
  detail,
  unit,
}: {
  readonly detail: ActivityDetail;
  readonly unit: DistanceUnit;
}): ReactNode {
  const a = detail.activity;
  const speed = a.distanceM !== null && a.movingS > 0 ? a.distanceM / a.movingS : NaN;
  const items: [string, string][] = [
    ['Distance', formatDistance(a.distanceM, unit)],
    ['Moving time', formatDuration(a.movingS)],
    ['Average pace', formatPace(paceSecondsPerUnit(speed, unit), unit)],
  ];
  if (a.avgHeartRate !== null) items.push(['Average heart rate', `${Math.round(a.avgHeartRate)} bpm`]);
  if (a.avgCadence !== null) items.push(['Average cadence', `${Math.round(a.avgCadence)} steps/min`]);
  if (a.ascentM !== null) items.push(['Climb', `${Math.round(a.ascentM)} m`]);
  return (
    <dl className="run-figures">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function RunDetail({
  detail,
  unit,
}: {
  readonly detail: ActivityDetail;
  readonly unit: DistanceUnit;
}): ReactNode {
  const analysis = useMemo(() => asRunAnalysis(detail.analysis), [detail]);
  const series = useMemo(() => chartSeries(detail.samples, unit), [detail, unit]);
  const overlays = useMemo(
    () => overlaysFor(analysis, series?.pausesAt ?? [], unit),
    [analysis, series, unit],
  );
  const a = detail.activity;
  const device = [a.device.manufacturer, a.device.product].filter((x) => x !== null).join(' ');
  return (
    <>
      <p className="muted run-meta">
        {a.sourceName}
        {device !== '' ? ` · ${device}` : ''}
        {a.isDemo ? ' · demo run' : ''}
      </p>
      <Figures detail={detail} unit={unit} />
      <VerdictCard analysis={analysis} unit={unit} />
      <section className="card" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Over the run</h2>
        {series !== null && series.metrics.length > 0 ? (
          <RunCharts series={series} overlaysFor={overlays} />
        ) : (
          <p className="muted">This recording has no distance stream to chart against.</p>
        )}
      </section>
      {analysis !== null ? (
        <KmTable rows={analysis.perKm} formIndexMax={analysis.freshBand?.formIndexMax ?? null} />
      ) : null}
      <RouteTraceView samples={detail.samples} />
    </>
  );
}

export function RunPage({ params }: PageProps): ReactNode {
  const id = params.id ?? '';
  const { settings } = useSettings();
  const { state } = useApi(`run:${id}`, (signal) => getActivity(id, signal));
  const title =
    state.status === 'ready' ? `Run on ${formatRunDate(Date.parse(state.value.activity.startTime))}` : 'Run';
  return (
    <div className="run-page">
      <p className="back-link">
        <a href={hrefFor('/runs')}>← All runs</a>
      </p>
      <h1>{title}</h1>
      {state.status === 'loading' ? (
        <p className="loading" role="status">
          Loading the run…
        </p>
      ) : null}
      {state.status === 'error' ? <p className="alert danger">{errorText(state.error.code)}</p> : null}
      {state.status === 'ready' ? <RunDetail detail={state.value} unit={settings.units} /> : null}
    </div>
  );
}
