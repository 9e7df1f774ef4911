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

interface DetectorState {
  readonly config: OnsetDetectorConfig;
  readonly reference: number;
  readonly window: ScoredBin[];
  s: number;
  start: ScoredBin | null;
  scoreSum: number;
  segments: number;
  alarm: { seen: number; outside: number } | null;
  confirmed: DetectedOnset | null;
  last: ScoredBin | null;
}

function detectorReset(st: DetectorState): void {
  st.s = 0;
  st.start = null;
  st.scoreSum = 0;
  st.segments = 0;
  st.alarm = null;
}

function detectorConfirm(st: DetectorState, at: ScoredBin, share: number): DetectorEvent | null {
  if (!st.start) return null;
  const { channels, freshEndM } = st.config;
  const onset = refineOnset({ window: st.window, channels, candidate: st.start, minStartM: freshEndM });
  const meanScore = st.scoreSum / Math.max(1, st.segments);
  const strength = 1 - Math.exp(-(meanScore - 1) / 4);
  const breadth = channels.length >= 2 ? 1 : 0.85;
  const confidence = roundTo(Math.max(0, Math.min(1, share * strength * breadth)), 2);
  const after = st.window.filter((w) => w.bin.index >= onset.bin.index);
  st.confirmed = { onset, confirmedAt: at, confidence, contributors: contributorsOf(after) };
  return { kind: 'confirmed', ...st.confirmed };
}

/** After an alarm: count the persistence check; confirm or drop the alarm. */
function detectorPersist(st: DetectorState, scored: ScoredBin, score: number): DetectorEvent | null {
  const alarm = st.alarm;
  if (!alarm) return null;
  const { persistenceSegments, persistenceShare } = st.config.options;
  alarm.seen += 1;
  if (score > st.reference) alarm.outside += 1;
  if (alarm.seen < persistenceSegments) return null;
  const share = alarm.outside / alarm.seen;
  if (share >= persistenceShare) return detectorConfirm(st, scored, share);
  detectorReset(st);
  return null;
}

function detectorPush(st: DetectorState, scored: ScoredBin): DetectorEvent | null {
  const score = scored.score;
  if (st.confirmed || score === null) return null;
  st.window.push(scored);
  if (st.window.length > WINDOW_SEGMENTS) st.window.shift();
  if (scored.bin.movingStartM < st.config.freshEndM) return null;
  st.last = scored;
  st.s = Math.max(0, st.s + score - st.reference);
  if (st.s === 0 && !st.alarm) {
    detectorReset(st);
    return null;
  }
  st.start ??= scored;
  st.scoreSum += score;
  st.segments += 1;
  if (st.alarm) return detectorPersist(st, scored, score);
  if (st.s <= st.config.options.cusumThreshold) return null;
  st.alarm = { seen: 0, outside: 0 };
  return { kind: 'suspected', onset: st.start, at: scored };
}

function detectorFinish(st: DetectorState): DetectorEvent | null {
  const { alarm, last } = st;
  if (st.confirmed || !alarm || !last || alarm.seen < MIN_FINAL_PERSISTENCE) return null;
  const share = alarm.outside / alarm.seen;
  return share >= st.config.options.persistenceShare ? detectorConfirm(st, last, share) : null;
}

/**
 * One-sided CUSUM on the segment score (mean z² of the form channels against the fresh model),
 * S = max(0, S + score − (1 + slack)). An alarm (S > threshold) is confirmed only if most of the next
 * `persistenceSegments` comparable segments stay outside the band; otherwise it is dropped. The onset
 * starts from the classic CUSUM change-point (the segment after S last stood at zero) and is refined by
 * a flat-then-ramp fit (refineOnset). Offline analysis and the streaming detector share this code.
 */
export function createOnsetDetector(config: OnsetDetectorConfig): OnsetDetector {
  const st: DetectorState = {
    config,
    reference: 1 + config.options.cusumSlack,
    window: [],
    s: 0,
    start: null,
    scoreSum: 0,
    segments: 0,
    alarm: null,
    confirmed: null,
    last: null,
  };
  return {
    push: (scored) => detectorPush(st, scored),
    finish: () => detectorFinish(st),
    confirmed: () => st.confirmed,
    cusum: () => st.s,
  };
}
