import type { Command } from 'commander';
import type { Dose, Exercise } from '@upright/core';
import { EXERCISES, SOURCES, exerciseById } from '@upright/core';
import type { ExitCode } from './index';

const EXIT_USAGE = 2;

/** "3 × 45 s", "2 × 30 s each side", "3 × 10/side", "15/side" (one set), "3 min". */
export function formatDose(dose: Dose): string {
  const side = dose.perSide ? (dose.kind === 'reps' ? '/side' : ' each side') : '';
  const sets = dose.sets === 1 ? '' : `${dose.sets} × `;
  if (dose.kind === 'reps') return `${sets}${dose.reps}${side}`;
  const seconds = dose.kind === 'hold' ? dose.holdS : dose.workS;
  if (dose.sets === 1 && seconds >= 120 && seconds % 60 === 0) return `${seconds / 60} min${side}`;
  return `${sets}${seconds} s${side}`;
}

/** Every exercise in the chain that contains `ex`, easiest first. */
export function chainOf(ex: Exercise): Exercise[] {
  const back: Exercise[] = [];
  let cur: Exercise | undefined = ex;
  while (cur?.regressionId) {
    cur = exerciseById(cur.regressionId);
    if (cur) back.unshift(cur);
  }
  const forward: Exercise[] = [];
  cur = ex;
  while (cur?.progressionId) {
    cur = exerciseById(cur.progressionId);
    if (cur) forward.push(cur);
  }
  return [...back, ex, ...forward];
}

function list(title: string, lines: readonly string[], numbered = false): string {
  if (lines.length === 0) return '';
  return `\n${title}\n${lines.map((l, i) => `  ${numbered ? `${i + 1}.` : '•'} ${l}`).join('\n')}\n`;
}

function detail(ex: Exercise): string {
  const chain = chainOf(ex)
    .map((e) => (e.id === ex.id ? `[${e.name}]` : e.name))
    .join(' → ');
  const rest = ex.dose.sets > 1 ? `, rest ${ex.dose.restS} s between sets` : '';
  const head = [
    `${ex.name}  (${ex.id})`,
    `${ex.category}${ex.hard ? ', hard strength work' : ''} · targets: ${ex.targets.join(', ') || 'general'}`,
    `Dose: ${formatDose(ex.dose)}${rest}`,
    `Equipment: ${ex.equipment.length > 0 ? ex.equipment.join(', ') : 'none (floor, wall or chair)'}`,
    `Chain: ${chain}`,
  ].join('\n');
  const sources = ex.evidence.sources.map((s) => SOURCES[s]);
  return (
    head +
    '\n' +
    list('Steps', ex.steps, true) +
    list('Coaching cues', ex.cues) +
    list('Common mistakes', ex.mistakes) +
    list('Cautions', ex.cautions) +
    `\nEvidence\n  ${ex.evidence.note}\n` +
    list('Sources', sources)
  );
}

function table(): string {
  const rows = EXERCISES.map((e) => [
    e.id,
    e.name,
    e.category,
    formatDose(e.dose),
    e.equipment.join(', ') || '-',
  ]);
  const header = ['ID', 'NAME', 'CATEGORY', 'DOSE', 'EQUIPMENT'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return (
    [line(header), ...rows.map(line)].join('\n') +
    `\n\n${EXERCISES.length} exercises. Details: upright exercises <ID>\n`
  );
}

/** `upright exercises [ID] [--json]`: the catalogue, or one exercise in full. */
export function runExercises(id: string | undefined, flags: { readonly json?: boolean }): number {
  const json = flags.json === true;
  if (id === undefined) {
    process.stdout.write(json ? `${JSON.stringify(EXERCISES, null, 2)}\n` : table());
    return 0;
  }
  const ex = exerciseById(id);
  if (!ex) {
    process.stderr.write(
      `upright: EXERCISE_NOT_FOUND no exercise "${id}"; list them with: upright exercises\n`,
    );
    return EXIT_USAGE;
  }
  process.stdout.write(json ? `${JSON.stringify(ex, null, 2)}\n` : detail(ex));
  return 0;
}

export function registerExercises(program: Command, exit: ExitCode): void {
  program
    .command('exercises')
    .description('List the back-care exercise catalogue, or show one exercise in full')
    .argument('[id]', 'exercise id, e.g. dead-bug')
    .option('--json', 'print JSON')
    .action((id: string | undefined, flags: { json?: boolean }) => {
      exit.code = runExercises(id, flags);
    });
}
