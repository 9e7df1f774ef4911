import type { ReactNode } from 'react';

/** Tone of a verdict code from the analysis: green when form held, amber when it broke down. */
export function verdictTone(verdict: string | null): 'ok' | 'warn' | 'none' {
  if (verdict === null) return 'none';
  if (/held|stable|good|durable/i.test(verdict)) return 'ok';
  if (/broke|break|fade|declin|drift/i.test(verdict)) return 'warn';
  return 'none';
}

const LABEL: Readonly<Record<'ok' | 'warn' | 'none', string>> = {
  ok: 'Form held',
  warn: 'Form faded',
  none: 'Not enough data',
};

export function VerdictBadge({ verdict }: { readonly verdict: string | null }): ReactNode {
  const tone = verdictTone(verdict);
  return <span className={`verdict-badge ${tone}`}>{LABEL[tone]}</span>;
}
