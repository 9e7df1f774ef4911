import { useId } from 'react';
import type { ReactNode } from 'react';

/** One yes/no question as a labelled radio group. */
export function YesNo(props: {
  readonly question: string;
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean) => void;
}): ReactNode {
  const name = useId();
  return (
    <fieldset className="yes-no">
      <legend>{props.question}</legend>
      <div className="row">
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={props.value === false}
            onChange={() => props.onChange(false)}
          />
          No
        </label>
        <label className="choice">
          <input
            type="radio"
            name={name}
            checked={props.value === true}
            onChange={() => props.onChange(true)}
          />
          Yes
        </label>
      </div>
    </fieldset>
  );
}
