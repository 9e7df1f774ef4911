import type { ReactNode } from 'react';
import type { PhysioReport } from '@upright/api-contract';
import { driverText } from '../screening/driver-text';
import { formatDistance } from '../runs/format';
import type { DistanceUnit } from '../runs/format';
import { changeText, reportFindings, reportPhases, reportReferral, weeksText } from './report-data';

const LEVEL_TEXT: Readonly<Record<string, string>> = {
  emergency: 'Emergency: stop and seek urgent care',
  urgent: 'Urgent: see a doctor within days',
  soon: 'See a physiotherapist soon',
  none: 'No red flags',
};

export function ScreeningSection({ report }: { readonly report: PhysioReport }): ReactNode {
  const s = report.screening;
  if (s === null) {
    return (
      <section className="report-section">
        <h2>Screening</h2>
        <p>No screening taken yet.</p>
      </section>
    );
  }
  const referral = reportReferral(s.result);
  const findings = reportFindings(s.result);
  return (
    <section className="report-section">
      <h2>Screening and findings</h2>
      <p>
        Latest screening {s.takenAt.slice(0, 10)} ({report.screeningsTaken} taken).{' '}
        {referral !== null ? <strong>{LEVEL_TEXT[referral.level] ?? referral.level}.</strong> : null}{' '}
        {referral?.reasons.join(' ')}
      </p>
      {findings.length === 0 ? (
        <p>No drivers of lower-back load found in the self-tests.</p>
      ) : (
        <ul className="report-findings">
          {findings.map((f) => (
            <li key={f.driver}>
              <strong>{driverText(f.driver).name}</strong> ({f.severity}){f.evidence.length > 0 ? ': ' : ''}
              {f.evidence.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlanSection({ report }: { readonly report: PhysioReport }): ReactNode {
  const plan = report.plan;
  const phases = plan === null ? [] : reportPhases(plan.programme);
  const a = report.adherence;
  return (
    <section className="report-section">
      <h2>Plan and adherence</h2>
      {plan === null ? (
        <p>No plan yet.</p>
      ) : (
        <p>
          12-week plan started {plan.startDate} (version {plan.version}). Sessions done: {a.sessionsDone} of{' '}
          {a.sessionsPlanned}
          {a.pct !== null ? ` (${Math.round(a.pct)} %)` : ''}.
        </p>
      )}
      {phases.length > 0 ? (
        <ul className="report-phases">
          {phases.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> ({weeksText(p.weeks)}): {p.goal}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function n(v: number | null, digits = 1): string {
  return v === null ? '–' : v.toFixed(digits);
}

export function PainSection({ report }: { readonly report: PhysioReport }): ReactNode {
  const weeks = report.weeks.filter(
    (w) => w.painMean !== null || w.psfsMean !== null || w.adherencePct !== null,
  );
  return (
    <section className="report-section">
      <h2>Pain and function</h2>
      <p>
        Lower-back pain (0–10 NRS), first → latest check-in: <strong>{changeText(report.pain)}</strong>.
        Function (PSFS mean, 0–10): <strong>{changeText(report.psfs)}</strong>.
      </p>
      {weeks.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Pain and function by week">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Phase</th>
                <th scope="col">Pain mean</th>
                <th scope="col">Pain worst</th>
                <th scope="col">PSFS</th>
                <th scope="col">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {weeks.slice(-6).map((w) => (
                <tr key={w.week}>
                  <th scope="row">{w.weekStart}</th>
                  <td>{w.phase ?? '–'}</td>
                  <td>{n(w.painMean)}</td>
                  <td>{n(w.painMax, 0)}</td>
                  <td>{n(w.psfsMean)}</td>
                  <td>{w.adherencePct === null ? '–' : `${Math.round(w.adherencePct)} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function DurabilitySummary(props: {
  readonly report: PhysioReport;
  readonly unit: DistanceUnit;
}): ReactNode {
  const runs = props.report.longRuns;
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first === undefined || last === undefined) return <p>No long runs with form data yet.</p>;
  const onset = (m: number | null): string =>
    m === null ? 'held to the end' : formatDistance(m, props.unit);
  return (
    <p>
      {runs.length} long run{runs.length === 1 ? '' : 's'}. First ({first.date},{' '}
      {formatDistance(first.distanceM, props.unit)}): form{' '}
      {first.onsetDistanceM === null ? '' : 'gave way at '}
      {onset(first.onsetDistanceM)}
      {first.durabilityPct !== null ? `, durability ${Math.round(first.durabilityPct)} %` : ''}. Latest (
      {last.date}, {formatDistance(last.distanceM, props.unit)}): form{' '}
      {last.onsetDistanceM === null ? '' : 'gave way at '}
      {onset(last.onsetDistanceM)}
      {last.durabilityPct !== null ? `, durability ${Math.round(last.durabilityPct)} %` : ''}.
    </p>
  );
}
