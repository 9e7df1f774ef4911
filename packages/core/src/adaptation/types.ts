import type { Programme } from '../plan/types';
import type { SourceId } from '../screening/sources';
import type { RedFlagId } from '../screening/types';

/** A check-in after a plan session or a run. */
export interface CheckIn {
  /** ISO date of the session or run. */
  readonly date: string;
  readonly kind: 'session' | 'run';
  /** The plan session id (`${date}/${kind}`) for kind `session`; null = every session that day. */
  readonly sessionId: string | null;
  readonly status: 'done' | 'partial' | 'skipped';
  /** Lower-back pain during, 0-10. */
  readonly painDuringNrs: number;
  /** Lower-back pain after (that evening), 0-10. */
  readonly painAfterNrs: number;
  /** Next-morning stiffness compared with usual; null = not answered yet. */
  readonly nextMorning: 'better' | 'same' | 'worse' | null;
  /** Perceived effort 0-10 (modified Borg CR10); null = not answered. */
  readonly effortRpe: number | null;
  /** Red-flag questions re-asked at check-in; only the ones answered. */
  readonly redFlags?: Partial<Record<RedFlagId, boolean | undefined>> | undefined;
}

export type ChangeKind = 'regress' | 'progress' | 'deload' | 'stop-and-refer';

export interface PlanChange {
  readonly kind: ChangeKind;
  /** Date of the check-in that triggered it. */
  readonly date: string;
  /** Applies to plan days after this date (exclusive). */
  readonly fromDate: string;
  readonly fromExerciseId: string | null;
  readonly toExerciseId: string | null;
  /** Plain language. */
  readonly reason: string;
  readonly sources: readonly SourceId[];
}

export interface AdaptationResult {
  readonly programme: Programme;
  /** In check-in order. */
  readonly changes: readonly PlanChange[];
}
