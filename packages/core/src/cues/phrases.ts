import type { CueKind, NudgeReason } from './types';

/**
 * Wording around one image, "string to the sky": grow tall from the crown, chin level, shoulders down,
 * ribs soft. Varied so the cue stays heard rather than tuned out. No distances or units in the text:
 * display formatting belongs to the UI.
 */
export type PhraseBankKey = Exclude<CueKind, 'form-nudge'> | NudgeReason;

export type CuePhraseBank = Readonly<Record<PhraseBankKey, readonly string[]>>;

export const CUE_PHRASES: CuePhraseBank = {
  'posture-reset': [
    'String to the sky: grow tall, chin level, shoulders down.',
    'Posture check. A string lifts the crown of your head. Chin level, ribs soft.',
    'Grow tall through the string. Let the shoulders drop and keep the ribs soft.',
    'Reset: tall spine, level chin, loose shoulders.',
    'Lift from the string on your head. Shoulders away from the ears, ribs soft.',
    'Run tall. String to the sky, eyes on the horizon, shoulders easy.',
    'Quick reset: breathe out, soften the ribs, then grow tall from the crown.',
    'Float up on the string. Chin level, hips right under you.',
  ],
  'breakdown-ahead': [
    'Your form usually starts to slip soon. Reset now: string to the sky, chin level, shoulders down.',
    'The stretch where your form tends to fade is coming up. Grow tall and keep the ribs soft.',
    'Heads up: this is where tiredness usually shows. Stay tall on the string, shoulders easy.',
    'Get ahead of the fade: grow tall, level chin, soft ribs.',
  ],
  'dense-reset': [
    'Stay tall. String to the sky.',
    'Tall again: chin level, shoulders down.',
    'Reset the string: grow up, ribs soft.',
    'Keep lifting: tall through the hips, relaxed shoulders.',
    'Check in: tall, level, loose.',
  ],
  'lean-drift': [
    'You are tipping forward. Grow tall from the string.',
    'Feel the tug on the string: hips forward, chest up, chin level.',
    'Leaning in. Stand tall through the hips and let the shoulders drop.',
  ],
  'cadence-drop': [
    'Steps are getting heavy. Quick, light feet and stay tall.',
    'Shorten the stride a little, quicken the feet, string to the sky.',
    'Light and quick: tall posture, soft landing.',
  ],
};

export const CUE_VIBRATION_MS: Readonly<Record<PhraseBankKey, readonly number[]>> = {
  'posture-reset': [200],
  'breakdown-ahead': [300, 150, 300],
  'dense-reset': [150, 100, 150],
  'lean-drift': [80, 60, 80, 60, 80],
  'cadence-drop': [120, 80, 120],
};

/**
 * Picks a phrase from `bank` that differs from `previous` (no immediate repeats) using `rng` in [0, 1).
 * @example phrasePick(['a', 'b'], 'a', () => 0.9) // 'b'
 */
export function phrasePick(bank: readonly string[], previous: string | null, rng: () => number): string {
  const choices = bank.length > 1 ? bank.filter((p) => p !== previous) : bank;
  const r = Math.min(Math.max(rng(), 0), 1 - Number.EPSILON);
  const pick = choices[Math.floor(r * choices.length)];
  if (pick === undefined) throw new Error('phrasePick: empty phrase bank');
  return pick;
}
