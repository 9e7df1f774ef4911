// Names for session kinds and plan phases, shown on Today, Plan and the player.
import type { SessionView } from '../../api/programme-schema';

export const SESSION_NAME: Readonly<Record<SessionView['kind'], string>> = {
  'pre-run': 'Pre-run routine',
  'post-run': 'After-run routine',
  core: 'Core session',
  strength: 'Strength session',
  mobility: 'Mobility session',
};

export const TIMING_TEXT: Readonly<Record<SessionView['timing'], string>> = {
  'before-run': 'before your run',
  'after-run': 'after your run',
  'any-time': 'any time of day',
};

/** In-app path of the guided session player for a plan session. */
export function sessionPath(sessionId: string): string {
  return `/session/${encodeURIComponent(sessionId)}`;
}

export function exercisePath(exerciseId: string): string {
  return `/exercises/${encodeURIComponent(exerciseId)}`;
}
