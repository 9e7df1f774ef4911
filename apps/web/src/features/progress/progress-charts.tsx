import type { ReactNode } from 'react';
import { cssVar } from '../runs/uplot-chart';
import type { DistanceUnit } from '../runs/format';
import { TrendChart } from './trend-chart';
import { hasAny } from './trend-series';
import type { TrendColumns } from './trend-series';

/** The progress charts; each appears only when some week has data for it. */
export function ProgressCharts({
  c,
  unit,
}: {
  readonly c: TrendColumns;
  readonly unit: DistanceUnit;
}): ReactNode {
  const accent = cssVar('--accent', '#0f5c4d');
  const warn = cssVar('--warn', '#8a4b00');
  const danger = cssVar('--danger', '#a4161a');
  const muted = cssVar('--muted', '#4a5752');
  const common = { weekLabels: c.weekLabels, phases: c.phases };
  return (
    <div className="progress-charts">
      {hasAny(c.longRunDistance) ? (
        <TrendChart
          {...common}
          title="Long runs: how far, and where form gave way"
          yLabel={unit}
          series={[
            { label: 'Long run', values: c.longRunDistance, colour: muted, style: 'points' },
            { label: 'Form breakdown', values: c.longRunOnset, colour: warn, style: 'line' },
          ]}
        />
      ) : null}
      {hasAny(c.durabilityPct) ? (
        <TrendChart
          {...common}
          title="Form durability on the long run (share of the run in the fresh band)"
          yLabel="%"
          yRange={[0, 100]}
          series={[{ label: 'Durability', values: c.durabilityPct, colour: accent, style: 'line' }]}
        />
      ) : null}
      {hasAny(c.decouplingPct) ? (
        <TrendChart
          {...common}
          title="Heart-rate decoupling (lower is steadier)"
          yLabel="%"
          series={[{ label: 'Decoupling', values: c.decouplingPct, colour: danger, style: 'line' }]}
        />
      ) : null}
      {hasAny(c.painMean) || hasAny(c.psfsMean) ? (
        <TrendChart
          {...common}
          title="Back pain (0–10, lower is better) and function (PSFS 0–10, higher is better)"
          yLabel="0–10"
          yRange={[0, 10]}
          series={[
            { label: 'Pain, mean', values: c.painMean, colour: danger, style: 'line' },
            { label: 'Pain, worst', values: c.painMax, colour: warn, style: 'points' },
            { label: 'PSFS', values: c.psfsMean, colour: accent, style: 'line' },
          ]}
        />
      ) : null}
      {hasAny(c.adherencePct) ? (
        <TrendChart
          {...common}
          title="Sessions done (% of planned)"
          yLabel="%"
          yRange={[0, 100]}
          series={[{ label: 'Adherence', values: c.adherencePct, colour: accent, style: 'bars' }]}
        />
      ) : null}
    </div>
  );
}
