// Stacked charts over distance, one per recorded metric, sharing one cursor: hovering any chart moves
// the crosshair on all of them and the readout lists every value at that point.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type uPlot from 'uplot';
import { NO_OVERLAYS, overlayPlugin } from './chart-overlays';
import type { ChartOverlays, OverlayColours } from './chart-overlays';
import { paceLabel } from './chart-series';
import type { ChartSeries, MetricDef, MetricKey } from './chart-series';
import { cssVar, UplotChart } from './uplot-chart';

const SYNC_KEY = 'upright-run';

export function metricText(def: MetricDef, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (def.key === 'pace') return `${paceLabel(value)} /${unit}`;
  return `${value.toFixed(def.decimals)} ${def.unit}`;
}

function colours(): OverlayColours & { line: string; axis: string; grid: string } {
  return {
    hill: 'rgba(140, 110, 60, 0.16)',
    band: 'rgba(40, 160, 120, 0.18)',
    onset: cssVar('--danger', '#a4161a'),
    pause: cssVar('--muted', '#4a5752'),
    line: cssVar('--accent', '#0f5c4d'),
    axis: cssVar('--muted', '#4a5752'),
    grid: cssVar('--border', '#cdd6d1'),
  };
}

interface ChartOptsInput {
  readonly def: MetricDef;
  readonly unit: string;
  readonly overlays: ChartOverlays;
  readonly isLast: boolean;
  readonly onCursor: (idx: number | null) => void;
}

function chartOpts(input: ChartOptsInput): Omit<uPlot.Options, 'width'> {
  const c = colours();
  const { def } = input;
  const axisBase = {
    stroke: c.axis,
    grid: { stroke: c.grid, width: 1 },
    ticks: { stroke: c.grid, width: 1 },
  };
  return {
    height: 120,
    legend: { show: false },
    cursor: { sync: { key: SYNC_KEY, setSeries: false }, drag: { x: false, y: false, setScale: false } },
    scales: { x: { time: false }, y: { dir: def.invert ? -1 : 1 } },
    series: [{}, { label: def.label, stroke: c.line, width: 1.5, spanGaps: false, points: { show: false } }],
    axes: [
      input.isLast ? { ...axisBase, size: 36 } : { ...axisBase, size: 8, values: () => [] },
      {
        ...axisBase,
        size: 56,
        values: (_u, ticks) => ticks.map((t) => (def.key === 'pace' ? paceLabel(t) : String(t))),
      },
    ],
    plugins: [overlayPlugin(input.overlays, c)],
    hooks: { setCursor: [(u) => input.onCursor(u.cursor.idx ?? null)] },
  };
}

function MetricChart(props: {
  readonly series: ChartSeries;
  readonly index: number;
  readonly overlays: ChartOverlays;
  readonly onCursor: (idx: number | null) => void;
}): ReactNode {
  const metric = props.series.metrics[props.index];
  const isLast = props.index === props.series.metrics.length - 1;
  const { unit, x } = props.series;
  const { overlays, onCursor } = props;
  const def = metric?.def;
  const opts = useMemo(
    () => (def ? chartOpts({ def, unit, overlays, isLast, onCursor }) : null),
    [def, unit, overlays, isLast, onCursor],
  );
  const data = useMemo<uPlot.AlignedData>(() => [x, metric?.y ?? []], [x, metric]);
  if (metric === undefined || opts === null) return null;
  const axisUnit = metric.def.key === 'pace' ? `min/${unit}` : metric.def.unit;
  return (
    <figure className="metric-chart">
      <figcaption>
        {metric.def.label} <span className="muted">({axisUnit})</span>
      </figcaption>
      <UplotChart opts={opts} data={data} label={`${metric.def.label} over distance`} />
    </figure>
  );
}

/**
 * Every value at the cursor. Its size never depends on the values (a fixed grid of label-over-value
 * cells), so the charts below it never shift while the cursor moves: a shift would move the plot
 * under the pointer and fight the cursor.
 */
function Readout({ series, idx }: { readonly series: ChartSeries; readonly idx: number | null }): ReactNode {
  const x = idx === null ? null : (series.x[idx] ?? null);
  return (
    <div className="chart-readout">
      <dl data-testid="chart-readout">
        <div>
          <dt>Distance</dt>
          <dd>{x === null ? '–' : `${x.toFixed(2)} ${series.unit}`}</dd>
        </div>
        {series.metrics.map((m) => (
          <div key={m.def.key}>
            <dt>{m.def.label}</dt>
            <dd>{idx === null ? '–' : metricText(m.def, m.y[idx], series.unit)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">Point at or tap a chart to read every value at that distance.</p>
    </div>
  );
}

export interface RunChartsProps {
  readonly series: ChartSeries;
  readonly overlaysFor: (key: MetricKey) => ChartOverlays;
}

export function RunCharts({ series, overlaysFor }: RunChartsProps): ReactNode {
  const [idx, setIdx] = useState<number | null>(null);
  const frame = useRef(0);
  const onCursor = useCallback((next: number | null) => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setIdx(next));
  }, []);
  const overlays = useMemo(() => series.metrics.map((m) => overlaysFor(m.def.key)), [series, overlaysFor]);
  return (
    <div className="run-charts">
      <Readout series={series} idx={idx} />
      {series.metrics.map((m, i) => (
        <MetricChart
          key={m.def.key}
          series={series}
          index={i}
          overlays={overlays[i] ?? NO_OVERLAYS}
          onCursor={onCursor}
        />
      ))}
      <ul className="chart-legend">
        <li>
          <span className="swatch fresh" aria-hidden="true" /> fresh band (your early-run range)
        </li>
        <li>
          <span className="swatch onset" aria-hidden="true" /> form breakdown
        </li>
        <li>
          <span className="swatch hill" aria-hidden="true" /> hills
        </li>
        <li>
          <span className="swatch pause" aria-hidden="true" /> pauses
        </li>
      </ul>
    </div>
  );
}
