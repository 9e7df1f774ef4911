// Turns a plan session into the timeline the guided player follows, and decides what the voice says
// as time passes. Pure: the player component owns the clock.
import type { DoseView, PlanItemView } from '../../api/programme-schema';

export type Side = 'left' | 'right' | null;

interface StepBase {
  readonly exerciseId: string;
  readonly name: string;
  readonly set: number;
  readonly sets: number;
  readonly side: Side;
}

export type PlayerStep =
  | (StepBase & { readonly kind: 'timed'; readonly mode: 'hold' | 'move'; readonly durationS: number })
  | (StepBase & { readonly kind: 'reps'; readonly reps: number })
  | { readonly kind: 'rest'; readonly durationS: number; readonly nextName: string };

/** Pause before each new exercise, seconds: time to get into position. */
export const CHANGE_OVER_S = 10;

function workSteps(base: Omit<StepBase, 'side'>, dose: DoseView): PlayerStep[] {
  const sides: Side[] = dose.perSide ? ['left', 'right'] : [null];
  return sides.map((side) => {
    const step = { ...base, side };
    switch (dose.kind) {
      case 'hold':
        return { ...step, kind: 'timed', mode: 'hold', durationS: dose.holdS };
      case 'timed':
        return { ...step, kind: 'timed', mode: 'move', durationS: dose.workS };
      case 'reps':
        return { ...step, kind: 'reps', reps: dose.reps };
    }
  });
}

/** The whole session as work, reps and rest steps, in order. */
export function buildSteps(items: readonly PlanItemView[], nameOf: (id: string) => string): PlayerStep[] {
  const steps: PlayerStep[] = [];
  items.forEach((item, i) => {
    const name = nameOf(item.exerciseId);
    if (i > 0) steps.push({ kind: 'rest', durationS: CHANGE_OVER_S, nextName: name });
    for (let set = 1; set <= item.dose.sets; set++) {
      if (set > 1 && item.dose.restS > 0)
        steps.push({ kind: 'rest', durationS: item.dose.restS, nextName: name });
      steps.push(...workSteps({ exerciseId: item.exerciseId, name, set, sets: item.dose.sets }, item.dose));
    }
  });
  return steps;
}

/** Seconds a step lasts on the clock; null for reps (the runner says when they are done). */
export function stepDurationS(step: PlayerStep): number | null {
  return step.kind === 'reps' ? null : step.durationS;
}

function sideWords(side: Side): string {
  return side === null ? '' : `, ${side} side`;
}

/** What the voice says as a step begins. */
export function stepIntro(step: PlayerStep): string {
  switch (step.kind) {
    case 'rest':
      return `Rest ${step.durationS} seconds. Next: ${step.nextName}.`;
    case 'timed':
      return `${step.name}${sideWords(step.side)}. Set ${step.set} of ${step.sets}. ${step.mode === 'hold' ? 'Hold' : 'Keep moving'} for ${step.durationS} seconds.`;
    case 'reps':
      return `${step.name}${sideWords(step.side)}. Set ${step.set} of ${step.sets}. ${step.reps} slow reps, then tap done.`;
  }
}

/**
 * Words due when the clock moves from `fromS` to `toS` within a timed step: "Halfway" on holds of
 * 20 s or more, then 3, 2, 1 before the end.
 */
export function stepCountdown(step: PlayerStep, fromS: number, toS: number): string[] {
  const total = stepDurationS(step);
  if (total === null) return [];
  const said: string[] = [];
  const crossed = (mark: number): boolean => fromS < mark && toS >= mark;
  if (step.kind === 'timed' && total >= 20 && crossed(total / 2)) said.push('Halfway');
  for (const left of [3, 2, 1]) if (total > left + 1 && crossed(total - left)) said.push(String(left));
  return said;
}

export interface PlayerPosition {
  readonly index: number;
  readonly elapsedMs: number;
}

/**
 * Moves the player clock on by `dtMs`: returns the new position and the words due (countdown, then
 * the next step's introduction when a timed step ends). Reps steps never end on the clock.
 */
export function advancePosition(
  steps: readonly PlayerStep[],
  pos: PlayerPosition,
  dtMs: number,
): { readonly pos: PlayerPosition; readonly said: readonly string[] } {
  const step = steps[pos.index];
  if (step === undefined) return { pos, said: [] };
  const to = pos.elapsedMs + dtMs;
  const said = stepCountdown(step, pos.elapsedMs / 1000, to / 1000);
  const total = stepDurationS(step);
  if (total === null || to < total * 1000) return { pos: { index: pos.index, elapsedMs: to }, said };
  const next = steps[pos.index + 1];
  return {
    pos: { index: pos.index + 1, elapsedMs: 0 },
    said: [...said, next ? stepIntro(next) : SESSION_DONE],
  };
}

export const SESSION_DONE = 'Session complete. Well done.';
