// A clean stick figure drawn from core pose data, animated between the start and end positions
// (static when the runner prefers reduced motion).
import type { Pose } from '@upright/core';
import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { SEGMENT, contactPoint, movementFrame, placedSkeleton, poseBetween } from './pose-geometry';
import type { Frame, Limb, Point, Skeleton } from './pose-geometry';

const PAD = 16;
const CYCLE_MS = 3600;

function line(a: Point, b: Point): string {
  return `M${a.x.toFixed(1)} ${(-a.y).toFixed(1)}L${b.x.toFixed(1)} ${(-b.y).toFixed(1)}`;
}

function limbPath(l: Limb): string {
  return [
    line(l.hip, l.knee),
    line(l.knee, l.ankle),
    line(l.ankle, l.toe),
    line(l.shoulder, l.elbow),
    line(l.elbow, l.hand),
  ].join('');
}

function Prop({ pose, s }: { readonly pose: Pose; readonly s: Skeleton }): ReactNode {
  if (!pose.prop) return null;
  const at = contactPoint(s, pose.prop.under);
  switch (pose.prop.kind) {
    case 'foam-roller': {
      const r = Math.max(7, at.y / 2);
      return <circle className="pose-prop" cx={at.x} cy={-r} r={r} />;
    }
    case 'bench':
    case 'chair': {
      const h = Math.max(10, at.y - 2);
      return <rect className="pose-prop" x={at.x - 26} y={-h} width={52} height={h} rx={3} />;
    }
    case 'wall':
      return <path className="pose-prop-line" d={line({ x: at.x, y: 0 }, { x: at.x, y: 200 })} />;
    case 'strap':
    case 'band':
      return <path className="pose-prop-line" d={line(s.near.hand, s.near.ankle)} />;
    case 'dumbbell':
      return (
        <rect
          className="pose-prop"
          x={s.near.hand.x - 7}
          y={-s.near.hand.y - 4}
          width={14}
          height={8}
          rx={2}
        />
      );
  }
}

/** Thoracic rotation is out of the drawing plane: shown as an arc around the shoulders. */
function RotationHint({
  pose,
  s,
  arrowId,
}: {
  readonly pose: Pose;
  readonly s: Skeleton;
  readonly arrowId: string;
}): ReactNode {
  if (Math.abs(pose.trunkRotationDeg) < 5) return null;
  const sweep = (Math.min(90, Math.abs(pose.trunkRotationDeg)) / 90) * Math.PI;
  const cx = s.shoulders.x;
  const cy = -s.shoulders.y;
  const rx = 22;
  const ry = 8;
  const end = { x: cx - rx * Math.cos(sweep), y: cy + ry * Math.sin(sweep) };
  const d = `M${(cx + rx).toFixed(1)} ${cy.toFixed(1)}A${rx} ${ry} 0 0 1 ${end.x.toFixed(1)} ${end.y.toFixed(1)}`;
  return <path className="pose-hint" d={d} markerEnd={`url(#${arrowId})`} />;
}

function Figure({
  pose,
  frame,
  arrowId,
}: {
  readonly pose: Pose;
  readonly frame: Frame;
  readonly arrowId: string;
}): ReactNode {
  const s = placedSkeleton(pose, 0);
  return (
    <g>
      <path className="pose-floor" d={line({ x: frame.minX - PAD, y: 0 }, { x: frame.maxX + PAD, y: 0 })} />
      <Prop pose={pose} s={s} />
      <path className="pose-limb far" d={limbPath(s.far)} />
      <path className="pose-limb" d={line(s.pelvis, s.shoulders)} />
      <path className="pose-limb" d={limbPath(s.near)} />
      <circle className="pose-head" cx={s.headCentre.x} cy={-s.headCentre.y} r={SEGMENT.headRadius} />
      <RotationHint pose={pose} s={s} arrowId={arrowId} />
    </g>
  );
}

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = (): void => setReduced(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return reduced;
}

/** Fraction 0..1..0 of the movement, eased, advancing while `playing`. */
function useMovementPhase(playing: boolean): number {
  const [t, setT] = useState(0);
  useEffect(() => {
    if (!playing) return;
    let frameId = 0;
    const begin = performance.now();
    const tick = (now: number): void => {
      const cycle = ((now - begin) % CYCLE_MS) / CYCLE_MS;
      setT((1 - Math.cos(cycle * 2 * Math.PI)) / 2);
      frameId = requestAnimationFrame(tick);
    };
    frameId = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frameId);
  }, [playing]);
  return playing ? t : 0;
}

export interface PoseFigureProps {
  readonly start: Pose;
  readonly end: Pose;
  /** Accessible description, e.g. "Dead bug: start and end positions". */
  readonly label: string;
  /** Animate between start and end (ignored when reduced motion is preferred). */
  readonly animate?: boolean;
  /** Show only this position, without animation. */
  readonly only?: 'start' | 'end';
}

/** An exercise or self-test position as an SVG stick figure. */
export function PoseFigure({ start, end, label, animate = true, only }: PoseFigureProps): ReactNode {
  const arrowId = useId();
  const reduced = usePrefersReducedMotion();
  const t = useMovementPhase(animate && !reduced && only === undefined);
  const frame = movementFrame(start, end);
  const pose = only === 'end' ? end : only === 'start' ? start : poseBetween(start, end, t);
  const width = frame.maxX - frame.minX + 2 * PAD;
  const height = frame.maxY - frame.minY + 2 * PAD;
  return (
    <svg
      className="pose-figure"
      viewBox={`${frame.minX - PAD} ${-frame.maxY - PAD} ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="5"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="pose-arrow-head" />
        </marker>
      </defs>
      <Figure pose={pose} frame={frame} arrowId={arrowId} />
    </svg>
  );
}
