import type { CheckInList } from '@upright/api-contract';
import { OUTCOME_MIC, PSFS_ATTRIBUTION } from '@upright/core';
import type { ReactNode } from 'react';
import { callApi } from '../../api/endpoints';
import { useApi } from '../../api/use-api';
import { ErrorMessage } from '../../ui/error-message';
import { latestPsfsEntry, psfsHistory, psfsMean } from './psfs-rows';
import './psfs.css';
import type { PsfsActivityHistory } from './psfs-rows';

function changeText(h: PsfsActivityHistory): string {
  if (h.entries < 2) return 'first score';
  const change = h.latestScore - h.firstScore;
  return change === 0 ? 'no change' : `${change > 0 ? '+' : '−'}${Math.abs(change)}`;
}

function PsfsTable(props: { readonly rows: readonly PsfsActivityHistory[] }): ReactNode {
  return (
    <table className="km-table progress-table psfs-table">
      <thead>
        <tr>
          <th scope="col">Activity</th>
          <th scope="col">First</th>
          <th scope="col">Latest</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((h) => (
          <tr key={h.activity}>
            <th scope="row" className="text">
              {h.activity}
            </th>
            <td>
              {h.firstScore}/10 <span className="muted">({h.firstDate})</span>
            </td>
            <td>
              {h.latestScore}/10 <span className="muted">({h.latestDate})</span>
            </td>
            <td>{changeText(h)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The runner's own PSFS activities on the Progress page: first and latest score of each. */
export function PsfsHistory(): ReactNode {
  const { state, reload } = useApi<CheckInList>('psfs-history', (signal) =>
    callApi('listCheckIns', { signal }),
  );
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const rows = psfsHistory(state.value.items);
  const latest = latestPsfsEntry(state.value.items);
  const mean = latest === null ? null : psfsMean(latest.psfs);
  return (
    <section className="card" aria-labelledby="psfs-heading">
      <h2 id="psfs-heading">Activities your back makes hard (PSFS)</h2>
      {rows.length === 0 || mean === null ? (
        <p>
          No scores yet. Name the activities your back makes hard, and score them 0–10, in your next check-in
          after a run or session.
        </p>
      ) : (
        <>
          <p>
            Latest average: <strong>{mean.toFixed(1)}/10</strong> (0 unable, 10 as before). A change of{' '}
            {OUTCOME_MIC.psfsAverage} points or more is more than measurement noise.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="PSFS activities">
            <PsfsTable rows={rows} />
          </div>
        </>
      )}
      <p className="muted hint psfs-attribution">{PSFS_ATTRIBUTION}</p>
    </section>
  );
}
