import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { PhysioReport } from '@upright/api-contract';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/page';
import { errorText } from '../../errors';
import { useSettings } from '../../settings/settings-context';
import { TrendChart } from '../progress/trend-chart';
import { phaseRanges } from '../progress/trend-series';
import { METERS_PER_UNIT } from '../runs/format';
import type { DistanceUnit } from '../runs/format';
import { cssVar } from '../runs/uplot-chart';
import { DataPanel } from './data-panel';
import { fetchReport } from './report-api';
import { DurabilitySummary, PainSection, PlanSection, ScreeningSection } from './report-sections';
import '../runs/runs.css';
import './report.css';

/** Fits the printable width of both A4 (186 mm) and Letter (192 mm) at 12 mm margins. */
const REPORT_CHART_PX = 660;

/** The phase of the week a date falls in (weeks start on their Monday). */
function phaseOn(report: PhysioReport, date: string): string | null {
  const week = report.weeks.findLast((w) => w.weekStart <= date);
  return week?.phase ?? null;
}

function DurabilityChart({
  report,
  unit,
}: {
  readonly report: PhysioReport;
  readonly unit: DistanceUnit;
}): ReactNode {
  const per = METERS_PER_UNIT[unit];
  const runs = report.longRuns;
  const labels = useMemo(() => runs.map((r) => r.date.slice(5)), [runs]);
  const phases = useMemo(
    () => phaseRanges(runs.map((r) => ({ phase: phaseOn(report, r.date) }))),
    [report, runs],
  );
  const series = useMemo(
    () => [
      {
        label: 'Long run',
        values: runs.map((r) => r.distanceM / per),
        colour: cssVar('--muted', '#4a5752'),
        style: 'points' as const,
      },
      {
        label: 'Form gave way',
        values: runs.map((r) => (r.onsetDistanceM === null ? null : r.onsetDistanceM / per)),
        colour: cssVar('--warn', '#8a4b00'),
        style: 'line' as const,
      },
    ],
    [runs, per],
  );
  if (runs.length === 0) return null;
  return (
    <div className="report-chart">
      <TrendChart
        title={`Long runs (${unit}): length (dots) and where form gave way (line)`}
        yLabel={unit}
        weekLabels={labels}
        series={series}
        phases={phases}
        height={160}
        interactive={false}
        maxFixedWidth={REPORT_CHART_PX}
      />
    </div>
  );
}

function Report({ report, unit }: { readonly report: PhysioReport; readonly unit: DistanceUnit }): ReactNode {
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-header">
        <h1 id="report-title">Running back-care report</h1>
        <p>
          {report.profile?.name ?? 'Runner'}
          {report.profile?.isDemo ? ' (demo data)' : ''} · generated {report.generatedAt.slice(0, 10)} ·{' '}
          {report.runsTotal} runs on record
        </p>
      </header>
      <div className="report-grid">
        <ScreeningSection report={report} />
        <PlanSection report={report} />
      </div>
      <PainSection report={report} />
      <section className="report-section">
        <h2>Long-run form durability</h2>
        <DurabilitySummary report={report} unit={unit} />
        <DurabilityChart report={report} unit={unit} />
      </section>
      <footer className="report-footer">
        Form breakdown is where running mechanics (cadence, step length, contact time, vertical bounce) left
        the runner&apos;s own fresh early-run range at the same speed and slope, measured from watch files by
        Upright. Pain: 0–10 numeric rating scale. PSFS: Patient-Specific Functional Scale.
      </footer>
    </article>
  );
}

export function ReportPage(_props: PageProps): ReactNode {
  const { settings } = useSettings();
  const { state } = useApi('report', (signal) => fetchReport(signal));
  return (
    <div className="report-page">
      <div className="row no-print report-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {state.status === 'loading' ? (
        <p className="loading" role="status">
          Loading the report…
        </p>
      ) : null}
      {state.status === 'error' ? <p className="alert danger">{errorText(state.error.code)}</p> : null}
      {state.status === 'ready' ? <Report report={state.value} unit={settings.units} /> : null}
      <DataPanel />
    </div>
  );
}
