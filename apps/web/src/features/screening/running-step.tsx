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

interface WeekProps {
  readonly r: RunningDraft;
  readonly units: 'km' | 'mi';
  readonly set: (patch: Partial<RunningDraft>) => void;
}

const kmPerUnit = (units: 'km' | 'mi'): number => (units === 'mi' ? 1.609344 : 1);

function RunDays({ r, set }: Omit<WeekProps, 'units'>): ReactNode {
  const ordered = (days: Weekday[]): Weekday[] => WEEKDAYS.filter((d) => days.includes(d));
  return (
    <>
      <fieldset>
        <legend>Days you usually run</legend>
        <div className="day-grid">
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={r.runDays.includes(d)}
                onChange={(e) => set({ runDays: ordered(toggle(r.runDays, d, e.target.checked)) })}
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
          onChange={(e) => set({ longRunDay: e.target.value as Weekday })}
        >
          {r.runDays.map((d) => (
            <option key={d} value={d}>
              {DAY_NAME[d]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function Distances({ r, units, set }: WeekProps): ReactNode {
  const perUnit = kmPerUnit(units);
  const shown = (km: number): number => Math.round(km / perUnit);
  return (
    <>
      <NumberField
        label="Usual weekly distance"
        value={shown(r.weeklyKm)}
        min={1}
        max={300}
        suffix={units}
        onChange={(v) => set({ weeklyKm: (v ?? 1) * perUnit })}
      />
      <NumberField
        label="Usual long run"
        value={shown(r.longRunKm)}
        min={1}
        max={100}
        suffix={units}
        onChange={(v) => set({ longRunKm: (v ?? 1) * perUnit })}
      />
      <fieldset>
        <legend>A race coming up? (optional)</legend>
        <div className="field">
          <label htmlFor="race-date">Race date</label>
          <input
            id="race-date"
            type="date"
            value={r.raceDate}
            onChange={(e) => set({ raceDate: e.target.value })}
          />
        </div>
        <NumberField
          label="Race distance"
          value={r.raceKm === null ? null : Math.round((r.raceKm / perUnit) * 10) / 10}
          min={1}
          max={250}
          step={0.1}
          suffix={units}
          onChange={(v) => set({ raceKm: v === null ? null : v * perUnit })}
        />
      </fieldset>
    </>
  );
}

function Kit({
  draft,
  onChange,
}: {
  readonly draft: Draft;
  readonly onChange: (patch: Partial<Draft>) => void;
}): ReactNode {
  return (
    <>
      <fieldset>
        <legend>Equipment you have</legend>
        <p className="muted hint">A floor, a wall, a chair and a towel are assumed.</p>
        {EQUIPMENT.map((e) => (
          <label key={e} className="choice">
            <input
              type="checkbox"
              checked={draft.equipment.includes(e)}
              onChange={(ev) => onChange({ equipment: toggle(draft.equipment, e, ev.target.checked) })}
            />
            {EQUIPMENT_NAME[e]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="minutes-per-day">Time for back care on a day</label>
        <select
          id="minutes-per-day"
          value={draft.minutesPerDay}
          onChange={(e) => onChange({ minutesPerDay: Number(e.target.value) })}
        >
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
    </>
  );
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
  const set = (patch: Partial<RunningDraft>): void => props.onChange({ running: { ...r, ...patch } });
  return (
    <div>
      <h1>Your running week</h1>
      <RunDays r={r} set={set} />
      <Distances r={r} units={props.units} set={set} />
      <Kit draft={props.draft} onChange={props.onChange} />
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
