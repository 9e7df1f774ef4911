import type { ReactNode } from 'react';
import type { PerKmRow } from '@upright/core';
import { formatPace } from './format';

function num(v: number | null, digits = 0): string {
  return v === null || !Number.isFinite(v) ? '–' : v.toFixed(digits);
}

/** Per-kilometre splits with the mechanics and form index of each. */
export function KmTable(props: {
  readonly rows: readonly PerKmRow[];
  /** Form index above which a kilometre counts as outside the fresh band. */
  readonly formIndexMax: number | null;
}): ReactNode {
  const { rows, formIndexMax } = props;
  const off = (r: PerKmRow): boolean =>
    formIndexMax !== null && r.formIndex !== null && r.formIndex > formIndexMax;
  if (rows.length === 0) return null;
  const has = (k: keyof PerKmRow): boolean => rows.some((r) => r[k] !== null);
  return (
    <section className="card" aria-labelledby="km-heading">
      <h2 id="km-heading">Per kilometre</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="km-heading">
        <table className="km-table">
          <thead>
            <tr>
              <th scope="col">km</th>
              <th scope="col">Pace</th>
              {has('heartRate') ? <th scope="col">HR</th> : null}
              {has('cadence') ? <th scope="col">Cadence</th> : null}
              {has('stepLength') ? <th scope="col">Step (m)</th> : null}
              {has('groundContactTime') ? <th scope="col">Contact (ms)</th> : null}
              {has('verticalOscillation') ? <th scope="col">Bounce (cm)</th> : null}
              {has('formIndex') ? <th scope="col">Form index</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.km} className={off(r) ? 'form-off' : undefined}>
                <th scope="row">{r.km}</th>
                <td>{formatPace(r.paceSPerKm, 'km')}</td>
                {has('heartRate') ? <td>{num(r.heartRate)}</td> : null}
                {has('cadence') ? <td>{num(r.cadence)}</td> : null}
                {has('stepLength') ? <td>{num(r.stepLength, 2)}</td> : null}
                {has('groundContactTime') ? <td>{num(r.groundContactTime)}</td> : null}
                {has('verticalOscillation') ? (
                  <td>{num(r.verticalOscillation === null ? null : r.verticalOscillation / 10, 1)}</td>
                ) : null}
                {has('formIndex') ? (
                  <td>
                    {num(r.formIndex, 2)}
                    {off(r) ? <span className="visually-hidden"> (outside fresh band)</span> : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Form index compares each stretch with your fresh early-run mechanics at the same speed and slope:
        about 1 is normal variation, higher means form has moved away from fresh.
      </p>
    </section>
  );
}
