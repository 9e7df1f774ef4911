import type { ReactNode } from 'react';
import type { TrendWeek } from '@upright/api-contract';
import { formatDistance } from '../runs/format';
import type { DistanceUnit } from '../runs/format';

function n(v: number | null, digits = 0, suffix = ''): string {
  return v === null ? '–' : `${v.toFixed(digits)}${suffix}`;
}

/** The numbers behind the charts, week by week (also what a screen reader reads). */
export function ProgressTable(props: {
  readonly weeks: readonly TrendWeek[];
  readonly unit: DistanceUnit;
}): ReactNode {
  const { weeks, unit } = props;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Week by week">
      <table className="km-table progress-table">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Phase</th>
            <th scope="col">Runs</th>
            <th scope="col">Distance</th>
            <th scope="col">Long run</th>
            <th scope="col">Form gave way</th>
            <th scope="col">Durability</th>
            <th scope="col">Decoupling</th>
            <th scope="col">Pain</th>
            <th scope="col">PSFS</th>
            <th scope="col">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.weekStart}</th>
              <td className="text">{w.phase ?? '–'}</td>
              <td>{w.runs}</td>
              <td>{formatDistance(w.distanceM, unit)}</td>
              <td>{w.longRun === null ? '–' : formatDistance(w.longRun.distanceM, unit)}</td>
              <td>
                {w.longRun === null
                  ? '–'
                  : w.longRun.onsetDistanceM === null
                    ? 'held'
                    : formatDistance(w.longRun.onsetDistanceM, unit)}
              </td>
              <td>{n(w.longRun?.durabilityPct ?? w.durabilityPct, 0, ' %')}</td>
              <td>{n(w.decouplingPct, 1, ' %')}</td>
              <td>{n(w.painMean, 1)}</td>
              <td>{n(w.psfsMean, 1)}</td>
              <td>{w.sessionsPlanned === 0 ? '–' : `${w.sessionsDone}/${w.sessionsPlanned}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
