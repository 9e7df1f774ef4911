// A thin React wrapper around uPlot: creates the chart once per `opts` identity, feeds new data,
// follows the container's width, and destroys the chart on unmount.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UplotChartProps {
  /** Options without width (taken from the container). Pass a memoised object. */
  readonly opts: Omit<uPlot.Options, 'width'>;
  readonly data: uPlot.AlignedData;
  /** Accessible name of the chart image; a table nearby carries the numbers. */
  readonly label: string;
  readonly className?: string;
  /**
   * Draw once at most this wide and never follow the container (printed charts: print layout
   * changes widths after the chart is drawn, and a canvas redrawn then prints blank).
   */
  readonly maxFixedWidth?: number;
}

/** Reads a CSS custom property from the root (theme colours for canvas drawing). */
export function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function UplotChart({ opts, data, label, className, maxFixedWidth }: UplotChartProps): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;

  useEffect(() => {
    const el = host.current;
    if (el === null) return;
    const fit = Math.max(200, el.clientWidth);
    const width = maxFixedWidth === undefined ? fit : Math.min(maxFixedWidth, fit);
    const u = new uPlot({ ...opts, width }, dataRef.current, el);
    chart.current = u;
    if (maxFixedWidth !== undefined) {
      return () => {
        u.destroy();
        chart.current = null;
      };
    }
    const observer = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (w !== u.width) u.setSize({ width: w, height: u.height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, [opts, maxFixedWidth]);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);

  return <div ref={host} className={`uplot-host ${className ?? ''}`} role="img" aria-label={label} />;
}
