/** The run page's plain-language reading of a RunAnalysis. */
import type { Contributor, FormChannel, RunAnalysis } from '@upright/core';
import { formatDistance } from './format';
import type { DistanceUnit } from './format';

export interface VerdictText {
  readonly tone: 'ok' | 'warn' | 'none';
  readonly headline: string;
  readonly detail: string;
  readonly contributors: readonly string[];
  readonly decoupling: string | null;
  readonly durability: string | null;
}

const CHANNEL_WORDS: Readonly<Record<FormChannel, { name: string; up: string; down: string }>> = {
  cadence: { name: 'Cadence', up: 'quicker steps', down: 'slower steps' },
  stepLength: { name: 'Step length', up: 'longer steps', down: 'shorter steps' },
  groundContactTime: {
    name: 'Ground contact time',
    up: 'feet staying down longer',
    down: 'quicker contacts',
  },
  verticalOscillation: { name: 'Vertical bounce', up: 'more bounce', down: 'less bounce' },
};

export function contributorText(c: Contributor): string {
  const w = CHANNEL_WORDS[c.channel];
  const pct = Math.abs(c.changePct).toFixed(1);
  return `${w.name} ${c.changePct >= 0 ? '+' : '−'}${pct} % (${c.changePct >= 0 ? w.up : w.down}) compared with your fresh form at the same speed and slope`;
}

function decouplingText(a: RunAnalysis): string | null {
  const d = a.decoupling;
  if (d === null) return null;
  const against = d.method === 'power:hr' ? 'power' : 'pace';
  const reading =
    d.pct < 5 ? 'under 5 %, a steady aerobic effort' : 'over 5 %: heart rate crept up for the same output';
  return `Heart rate drifted ${d.pct.toFixed(1)} % against ${against} from the first half to the second (${reading}).`;
}

function durabilityText(a: RunAnalysis): string | null {
  if (a.durability === null) return null;
  const pct = Math.round(a.durability * 100);
  return pct >= 100
    ? 'Form stayed inside its fresh band for the whole run.'
    : `Form stayed inside its fresh band for ${pct} % of the run.`;
}

function insufficientDetail(a: RunAnalysis): string {
  const notes = a.notes.map((n) => n.message).filter((m) => m !== '');
  return notes.length > 0
    ? notes.join(' ')
    : 'This run does not carry enough running-form data (cadence, step length, contact time or bounce) to tell.';
}

export function verdictText(a: RunAnalysis, unit: DistanceUnit): VerdictText {
  const fb = a.formBreakdown;
  const base = { decoupling: decouplingText(a), durability: durabilityText(a) };
  switch (fb.status) {
    case 'detected': {
      const at = formatDistance(fb.onsetDistanceM, unit);
      const confidence = fb.confidence === null ? '' : ` (confidence ${Math.round(fb.confidence * 100)} %)`;
      return {
        ...base,
        tone: 'warn',
        headline: `Your form started to give way at about ${at}.`,
        detail: `Up to ${at} your running mechanics matched your fresh early-run form; after that they drifted outside it${confidence}. That is the distance your back and core training is working to push further out.`,
        contributors: fb.contributors.map(contributorText),
      };
    }
    case 'none':
      return {
        ...base,
        tone: 'ok',
        headline: 'Your form held to the end.',
        detail: 'Your running mechanics stayed within your fresh early-run form for the whole run.',
        contributors: [],
      };
    case 'insufficient-data':
      return {
        ...base,
        tone: 'none',
        headline: 'Not enough form data to judge this run.',
        detail: insufficientDetail(a),
        contributors: [],
      };
  }
}
