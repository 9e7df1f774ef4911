import type { SourceId } from './sources';
import type { DriverId, RedFlagId, ReferralLevel } from './types';

export interface RedFlag {
  readonly id: RedFlagId;
  /** The question the app asks, answered yes or no. */
  readonly question: string;
  /** The referral level a "yes" leads to. */
  readonly level: Exclude<ReferralLevel, 'none'>;
  /** Why it matters, in plain language, shown when the answer is yes. */
  readonly reason: string;
  /** The serious condition the flag screens for. */
  readonly concern:
    'cauda-equina' | 'nerve-compression' | 'infection' | 'cancer' | 'fracture' | 'inflammatory' | 'other';
  readonly sources: readonly SourceId[];
}

const CES: readonly SourceId[] = ['nice-ng59', 'bmj-ces-2009', 'finucane-2020'];
const SERIOUS: readonly SourceId[] = ['nice-ng59', 'ahcpr-1994', 'finucane-2020'];

/** The red-flag questions, most urgent first. Sources: NICE NG59, AHCPR 1994, BMJ 2009 on cauda equina. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'saddleNumbness',
    question:
      'Is there numbness or pins and needles around your back passage, genitals or inner thighs (where you would sit on a saddle)?',
    level: 'emergency',
    reason:
      'Numbness in the saddle area can mean the nerves at the bottom of the spine are being squeezed (cauda equina syndrome). This needs an emergency department today.',
    concern: 'cauda-equina',
    sources: CES,
  },
  {
    id: 'bladderOrBowelChange',
    question:
      'Have you noticed a new change in your bladder or bowel: trouble starting to pee, not feeling when you need to go, or leaking?',
    level: 'emergency',
    reason:
      'A new bladder or bowel change together with back pain is a warning sign of cauda equina syndrome. Go to an emergency department today.',
    concern: 'cauda-equina',
    sources: CES,
  },
  {
    id: 'sexualDysfunction',
    question: 'Have you had a new loss of sensation or function during sex?',
    level: 'emergency',
    reason:
      'New loss of sexual sensation or function with back pain can be a sign of cauda equina syndrome. Go to an emergency department today.',
    concern: 'cauda-equina',
    sources: CES,
  },
  {
    id: 'bothLegsSymptoms',
    question: 'Do you have pain, numbness or weakness going down both legs?',
    level: 'emergency',
    reason:
      'Nerve symptoms in both legs at once can be an early sign of cauda equina syndrome. Get checked at an emergency department today.',
    concern: 'cauda-equina',
    sources: CES,
  },
  {
    id: 'progressiveLegWeakness',
    question:
      'Is weakness or numbness in a leg or foot getting worse (tripping, a foot slapping down, spreading numbness)?',
    level: 'emergency',
    reason:
      'Weakness or numbness that keeps getting worse means a nerve may be under increasing pressure. It needs assessment the same day.',
    concern: 'nerve-compression',
    sources: ['nice-ng59', 'bmj-ces-2009', 'ahcpr-1994'],
  },
  {
    id: 'feverOrUnwell',
    question: 'Do you have a fever, chills, or feel generally unwell along with the back pain?',
    level: 'urgent',
    reason: 'Back pain with fever or feeling unwell can come from an infection. See a doctor within a day.',
    concern: 'infection',
    sources: SERIOUS,
  },
  {
    id: 'immuneSuppressionOrInjectedDrugs',
    question:
      'Is your immune system weakened (for example by medication or illness), or have you injected drugs?',
    level: 'urgent',
    reason:
      'A weakened immune system raises the chance that back pain comes from an infection. See a doctor within a day.',
    concern: 'infection',
    sources: SERIOUS,
  },
  {
    id: 'historyOfCancer',
    question: 'Have you ever been treated for cancer?',
    level: 'urgent',
    reason:
      'New back pain after cancer should be checked by a doctor soon to rule out spread to the spine. Book an appointment within a few days and mention your cancer history.',
    concern: 'cancer',
    sources: SERIOUS,
  },
  {
    id: 'unexplainedWeightLoss',
    question: 'Have you lost weight recently without trying?',
    level: 'urgent',
    reason:
      'Weight loss you cannot explain, with back pain, needs a doctor to look for a medical cause. Book an appointment within a few days.',
    concern: 'cancer',
    sources: SERIOUS,
  },
  {
    id: 'constantNightPain',
    question: 'Is the pain constant, there at night and not eased by lying still or changing position?',
    level: 'urgent',
    reason:
      'Pain that never lets up, even lying still at night, does not behave like a mechanical back problem and should be checked by a doctor within a few days.',
    concern: 'cancer',
    sources: SERIOUS,
  },
  {
    id: 'significantTrauma',
    question: 'Did the pain start after a significant fall, accident or blow?',
    level: 'urgent',
    reason: 'Back pain after a real accident or fall may mean a fracture. Get it checked before training.',
    concern: 'fracture',
    sources: SERIOUS,
  },
  {
    id: 'longTermSteroids',
    question: 'Have you taken steroid tablets (such as prednisolone) for more than three months?',
    level: 'soon',
    reason:
      'Long-term steroids can weaken bones. Ask your doctor to check your back before building up strength work.',
    concern: 'fracture',
    sources: SERIOUS,
  },
  {
    id: 'thoracicPain',
    question:
      'Is the main pain in your mid or upper back (between the shoulder blades) rather than your lower back?',
    level: 'soon',
    reason:
      'Pain centred in the mid or upper back is less often a simple mechanical problem. Have a doctor or physiotherapist look at it.',
    concern: 'other',
    sources: ['ahcpr-1994', 'finucane-2020'],
  },
  {
    id: 'structuralDeformity',
    question: 'Has your spine visibly changed shape recently (a new hump or curve)?',
    level: 'soon',
    reason: 'A new change in the shape of the spine should be assessed by a doctor or physiotherapist.',
    concern: 'other',
    sources: ['ahcpr-1994', 'finucane-2020'],
  },
];

/** What to do at each referral level, in plain language. */
export const REFERRAL_ACTIONS: Readonly<Record<ReferralLevel, string>> = {
  emergency: 'Go to an emergency department today. Do not wait, do not run, and do not start exercises.',
  urgent: 'See a doctor within the next day or two before any running or exercise programme.',
  soon: 'Book a doctor or physiotherapist within two weeks. You can start the gentle programme meanwhile; stop if anything gets worse.',
  none: 'No warning signs in your answers. If pain persists beyond a few weeks, see a physiotherapist.',
};

