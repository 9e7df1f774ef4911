import { SEXES } from '@upright/core';
import type { Sex } from '@upright/core';
import type { ReactNode } from 'react';
import { NumberField, ScaleField } from '../../ui/number-field';
import type { Draft } from './draft';
import { YesNo } from './yes-no';

const SEX_LABEL: Readonly<Record<Sex, string>> = { female: 'Female', male: 'Male', other: 'Another answer' };

function SymptomFields(props: {
  readonly draft: Draft;
  readonly units: 'km' | 'mi';
  readonly onChange: (patch: Partial<Draft>) => void;
}): ReactNode {
  const { draft: d, units, onChange } = props;
  const kmPerUnit = units === 'mi' ? 1.609344 : 1;
  return (
    <>
      <ScaleField
        label="Lower-back pain right now"
        value={d.painNow}
        lowText="no pain"
        highText="worst imaginable"
        onChange={(painNow) => onChange({ painNow })}
      />
      <NumberField
        label="How long has this spell of back pain lasted?"
        value={d.durationWeeks}
        min={0}
        max={520}
        suffix="weeks"
        hint="0 if you have no back pain at the moment."
        onChange={(w) => onChange({ durationWeeks: w ?? 0 })}
      />
      <YesNo
        question="Does the pain travel down a leg, below the knee?"
        value={d.radiatesBelowKnee}
        onChange={(radiatesBelowKnee) => onChange({ radiatesBelowKnee })}
      />
      <YesNo
        question="Does your back start to ache or tire at a certain point in your runs?"
        value={d.startsAtKm !== null}
        onChange={(yes) => onChange({ startsAtKm: yes ? 15 : null })}
      />
      {d.startsAtKm !== null ? (
        <NumberField
          label="About how far into a run?"
          value={Math.round(d.startsAtKm / kmPerUnit)}
          min={1}
          max={100}
          suffix={units}
          onChange={(v) => onChange({ startsAtKm: (v ?? 1) * kmPerUnit })}
        />
      ) : null}
    </>
  );
}

/** Who the runner is and how the back feels now. */
export function AboutStep(props: {
  readonly draft: Draft;
  readonly units: 'km' | 'mi';
  readonly onChange: (patch: Partial<Draft>) => void;
  readonly onNext: () => void;
}): ReactNode {
  const d = props.draft;
  const ready = d.name.trim() !== '' && d.age !== null && d.age >= 16 && d.age <= 100 && d.sex !== null;
  return (
    <div>
      <h1>About you and your back</h1>
      <div className="field">
        <label htmlFor="runner-name">First name</label>
        <input
          id="runner-name"
          autoComplete="given-name"
          value={d.name}
          onChange={(e) => props.onChange({ name: e.target.value })}
        />
      </div>
      <NumberField
        label="Age"
        value={d.age}
        min={16}
        max={100}
        suffix="years"
        onChange={(age) => props.onChange({ age })}
      />
      <fieldset>
        <legend>Sex</legend>
        <p className="muted hint">Some self-test norms differ by sex.</p>
        {SEXES.map((s) => (
          <label key={s} className="choice">
            <input
              type="radio"
              name="sex"
              checked={d.sex === s}
              onChange={() => props.onChange({ sex: s })}
            />
            {SEX_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <SymptomFields draft={d} units={props.units} onChange={props.onChange} />
      <button type="button" className="button" disabled={!ready} onClick={props.onNext}>
        Continue to the self-tests
      </button>
    </div>
  );
}
