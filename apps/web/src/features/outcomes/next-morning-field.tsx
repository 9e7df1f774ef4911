import { useId } from 'react';
import type { ReactNode } from 'react';

export type NextMorning = 'better' | 'same' | 'worse';

const OPTIONS: readonly { readonly value: NextMorning | null; readonly text: string }[] = [
  { value: null, text: 'Not answered (it is not the next morning yet)' },
  { value: 'better', text: 'Better than a usual morning' },
  { value: 'same', text: 'About the same as usual' },
  { value: 'worse', text: 'Worse: stiffer or more painful than usual' },
];

/**
 * Next-morning stiffness and pain compared with usual (optional). A worse morning makes the plan
 * ease off; there is no way to edit a check-in later, so it is asked for when filled in next morning.
 */
export function NextMorningField(props: {
  readonly value: NextMorning | null;
  readonly onChange: (value: NextMorning | null) => void;
}): ReactNode {
  const id = useId();
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend>How did your back feel the next morning?</legend>
      <p id={`${id}-hint`} className="muted hint">
        If you are filling this in the morning after, compare the stiffness and pain when you got up with a
        usual morning. A worse morning makes the plan ease off.
      </p>
      {OPTIONS.map((o) => (
        <label key={o.value ?? 'none'} className="choice">
          <input
            type="radio"
            name={`${id}-next-morning`}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}
