import type { Activity, FormChannel, RunAnalysis } from '@upright/core';
import { analyzeRun } from '@upright/core';

/** The form-breakdown fields `upright analyze --json` adds to each activity line (docs/analysis.md). */
export interface FormReport {
  readonly formBreakdown: RunAnalysis['formBreakdown'];
  readonly decoupling: RunAnalysis['decoupling'];
  readonly durability: RunAnalysis['durability'];
  readonly perKm: RunAnalysis['perKm'];
  /** Not part of the JSON line: the reason behind an insufficient-data verdict, for the human text. */
  readonly note: string | null;
}

export function formReport(activity: Activity): FormReport {
  const a = analyzeRun(activity);
  return {
    formBreakdown: a.formBreakdown,
    decoupling: a.decoupling,
    durability: a.durability,
    perKm: a.perKm,
    note: a.notes[0]?.message ?? null,
  };
}

/** The JSON fields (without the human-only note). */
export function formJson(report: FormReport): Omit<FormReport, 'note'> {
  const { note: _note, ...fields } = report;
  return fields;
}

const CHANNEL_WORDS: Record<FormChannel, string> = {
  cadence: 'cadence',
  stepLength: 'step length',
  groundContactTime: 'contact time',
  verticalOscillation: 'vertical oscillation',
};

function km(m: number): string {
  return `${(m / 1000).toFixed(1)} km`;
}

export function formatPace(sPerKm: number | null): string {
  if (sPerKm === null) return '-';
  const s = Math.round(sPerKm);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One paragraph in plain language: where form held or gave way and which mechanics moved. */
export function formVerdict(report: FormReport): string {
  const { formBreakdown: f, decoupling: d } = report;
  const drift =
    d !== null && d.pct >= 5
      ? ` Heart rate drifted ${d.pct.toFixed(1)} % against ${d.method === 'power:hr' ? 'power' : 'pace'} (decoupling): that is cardiovascular drift, not a change in form.`
      : '';
  if (f.status === 'insufficient-data') {
    return `Form could not be judged: ${report.note ?? 'not enough data'}${drift}`;
  }
  if (f.status === 'none' || f.onsetDistanceM === null) {
    return `Your form held to the end: mechanics stayed within your fresh pattern at the same pace and grade.${drift}`;
  }
  const changes = f.contributors
    .map(
      (c) =>
        `${CHANNEL_WORDS[c.channel]} ${c.changePct >= 0 ? 'rose' : 'fell'} ${Math.abs(c.changePct).toFixed(1)} %`,
    )
    .join(', ');
  const confidence = f.confidence === null ? '' : ` (confidence ${f.confidence.toFixed(2)})`;
  return `Your form held until ${km(f.onsetDistanceM)}; after that ${changes} at the same pace and grade${confidence}.${drift}`;
}

const cell = (v: number | null, digits: number): string => (v === null ? '-' : v.toFixed(digits));

/** Compact per-km table plus the verdict, indented to sit under the activity summary. */
export function formHuman(report: FormReport): string {
  const lines = [`  form: ${formVerdict(report)}`];
  const extras = [
    report.decoupling
      ? `decoupling ${report.decoupling.pct.toFixed(1)} % (${report.decoupling.method})`
      : null,
    report.durability === null ? null : `durability ${report.durability.toFixed(2)}`,
  ].filter((x) => x !== null);
  if (extras.length > 0) lines.push(`  ${extras.join(' · ')}`);
  if (report.perKm.length > 0) {
    lines.push('     km   pace   HR  cad  step   GCT    VO  form');
    for (const r of report.perKm) {
      lines.push(
        `  ${String(r.km).padStart(5)} ${formatPace(r.paceSPerKm).padStart(6)} ${cell(r.heartRate, 0).padStart(4)} ${cell(r.cadence, 0).padStart(4)} ${cell(r.stepLength, 2).padStart(5)} ${cell(r.groundContactTime, 0).padStart(5)} ${cell(r.verticalOscillation, 1).padStart(5)} ${cell(r.formIndex, 1).padStart(5)}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
