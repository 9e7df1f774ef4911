import { useId } from 'react';
import type { ReactNode } from 'react';

/** A labelled number input; empty input reports null. */
export function NumberField(props: {
  readonly label: string;
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly hint?: string;
  readonly suffix?: string;
}): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="number-input"
          value={props.value ?? ''}
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
        {props.suffix ? <span>{props.suffix}</span> : null}
      </div>
      {props.hint ? (
        <span id={hintId} className="muted hint">
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}

/** A 0-10 scale with its value read out. */
export function ScaleField(props: {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly lowText: string;
  readonly highText: string;
}): ReactNode {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}: <output htmlFor={id}>{props.value}</output>/10
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={props.value}
        aria-valuetext={`${props.value} out of 10`}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      <span className="row scale-ends muted">
        <span>0 {props.lowText}</span>
        <span>10 {props.highText}</span>
      </span>
    </div>
  );
}
