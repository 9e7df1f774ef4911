import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { SamplesJson } from '@upright/api-contract';
import { routeTrace } from './route-trace';

const W = 320;
const H = 240;

function column(samples: SamplesJson, name: string): number[] | null {
  const values = samples.channels[name]?.values;
  return values ? values.map((v) => v ?? NaN) : null;
}

/** The route drawn from the recorded positions; nothing when the run has none (treadmill). */
export function RouteTraceView({ samples }: { readonly samples: SamplesJson }): ReactNode {
  const trace = useMemo(() => {
    const lat = column(samples, 'latitude');
    const lon = column(samples, 'longitude');
    if (lat === null || lon === null) return null;
    return routeTrace({ latitudeDeg: lat, longitudeDeg: lon, widthPx: W, heightPx: H, paddingPx: 12 });
  }, [samples]);
  if (trace === null || trace.pointCount < 2) return null;
  return (
    <section className="card route-card" aria-labelledby="route-heading">
      <h2 id="route-heading">Route</h2>
      <svg
        className="route-trace"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Route of the run, drawn from GPS positions"
      >
        <path d={trace.path} className="route-line" />
        {trace.start ? <circle cx={trace.start.x} cy={trace.start.y} r={6} className="route-start" /> : null}
        {trace.end ? <circle cx={trace.end.x} cy={trace.end.y} r={6} className="route-end" /> : null}
      </svg>
      <p className="muted route-key">
        <span className="route-dot start" aria-hidden="true" /> start{' '}
        <span className="route-dot end" aria-hidden="true" /> finish · north is up
      </p>
    </section>
  );
}
