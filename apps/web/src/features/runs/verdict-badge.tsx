import type { ReactNode } from 'react';
import type { BreakdownStatus } from '@upright/core';

export type VerdictTone = 'ok' | 'warn' | 'none';

const TONE: Readonly<Record<BreakdownStatus, VerdictTone>> = {
  none: 'ok',
  detected: 'warn',
  'insufficient-data': 'none',
};

/** Tone of the list's verdict code (the core's BreakdownStatus): green held, amber gave way. */
export function verdictTone(verdict: string | null): VerdictTone {
  return verdict === null ? 'none' : ((TONE as Readonly<Record<string, VerdictTone>>)[verdict] ?? 'none');
}

const LABEL: Readonly<Record<VerdictTone, string>> = {
  ok: 'Form held',
  warn: 'Form gave way',
  none: 'Not enough data',
};

export function VerdictBadge({ verdict }: { readonly verdict: string | null }): ReactNode {
  const tone = verdictTone(verdict);
  return <span className={`verdict-badge ${tone}`}>{LABEL[tone]}</span>;
}
