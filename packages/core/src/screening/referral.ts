import { RED_FLAGS, REFERRAL_ACTIONS } from './red-flags';
import { REFERRAL_LEVELS } from './types';
import type { Referral, ReferralLevel, ReferralReason, ScreeningAnswers } from './types';

/** Non-red-flag symptom rules that call for a professional look ("soon"), with their sources. */
function symptomReasons(answers: ScreeningAnswers): ReferralReason[] {
  const { pain, age } = answers;
  const reasons: ReferralReason[] = [];
  const hasPain = pain.nowNrs > 0 || pain.durationWeeks > 0;
  const firstOnset = pain.firstOnsetAge ?? age;
  if (hasPain && (firstOnset < 20 || firstOnset > 55)) {
    reasons.push({
      id: 'age-at-onset',
      level: 'soon',
      text: `Back pain that first starts before 20 or after 55 (yours: ${firstOnset}) is more often due to something other than strain. Have it checked.`,
      sources: ['ahcpr-1994', 'finucane-2020'],
    });
  }
  if (pain.radiatesBelowKnee) {
    reasons.push({
      id: 'radiating-pain',
      level: 'soon',
      text: 'Pain that travels below the knee suggests an irritated nerve root. A physiotherapist should assess it; the programme avoids hard strength work until then.',
      sources: ['nice-ng59'],
    });
  }
  if (inflammatoryPattern(answers)) {
    reasons.push({
      id: 'inflammatory-pattern',
      level: 'soon',
      text: 'Long-lasting back pain that began before 45 with long morning stiffness that eases with movement can be inflammatory. Ask your doctor about it.',
      sources: ['nice-ng65'],
    });
  }
  if (pain.durationWeeks >= 12 || pain.nowNrs >= 7) {
    reasons.push({
      id: 'persistent-or-severe',
      level: 'soon',
      text:
        pain.nowNrs >= 7
          ? `Pain of ${pain.nowNrs}/10 is high. Have a physiotherapist assess it alongside this programme.`
          : 'Pain lasting three months or more deserves a physiotherapist assessment alongside this programme.',
      sources: ['nice-ng59', 'article-forrunners'],
    });
  }
  return reasons;
}

function inflammatoryPattern(answers: ScreeningAnswers): boolean {
  const { pain, age } = answers;
  const onset = pain.firstOnsetAge ?? age;
  return (
    pain.durationWeeks >= 12 &&
    onset < 45 &&
    (pain.morningStiffnessMinutes ?? 0) >= 30 &&
    (pain.easedBy ?? []).includes('movement')
  );
}

const rank = (level: ReferralLevel): number => REFERRAL_LEVELS.indexOf(level);

/**
 * Red flags first, then symptom rules. The level is the most urgent reason's level.
 * @example referralFromAnswers(answers).level // 'emergency' when saddleNumbness is true
 */
export function referralFromAnswers(answers: ScreeningAnswers): Referral {
  const flagReasons: ReferralReason[] = RED_FLAGS.filter((f) => answers.redFlags[f.id]).map((f) => ({
    id: f.id,
    level: f.level,
    text: f.reason,
    sources: f.sources,
  }));
  const reasons = [...flagReasons, ...symptomReasons(answers)].sort((a, b) => rank(a.level) - rank(b.level));
  const level: ReferralLevel = reasons[0]?.level ?? 'none';
  // At emergency or urgent the "soon" reasons talk about a programme that will not be given: leave them out.
  const shown = referralBlocksPlan(level) ? reasons.filter((r) => referralBlocksPlan(r.level)) : reasons;
  return { level, action: REFERRAL_ACTIONS[level], reasons: shown };
}

/** True when the level forbids an exercise plan (emergency or urgent). */
export function referralBlocksPlan(level: ReferralLevel): boolean {
  return level === 'emergency' || level === 'urgent';
}
