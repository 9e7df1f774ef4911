import type { TapeGuide } from './types';

/** The optional lumbar kinesiology-tape posture reminder, with the honest evidence note. */
export const TAPE_GUIDE: TapeGuide = {
  title: 'Lumbar kinesiology tape as a posture reminder',
  purpose:
    'Two vertical strips either side of the lower spine. When you start to slump late in a long run, the tape tugs lightly on the skin: a reminder to run tall. It does not support or fix the spine.',
  steps: [
    'Tape clean, dry skin: no lotion, and shave or clip thick hair the evening before.',
    'Cut two strips long enough to run from just above the top of the buttocks to the bottom of the shoulder blades (about 25-30 cm). Round the corners so they do not peel.',
    'Stand and bend forward as far as is comfortable so the skin of the lower back is stretched.',
    'Tear the backing 5 cm from one end and stick that anchor, with no stretch, beside the spine just above the buttock crease.',
    'Peel the backing as you lay the strip up alongside the spine (not on it) with light stretch, about a quarter of what the tape can give.',
    'Lay the last 5 cm anchor with no stretch. Repeat on the other side, parallel.',
    'Stand up: the tape should wrinkle slightly. Rub it for 20 seconds so the glue warms and sets; apply at least an hour before the run.',
  ],
  stretchFraction: { anchors: 0, middle: 0.25 },
  skinCare: [
    'Try a small test strip for a day before race week to check your skin tolerates the glue.',
    'Remove slowly along the direction of hair growth, pressing the skin down behind the tape; oil loosens it.',
    'Take it off within 3 days, or at once if the skin itches, burns or blisters.',
  ],
  doNotUse: [
    'On broken, sunburnt, fragile or irritated skin, or over a rash.',
    'If you have had an allergic reaction to tape or plasters.',
    'Over a suspected blood clot, an active infection or a cancerous area.',
    'If you have a red-flag answer or numbness over the area: see a clinician first.',
    'As a reason to push through pain: it masks nothing and fixes nothing.',
  ],
  evidence: {
    note: 'Honest evidence: in chronic low back pain, kinesiology tape was not better than sham tape for pain or disability (randomised trial, Parreira 2014; meta-analysis, Luz Júnior 2019). Upright offers it only as an optional posture reminder on long-run and race days, which is a plausible use with no trial behind it.',
    sources: ['parreira-2014', 'luz-junior-2019', 'article-lumbar-wall'],
  },
};
