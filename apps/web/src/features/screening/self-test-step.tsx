import type { LeftRight, SelfTest, SelfTestResults } from '@upright/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { HoldTimer } from '../../ui/hold-timer';
import { NumberField } from '../../ui/number-field';
import { PoseFigure } from '../exercises/pose-figure';
import { SELF_TEST_POSES } from './self-test-poses';

/** Input limits per test, matching the contract's SelfTestResultsSchema. */
function limits(test: SelfTest): { readonly min: number; readonly max: number } {
  if (test.id === 'modifiedThomasThighDeg') return { min: -60, max: 90 };
  if (test.unit === 'reps') return { min: 0, max: 10 };
  return { min: 0, max: test.unit === 'deg' ? 150 : 900 };
}

const UNIT_WORD: Readonly<Record<SelfTest['unit'], string>> = { deg: 'degrees', s: 'seconds', reps: 'reps' };

type Value = number | LeftRight | undefined;

interface SidedDraft {
  readonly left: number | null;
  readonly right: number | null;
}

function SidedInputs(props: {
  readonly test: SelfTest;
  readonly value: SidedDraft;
  readonly onChange: (v: SidedDraft) => void;
}): ReactNode {
  const unit = UNIT_WORD[props.test.unit];
  return (
    <div className="row sided">
      <NumberField
        label="Left"
        value={props.value.left}
        min={limits(props.test).min}
        max={limits(props.test).max}
        suffix={unit}
        onChange={(left) => props.onChange({ ...props.value, left })}
      />
      <NumberField
        label="Right"
        value={props.value.right}
        min={limits(props.test).min}
        max={limits(props.test).max}
        suffix={unit}
        onChange={(right) => props.onChange({ ...props.value, right })}
      />
    </div>
  );
}

function HowTo({ test }: { readonly test: SelfTest }): ReactNode {
  const poses = SELF_TEST_POSES[test.id];
  return (
    <>
      <div className="card">
        <PoseFigure start={poses.start} end={poses.end} label={`${test.name}: the test position`} />
      </div>
      {test.equipment.length > 0 ? <p>You need: {test.equipment.join(', ')}.</p> : null}
      <ol className="steps">
        {test.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p>
        <strong>Write down:</strong> {test.record}
      </p>
    </>
  );
}

function TimedHold(props: {
  readonly test: SelfTest;
  readonly side: 'left' | 'right';
  readonly onSide: (side: 'left' | 'right') => void;
  readonly onRecord: (seconds: number) => void;
}): ReactNode {
  return (
    <div>
      {props.test.sided ? (
        <fieldset>
          <legend>Timing which side?</legend>
          <div className="row">
            {(['left', 'right'] as const).map((s) => (
              <label key={s} className="choice">
                <input
                  type="radio"
                  name="timer-side"
                  checked={props.side === s}
                  onChange={() => props.onSide(s)}
                />
                {s === 'left' ? 'Left' : 'Right'}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <HoldTimer label={`Timer for ${props.test.name}`} onRecord={props.onRecord} />
    </div>
  );
}

/** One self-test: the position drawn, the steps, a hold timer where the test is timed, the result. */
export function SelfTestStep(props: {
  readonly test: SelfTest;
  readonly index: number;
  readonly count: number;
  readonly results: SelfTestResults;
  readonly onSave: (value: Value) => void;
  readonly onBack: () => void;
}): ReactNode {
  const { test } = props;
  const initial = props.results[test.id];
  const [single, setSingle] = useState<number | null>(typeof initial === 'number' ? initial : null);
  const [sided, setSided] = useState<SidedDraft>(
    typeof initial === 'object' ? initial : { left: null, right: null },
  );
  const [side, setSide] = useState<'left' | 'right'>('left');
  const complete = test.sided ? sided.left !== null && sided.right !== null : single !== null;
  const value: Value = test.sided
    ? complete
      ? { left: sided.left ?? 0, right: sided.right ?? 0 }
      : undefined
    : (single ?? undefined);
  const record = (seconds: number): void => {
    if (test.sided) setSided((s) => ({ ...s, [side]: seconds }));
    else setSingle(seconds);
  };
  return (
    <div>
      <p className="muted">
        Self-test {props.index + 1} of {props.count}
      </p>
      <h1>{test.name}</h1>
      <HowTo test={test} />
      {test.unit === 's' ? <TimedHold test={test} onRecord={record} side={side} onSide={setSide} /> : null}
      {test.sided ? (
        <SidedInputs test={test} value={sided} onChange={setSided} />
      ) : (
        <NumberField
          label="Your result"
          value={single}
          min={limits(test).min}
          max={limits(test).max}
          suffix={UNIT_WORD[test.unit]}
          onChange={setSingle}
        />
      )}
      <details className="norm">
        <summary>What is normal?</summary>
        <p>{test.norm}</p>
      </details>
      <div className="row actions">
        <button type="button" className="button secondary" onClick={props.onBack}>
          Back
        </button>
        <button type="button" className="button secondary" onClick={() => props.onSave(undefined)}>
          Skip this test
        </button>
        <button type="button" className="button" disabled={!complete} onClick={() => props.onSave(value)}>
          Save and continue
        </button>
      </div>
    </div>
  );
}
