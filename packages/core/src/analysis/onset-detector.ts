import type { AnalyzeOptions } from './options';
import type { ScoredBin } from './scoring';
import type { Contributor, FormChannel } from './types';
import { FORM_CHANNELS } from './types';

export interface DetectedOnset {
  readonly onset: ScoredBin;
  readonly confirmedAt: ScoredBin;
  readonly confidence: number;
  readonly contributors: readonly Contributor[];
}

export type DetectorEvent =
  | { readonly kind: 'suspected'; readonly onset: ScoredBin; readonly at: ScoredBin }
  | ({ readonly kind: 'confirmed' } & DetectedOnset);

export interface OnsetDetector {
  /** Feeds the next segment after the fresh section (constant work). */
  push(scored: ScoredBin): DetectorEvent | null;
  /** End of run: settles an alarm that had too few segments left for the full persistence check. */
  finish(): DetectorEvent | null;
  readonly confirmed: () => DetectedOnset | null;
  /** Current CUSUM value, for display and tests. */
  readonly cusum: () => number;
}

const MIN_FINAL_PERSISTENCE = 3;

interface Run {
  start: ScoredBin | null;
  scoreSum: number;
  segments: number;
  lnSum: Record<FormChannel, number>;
  zSum: Record<FormChannel, number>;
  counts: Record<FormChannel, number>;
}

function emptyRun(): Run {
  const zero = () => ({ cadence: 0, stepLength: 0, groundContactTime: 0, verticalOscillation: 0 });
  return { start: null, scoreSum: 0, segments: 0, lnSum: zero(), zSum: zero(), counts: zero() };
}

function contributorsOf(run: Run): Contributor[] {
  const ranked = FORM_CHANNELS.filter((c) => run.counts[c] > 0)
    .map((c) => ({
      channel: c,
      changePct: Math.round((Math.exp(run.lnSum[c] / run.counts[c]) - 1) * 1000) / 10,
      zMean: run.zSum[c] / run.counts[c],
    }))
    .sort((a, b) => Math.abs(b.zMean) - Math.abs(a.zMean));
  const strong = ranked.filter((r, i) => i === 0 || Math.abs(r.zMean) >= 2);
  return strong.map(({ channel, changePct }) => ({ channel, changePct }));
}

/**
 * One-sided CUSUM on the segment score (mean z² of the form channels against the fresh model),
 * S = max(0, S + score − (1 + slack)). An alarm (S > threshold) is confirmed only if most of the next
 * `persistenceSegments` comparable segments stay outside the band; otherwise it is dropped. The onset
 * is the classic CUSUM change-point estimate: the first segment after S last stood at zero.
 */
export function createOnsetDetector(options: AnalyzeOptions, channelCount: number): OnsetDetector {
  const reference = 1 + options.cusumSlack;
  let s = 0;
  let run = emptyRun();
  let alarm: { seen: number; outside: number } | null = null;
  let confirmed: DetectedOnset | null = null;
  let last: ScoredBin | null = null;

  const confirm = (at: ScoredBin, share: number): DetectorEvent | null => {
    if (!run.start) return null;
    const meanScore = run.scoreSum / Math.max(1, run.segments);
    const strength = 1 - Math.exp(-(meanScore - 1) / 4);
    const breadth = channelCount >= 2 ? 1 : 0.85;
    const confidence = Math.round(Math.max(0, Math.min(1, share * strength * breadth)) * 100) / 100;
    confirmed = { onset: run.start, confirmedAt: at, confidence, contributors: contributorsOf(run) };
    return { kind: 'confirmed', ...confirmed };
  };

  const accumulate = (scored: ScoredBin, score: number): void => {
    run.start ??= scored;
    run.scoreSum += score;
    run.segments += 1;
    for (const c of FORM_CHANNELS) {
      const ln = scored.lnResidual[c];
      const z = scored.z[c];
      if (ln === undefined || z === undefined) continue;
      run.lnSum[c] += ln;
      run.zSum[c] += z;
      run.counts[c] += 1;
    }
  };

  return {
    push(scored) {
      const score = scored.score;
      if (confirmed || score === null) return null;
      last = scored;
      s = Math.max(0, s + score - reference);
      if (s === 0 && !alarm) {
        run = emptyRun();
        return null;
      }
      accumulate(scored, score);
      if (alarm) {
        alarm.seen += 1;
        if (score > reference) alarm.outside += 1;
        if (alarm.seen < options.persistenceSegments) return null;
        const share = alarm.outside / alarm.seen;
        if (share >= options.persistenceShare) return confirm(scored, share);
        alarm = null;
        s = 0;
        run = emptyRun();
        return null;
      }
      if (s > options.cusumThreshold && run.start) {
        alarm = { seen: 0, outside: 0 };
        return { kind: 'suspected', onset: run.start, at: scored };
      }
      return null;
    },
    finish() {
      if (confirmed || !alarm || !last || alarm.seen < MIN_FINAL_PERSISTENCE) return null;
      const share = alarm.outside / alarm.seen;
      return share >= options.persistenceShare ? confirm(last, share) : null;
    },
    confirmed: () => confirmed,
    cusum: () => s,
  };
}
