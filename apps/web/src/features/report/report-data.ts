/**
 * Reads the parts of the physio report that arrive as core documents (`unknown` in the contract): the
 * screening result's referral and findings, and the programme's phases. Anything unexpected reads as
 * absent rather than breaking the page.
 */
import type { PhysioReport } from '@upright/api-contract';

export interface ReportFinding {
  readonly driver: string;
  readonly severity: 'mild' | 'marked';
  readonly evidence: readonly string[];
}

export interface ReportReferral {
  readonly level: string;
  readonly action: string;
  readonly reasons: readonly string[];
}

export interface ReportPhase {
  readonly name: string;
  readonly weeks: readonly number[];
  readonly goal: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const list = (x: unknown): unknown[] => (Array.isArray(x) ? (x as unknown[]) : []);

export function reportFindings(result: unknown): ReportFinding[] {
  if (!isObject(result)) return [];
  return list(result.findings).flatMap((f) => {
    if (!isObject(f) || typeof f.driver !== 'string') return [];
    return [
      {
        driver: f.driver,
        severity: f.severity === 'marked' ? 'marked' : 'mild',
        evidence: list(f.evidence)
          .map((e) => (isObject(e) ? str(e.text) : ''))
          .filter((t) => t !== ''),
      },
    ];
  });
}

export function reportReferral(result: unknown): ReportReferral | null {
  if (!isObject(result) || !isObject(result.referral)) return null;
  const r = result.referral;
  return {
    level: str(r.level),
    action: str(r.action),
    reasons: list(r.reasons)
      .map((x) => (isObject(x) ? str(x.text) : ''))
      .filter((t) => t !== ''),
  };
}

export function reportPhases(programme: unknown): ReportPhase[] {
  if (!isObject(programme) || !isObject(programme.plan)) return [];
  return list(programme.plan.phases).flatMap((p) =>
    isObject(p) && typeof p.name === 'string'
      ? [
          {
            name: p.name,
            weeks: list(p.weeks).filter((w): w is number => typeof w === 'number'),
            goal: str(p.goal),
          },
        ]
      : [],
  );
}

/** "Weeks 1–4" from a phase's week numbers. */
export function weeksText(weeks: readonly number[]): string {
  if (weeks.length === 0) return '';
  const first = Math.min(...weeks);
  const last = Math.max(...weeks);
  return first === last ? `Week ${first}` : `Weeks ${first}–${last}`;
}

/** "4 → 2" style change between first and latest check-in values. */
export function changeText(v: PhysioReport['pain']): string {
  const f = v.first === null ? '–' : v.first.toFixed(1);
  const l = v.latest === null ? '–' : v.latest.toFixed(1);
  return `${f} → ${l}`;
}
