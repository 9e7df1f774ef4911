import type { AnalyzeOptions } from './options';
import { refineOnset } from './refine-onset';
import type { ScoredBin } from './scoring';
import type { Contributor, FormChannel } from './types';
import { FORM_CHANNELS } from './types';
import { roundTo } from './round';

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
  /** Feeds the next segment (constant work; segments before `freshEndM` only fill the context window). */
  push(scored: ScoredBin): DetectorEvent | null;
  /** End of run: settles an alarm that had too few segments left for the full persistence check. */
  finish(): DetectorEvent | null;
  readonly confirmed: () => DetectedOnset | null;
  /** Current CUSUM value, for display and tests. */
  readonly cusum: () => number;
}

export interface OnsetDetectorConfig {
  readonly options: AnalyzeOptions;
  /** Channels the form index combines. */
  readonly channels: readonly FormChannel[];
  /** Moving metres where the fresh section ends and detection starts. */
  readonly freshEndM: number;
}

const MIN_FINAL_PERSISTENCE = 3;
/** Comparable segments kept for the onset refinement and the contributors (~8 km at 200 m). */
const WINDOW_SEGMENTS = 40;

/** Channels that moved after the onset, by mean z; % change at equal speed and grade. */
function contributorsOf(bins: readonly ScoredBin[]): Contributor[] {
  const ranked = FORM_CHANNELS.map((channel) => {
    let ln = 0;
    let z = 0;
    let n = 0;
    for (const s of bins) {
      const r = s.lnResidual[channel];
      const zc = s.z[channel];
      if (r === undefined || zc === undefined) continue;
      ln += r;
      z += zc;
      n += 1;
    }
    return {
      channel,
      n,
      changePct: n ? roundTo((Math.exp(ln / n) - 1) * 100, 1) : 0,
      zMean: n ? z / n : 0,
    };
  })
    .filter((r) => r.n > 0)
    .sort((a, b) => Math.abs(b.zMean) - Math.abs(a.zMean));
  return ranked
    .filter((r, i) => i === 0 || Math.abs(r.zMean) >= 2)
    .map(({ channel, changePct }) => ({ channel, changePct }));
}

/**
 * One-sided CUSUM on the segment score (mean z² of the form channels against the fresh model),
 * S = max(0, S + score − (1 + slack)). An alarm (S > threshold) is confirmed only if most of the next
 * `persistenceSegments` comparable segments stay outside the band; otherwise it is dropped. The onset
 * starts from the classic CUSUM change-point (the segment after S last stood at zero) and is refined by
 * a flat-then-ramp fit (refineOnset). Offline analysis and the streaming detector share this code.
 */
export function createOnsetDetector(config: OnsetDetectorConfig): OnsetDetector {
  const { options, channels, freshEndM } = config;
  const reference = 1 + options.cusumSlack;
  const window: ScoredBin[] = [];
  let s = 0;
  let start: ScoredBin | null = null;
  let scoreSum = 0;
  let segments = 0;
  let alarm: { seen: number; outside: number } | null = null;
  let confirmed: DetectedOnset | null = null;
  let last: ScoredBin | null = null;

  const confirm = (at: ScoredBin, share: number): DetectorEvent | null => {
    if (!start) return null;
    const onset = refineOnset({ window, channels, candidate: start, minStartM: freshEndM });
    const meanScore = scoreSum / Math.max(1, segments);
    const strength = 1 - Math.exp(-(meanScore - 1) / 4);
    const breadth = channels.length >= 2 ? 1 : 0.85;
    const confidence = roundTo(Math.max(0, Math.min(1, share * strength * breadth)), 2);
    const after = window.filter((w) => w.bin.index >= onset.bin.index);
    confirmed = { onset, confirmedAt: at, confidence, contributors: contributorsOf(after) };
    return { kind: 'confirmed', ...confirmed };
  };

  const reset = (): void => {
    s = 0;
    start = null;
    scoreSum = 0;
    segments = 0;
    alarm = null;
  };

  return {
    push(scored) {
      const score = scored.score;
      if (confirmed || score === null) return null;
      window.push(scored);
      if (window.length > WINDOW_SEGMENTS) window.shift();
      if (scored.bin.movingStartM < freshEndM) return null;
      last = scored;
      s = Math.max(0, s + score - reference);
      if (s === 0 && !alarm) {
        reset();
        return null;
      }
      start ??= scored;
      scoreSum += score;
      segments += 1;
      if (alarm) {
        alarm.seen += 1;
        if (score > reference) alarm.outside += 1;
        if (alarm.seen < options.persistenceSegments) return null;
        const share = alarm.outside / alarm.seen;
        if (share >= options.persistenceShare) return confirm(scored, share);
        reset();
        return null;
      }
      if (s <= options.cusumThreshold) return null;
      alarm = { seen: 0, outside: 0 };
      return { kind: 'suspected', onset: start, at: scored };
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
