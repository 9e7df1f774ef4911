import type { ReactNode } from 'react';
import type { ScreeningResultView } from '../../api/programme-schema';
import { driverText } from './driver-text';

/** The screening result in plain language: what to do about any warning signs, then each finding. */
export function FindingsView({ result }: { readonly result: ScreeningResultView }): ReactNode {
  const { referral, findings } = result;
  return (
    <div>
      {referral.level !== 'none' ? (
        <div className={`alert ${referral.level === 'soon' ? 'warn' : 'danger'}`}>
          <p>
            <strong>{referral.action}</strong>
          </p>
          <ul>
            {referral.reasons.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="alert info">
          <p>{referral.action}</p>
        </div>
      )}
      <h2>What the tests found</h2>
      {findings.length === 0 ? (
        <p>
          Nothing stood out. Your plan keeps the basics every runner's back needs: core endurance and
          mobility.
        </p>
      ) : (
        <ul className="finding-list">
          {findings.map((f) => {
            const text = driverText(f.driver);
            return (
              <li key={f.driver} className="card">
                <h3>
                  {text.name} <span className={`badge ${f.severity}`}>{f.severity}</span>
                </h3>
                <p>{text.why}</p>
                <ul className="muted">
                  {f.evidence.map((e) => (
                    <li key={e.text}>{e.text}</li>
                  ))}
                </ul>
                <p>
                  <strong>The plan:</strong> {text.plan}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
