// One weekly chart for the progress page and the physio report: weeks along x, the programme's
// phases shaded and labelled behind the data, lines, points or bars per series.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import uPlot from 'uplot';
import { cssVar, UplotChart } from '../runs/uplot-chart';
import type { PhaseRange } from './trend-series';

export interface TrendSeriesDef {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  readonly style: 'line' | 'points' | 'bars';
}

export interface TrendChartProps {
  readonly title: string;
  readonly yLabel: string;
  readonly weekLabels: readonly string[];
  readonly series: readonly TrendSeriesDef[];
  readonly phases: readonly PhaseRange[];
  readonly yRange?: readonly [number, number];
  readonly height?: number;
  /** Static charts (print) skip the cursor and legend. */
  readonly interactive?: boolean;
  /** See UplotChart.maxFixedWidth (the printed report). */
  readonly maxFixedWidth?: number;
}

function phasePlugin(phases: readonly PhaseRange[]): uPlot.Plugin {
  const shade = ['rgba(15, 92, 77, 0.07)', 'rgba(15, 92, 77, 0.15)'];
  return {
    hooks: {
      drawClear: (u) => {
        const { ctx } = u;
        const { top, height } = u.bbox;
        ctx.save();
        ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
        ctx.textBaseline = 'top';
        phases.forEach((p, i) => {
          const a = u.valToPos(p.fromX, 'x', true);
          const b = u.valToPos(p.toX, 'x', true);
          ctx.fillStyle = shade[i % 2] ?? 'transparent';
          ctx.fillRect(a, top, b - a, height);
          ctx.fillStyle = cssVar('--muted', '#4a5752');
          ctx.fillText(p.label, a + 4 * devicePixelRatio, top + 3 * devicePixelRatio, Math.max(0, b - a - 6));
        });
        ctx.restore();
      },
    },
  };
}

function seriesOpts(s: TrendSeriesDef): uPlot.Series {
  const base = { label: s.label, stroke: s.colour, width: 2, spanGaps: true };
  switch (s.style) {
    case 'line':
      return { ...base, points: { show: true, size: 6, fill: s.colour } };
    case 'points':
      return { ...base, width: 0, paths: () => null, points: { show: true, size: 9, fill: s.colour } };
    case 'bars': {
      const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
      return bars
        ? { ...base, fill: s.colour, paths: bars, points: { show: false } }
        : { ...base, fill: s.colour };
    }
  }
}

export function TrendChart(props: TrendChartProps): ReactNode {
  const { weekLabels, series, phases, yRange, title, yLabel } = props;
  const interactive = props.interactive ?? true;
  const height = props.height ?? 170;
  const opts = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const axis = cssVar('--muted', '#4a5752');
    const grid = cssVar('--border', '#cdd6d1');
    const axisBase = { stroke: axis, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    return {
      height,
      legend: { show: interactive },
      cursor: interactive ? { drag: { x: false, y: false, setScale: false } } : { show: false },
      scales: {
        x: { time: false, range: [-0.5, Math.max(0.5, weekLabels.length - 0.5)] },
        y: yRange ? { range: [yRange[0], yRange[1]] } : {},
      },
      series: [
        { label: 'Week', value: (_u, v) => (v === null ? '–' : (weekLabels[v] ?? '')) },
        ...series.map(seriesOpts),
      ],
      axes: [
        {
          ...axisBase,
          space: 48,
          incrs: [1, 2, 4, 8, 13, 26],
          values: (_u, ticks) => ticks.map((t) => weekLabels[t] ?? ''),
        },
        { ...axisBase, size: 48, label: yLabel, labelSize: 18 },
      ],
      plugins: [phasePlugin(phases)],
    };
  }, [weekLabels, series, phases, yRange, yLabel, height, interactive]);
  const data = useMemo<uPlot.AlignedData>(
    () => [weekLabels.map((_, i) => i), ...series.map((s) => [...s.values])],
    [weekLabels, series],
  );
  return (
    <figure className="trend-chart">
      <figcaption>{title}</figcaption>
      <UplotChart
        opts={opts}
        data={data}
        label={`${title}, by week`}
        {...(props.maxFixedWidth === undefined ? {} : { maxFixedWidth: props.maxFixedWidth })}
      />
    </figure>
  );
}
