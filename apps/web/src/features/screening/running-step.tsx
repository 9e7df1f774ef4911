import { EQUIPMENT, WEEKDAYS } from '@upright/core';
import type { Equipment, Weekday } from '@upright/core';
import type { ReactNode } from 'react';
import { NumberField } from '../../ui/number-field';
import type { Draft, RunningDraft } from './draft';

export const DAY_NAME: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const EQUIPMENT_NAME: Readonly<Record<Equipment, string>> = {
  mat: 'Exercise mat',
  'foam-roller': 'Foam roller',
  band: 'Resistance band',
  'kinesiology-tape': 'Kinesiology tape',
  strap: 'Strap or belt',
  bench: 'Bench or sturdy step',
  dumbbell: 'Dumbbell or kettlebell',
};

const MINUTES = [10, 15, 20, 30, 45] as const;

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** The running week and the kit at home: what the plan is fitted around. */
export function RunningStep(props: {
  readonly draft: Draft;
  readonly units: 'km' | 'mi';
  readonly busy: boolean;
  readonly onChange: (patch: Partial<Draft>) => void;
  readonly onBack: () => void;
  readonly onBuild: () => void;
}): ReactNode {
  const r = props.draft.running;
  const perUnit = props.units === 'mi' ? 1.609344 : 1;
  const setRunning = (patch: Partial<RunningDraft>): void => props.onChange({ running: { ...r, ...patch } });
  const shown = (km: number): number => Math.round(km / perUnit);
  const ordered = (days: Weekday[]): Weekday[] => WEEKDAYS.filter((d) => days.includes(d));
  return (
    <div>
      <h1>Your running week</h1>
      <fieldset>
        <legend>Days you usually run</legend>
        <div className="day-grid">
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={r.runDays.includes(d)}
                onChange={(e) => setRunning({ runDays: ordered(toggle(r.runDays, d, e.target.checked)) })}
              />
              {DAY_NAME[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="long-run-day">Long-run day</label>
        <select
          id="long-run-day"
          value={r.longRunDay}
          onChange={(e) => setRunning({ longRunDay: e.target.value as Weekday })}
        >
          {r.runDays.map((d) => (
            <option key={d} value={d}>
              {DAY_NAME[d]}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label="Usual weekly distance"
        value={shown(r.weeklyKm)}
        min={1}
        max={300}
        suffix={props.units}
        onChange={(v) => setRunning({ weeklyKm: (v ?? 1) * perUnit })}
      />
      <NumberField
        label="Usual long run"
        value={shown(r.longRunKm)}
        min={1}
        max={100}
        suffix={props.units}
        onChange={(v) => setRunning({ longRunKm: (v ?? 1) * perUnit })}
      />
      <fieldset>
        <legend>A race coming up? (optional)</legend>
        <div className="field">
          <label htmlFor="race-date">Race date</label>
          <input
            id="race-date"
            type="date"
            value={r.raceDate}
            onChange={(e) => setRunning({ raceDate: e.target.value })}
          />
        </div>
        <NumberField
          label="Race distance"
          value={r.raceKm === null ? null : Math.round((r.raceKm / perUnit) * 10) / 10}
          min={1}
          max={250}
          step={0.1}
          suffix={props.units}
          onChange={(v) => setRunning({ raceKm: v === null ? null : v * perUnit })}
        />
      </fieldset>
      <fieldset>
        <legend>Equipment you have</legend>
        <p className="muted hint">A floor, a wall, a chair and a towel are assumed.</p>
        {EQUIPMENT.map((e) => (
          <label key={e} className="choice">
            <input
              type="checkbox"
              checked={props.draft.equipment.includes(e)}
              onChange={(ev) =>
                props.onChange({ equipment: toggle(props.draft.equipment, e, ev.target.checked) })
              }
            />
            {EQUIPMENT_NAME[e]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="minutes-per-day">Time for back care on a day</label>
        <select
          id="minutes-per-day"
          value={props.draft.minutesPerDay}
          onChange={(e) => props.onChange({ minutesPerDay: Number(e.target.value) })}
        >
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <div className="row actions">
        <button type="button" className="button secondary" onClick={props.onBack}>
          Back
        </button>
        <button
          type="button"
          className="button"
          disabled={props.busy || r.runDays.length === 0}
          onClick={props.onBuild}
        >
          {props.busy ? 'Building your plan…' : 'Build my plan'}
        </button>
      </div>
    </div>
  );
}