export interface DriverInfo {
  readonly name: string;
  /** Why it loads the lower back, in plain language. */
  readonly why: string;
}

/** Plain-language names and reasons for the seven drivers (physiotherapist article; Wainner 2007; McGill 2016). */
export const DRIVER_INFO: Readonly<Record<DriverId, DriverInfo>> = {
  'thoracic-stiffness': {
    name: 'Stiff mid-back',
    why: 'When the mid-back does not rotate, the lower back makes up the rotation of every stride.',
  },
  'hip-extension-deficit': {
    name: 'Limited hip extension',
    why: 'If the hip cannot extend behind you, the lower back arches instead at push-off.',
  },
  'hip-flexor-tightness': {
    name: 'Tight hip flexors',
    why: 'Short hip flexors tip the pelvis forward and increase the arch of the lower back.',
  },
  'hamstring-tightness': {
    name: 'Tight hamstrings',
    why: 'Short hamstrings change how the pelvis moves and shift load onto the lower back.',
  },
  'lower-abdominal-weakness': {
    name: 'Weak lower abdominals',
    why: 'The lower abdominals keep the pelvis from tipping forward as the legs swing.',
  },
  'lumbar-extensor-endurance': {
    name: 'Low back-extensor endurance',
    why: 'When the back extensors tire late in a run, posture collapses and the pelvis tips: the lumbar "wall".',
  },
  'lateral-core-endurance': {
    name: 'Low side-core endurance',
    why: 'The side core holds the pelvis level on each single-leg landing.',
  },
};
