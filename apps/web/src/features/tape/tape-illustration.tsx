// Back-view drawings for the tape steps: the lower back, the spine, and the two strips as they go on.
import type { ReactNode } from 'react';

const TORSO = 'M60 20 Q40 22 38 60 L36 150 Q40 176 62 182 L138 182 Q160 176 164 150 L162 60 Q160 22 140 20 Z';

function Strip({
  x,
  top,
  wavy = false,
}: {
  readonly x: number;
  readonly top: number;
  readonly wavy?: boolean;
}): ReactNode {
  return (
    <g>
      <rect className="tape-strip" x={x - 7} y={top} width={14} height={168 - top} rx={6} />
      {wavy ? (
        <path
          className="tape-wrinkle"
          d={`M${x - 5} 110 q5 -4 10 0 M${x - 5} 124 q5 -4 10 0 M${x - 5} 138 q5 -4 10 0`}
        />
      ) : null}
    </g>
  );
}

/** The drawing for tape step `index` (0-based, in TAPE_GUIDE.steps order). */
export function TapeIllustration({
  index,
  label,
}: {
  readonly index: number;
  readonly label: string;
}): ReactNode {
  const cut = index === 1;
  const left = index >= 3 ? (index === 3 ? 150 : index === 4 ? 80 : 50) : null;
  const right = index >= 5 ? 50 : null;
  return (
    <svg className="tape-figure" viewBox="0 0 200 200" role="img" aria-label={label}>
      <path className="tape-torso" d={TORSO} />
      <path className="tape-spine" d="M100 24 L100 178" />
      {cut ? (
        <g>
          <rect className="tape-strip" x={170} y={30} width={14} height={130} rx={6} />
          <rect className="tape-strip" x={184} y={30} width={14} height={130} rx={6} />
        </g>
      ) : null}
      {index === 2 ? (
        <path className="tape-arrow" d="M100 60 q-30 20 -30 60 m0 0 l-6 -10 m6 10 l8 -8" />
      ) : null}
      {left !== null ? <Strip x={82} top={left} wavy={index === 6} /> : null}
      {right !== null ? <Strip x={118} top={right} wavy={index === 6} /> : null}
      {index === 4 ? <path className="tape-arrow" d="M60 150 L60 90 m-6 8 l6 -8 l6 8" /> : null}
    </svg>
  );
}
