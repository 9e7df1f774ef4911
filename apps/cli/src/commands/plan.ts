import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Finding, PlanDay, PlanWarning, PlanWeek, Programme, Referral, Session } from '@upright/core';
import { DRIVER_INFO, buildProgramme, dateAddDays, exerciseById, isIsoDate, weekdayOf } from '@upright/core';
import { parsePlanInput, planInputJsonSchema } from '@upright/api-contract';
import { formatDose } from './exercises';
import type { ExitCode } from './index';

/** Exit codes: 0 plan printed (whatever the referral), 2 bad input or usage. */
const EXIT_USAGE = 2;
const KM_PER_MILE = 1.609344;

interface PlanFlags {
  readonly json?: boolean;
  readonly schema?: boolean;
  readonly start?: string;
  readonly week?: string;
}

type Units = 'km' | 'mi';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** "Mon 23 Nov". */
function dayLabel(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${DAY_NAMES[weekdayOf(iso)] ?? ''} ${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
}

function distance(km: number, units: Units): string {
  const v = units === 'mi' ? km / KM_PER_MILE : km;
  return `${Math.round(v * 10) / 10} ${units}`;
}

const minutes = (s: number): string => `${Math.ceil(s / 60)} min`;

/** The Monday on or after `today` (plans start at the top of a week by default). */
export function defaultStartDate(today: string): string {
  const offset = (8 - ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(today)) - 1) % 7;
  return dateAddDays(today, offset);
}

function referralText(r: Referral): string {
  const title = r.level === 'none' ? 'none' : r.level.toUpperCase();
  const reasons = r.reasons.map((x) => `  • ${x.text}`).join('\n');
  return `REFERRAL  ${title}\n  ${r.action}\n${reasons ? reasons + '\n' : ''}`;
}

function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0)
    return 'FINDINGS\n  None in the self-tests you recorded: the plan covers the basics for every runner.\n';
  const lines = findings.map((f) => {
    const evidence = f.evidence.map((e) => `      ${e.text}`).join('\n');
    const info = DRIVER_INFO[f.driver];
    return `  • ${info.name} (${f.severity}): ${info.why}\n${evidence}`;
  });
  return `FINDINGS\n${lines.join('\n')}\n`;
}

const SESSION_LABEL: Readonly<Record<Session['kind'], string>> = {
  'pre-run': 'before run',
  'post-run': 'after run',
  strength: 'strength',
  core: 'core',
  mobility: 'mobility',
};

function sessionLine(s: Session): string {
  const items = s.items.map(
    (i) => `${exerciseById(i.exerciseId)?.name ?? i.exerciseId} ${formatDose(i.dose)}`,
  );
  return `      ${SESSION_LABEL[s.kind].padEnd(11)}${items.join(' · ')}`;
}

function runLabel(day: PlanDay, units: Units): string {
  if (!day.run) return 'no run';
  const kind = day.run.kind === 'race' ? 'RACE' : `${day.run.kind} run`;
  return `${kind} ${distance(day.run.distanceKm, units)}${day.run.tapeSuggested ? ' · tape optional' : ''}`;
}

function dayText(day: PlanDay, units: Units): string {
  const head = `  ${dayLabel(day.date).padEnd(11)} ${runLabel(day, units).padEnd(34)} ${minutes(day.totalS).padStart(7)}`;
  return [head, ...day.sessions.map(sessionLine)].join('\n');
}

function weekText(week: PlanWeek, p: Programme): string {
  const units = p.input.units;
  const phase = p.plan?.phases.find((x) => x.id === week.phase)?.name ?? week.phase;
  const title = week.number === 1 ? 'THIS WEEK ' : `WEEK ${week.number}`.padEnd(10);
  const head = `${title} week ${week.number} of 12 · ${phase} · core holds ${week.coreHoldS} s · up to ${p.input.minutesPerDay} min a day`;
  return `${head}\n${week.days.map((d) => dayText(d, units)).join('\n')}\n`;
}

function phasesText(p: Programme): string {
  const phases = p.plan?.phases ?? [];
  const lines = phases.map((ph) => {
    const first = ph.weeks[0] ?? 0;
    const last = ph.weeks[ph.weeks.length - 1] ?? first;
    const range = first === last ? `Week ${first}` : `Weeks ${first}-${last}`;
    const holds = p.plan?.weeks.filter((w) => ph.weeks.includes(w.number)).map((w) => w.coreHoldS) ?? [];
    const [lo, hi] = [Math.min(...holds), Math.max(...holds)];
    const hold = holds.length === 0 ? '' : lo === hi ? ` Core holds ${lo} s.` : ` Core holds ${lo}-${hi} s.`;
    return `  ${range.padEnd(11)} ${ph.name.padEnd(12)} ${ph.goal}${hold}`;
  });
  return `PHASES\n${lines.join('\n')}\n`;
}

function cuesText(p: Programme): string {
  const c = p.cuePlan;
  if (!c) return '';
  const every = c.units === 'mi' ? 'every mile' : 'every 2 km';
  const dense =
    c.denseFromKm === null
      ? ''
      : ` From ${distance(c.denseFromKm, c.units)}, where your back usually starts to complain, ${c.units === 'mi' ? 'every half mile' : 'every 1 km'}.`;
  return `RUN CUES  ${every}: "${c.cue}"${dense}\n`;
}

function tapeText(p: Programme): string {
  if (!p.tapeGuide) return '';
  const owned = p.input.equipment.includes('kinesiology-tape');
  const when = owned
    ? 'Optional on long-run and race days'
    : 'Optional (you have not listed kinesiology tape)';
  return `TAPE      ${when}: ${p.tapeGuide.title.toLowerCase()}. ${p.tapeGuide.evidence.note.split('. ')[0]}. Full steps: --json, tapeGuide.\n`;
}

/** One line per warning code: "Weeks 4-12: ..." instead of nine near-identical lines. */
function warningLines(warnings: readonly PlanWarning[]): string[] {
  const byCode = new Map<string, PlanWarning[]>();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  return [...byCode.values()].map((group) => {
    const first = group[0];
    const weeks = group.map((w) => w.week).filter((n): n is number => n !== null);
    if (!first || group.length === 1 || weeks.length === 0) return `  • ${first?.message ?? ''}`;
    const text = first.message.replace(/^Week \d+: /, '');
    return `  • Weeks ${weeks.join(', ')}: ${text}`;
  });
}

/** The human-readable programme: referral, findings, this week at a glance, then the phases. */
export function programmeText(p: Programme, weekNumber = 1): string {
  const head = `Upright back-care programme · starts ${dayLabel(p.startDate)} ${p.startDate.slice(0, 4)}\n\n`;
  const parts = [referralText(p.referral), findingsText(p.findings)];
  if (!p.plan) {
    parts.push(
      'PLAN\n  No exercise plan: get the check described above first. Run `upright plan` again afterwards.\n',
    );
    return head + parts.join('\n');
  }
  const shown = p.plan.weeks[weekNumber - 1];
  if (shown) parts.push(weekText(shown, p));
  parts.push(phasesText(p), cuesText(p) + tapeText(p));
  const warnings = warningLines(p.plan.warnings);
  if (warnings.length > 0) parts.push(`NOTES\n${warnings.join('\n')}\n`);
  parts.push('Exercise details: upright exercises <id> · full plan: upright plan FILE --json\n');
  return head + parts.join('\n');
}

async function readAnswers(
  file: string,
): Promise<{ ok: true; value: unknown } | { ok: false; line: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return { ok: false, line: `PLAN_INPUT_UNREADABLE ${file}: cannot read the file (${reason})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, line: `PLAN_INPUT_NOT_JSON ${file}: ${reason}` };
  }
}

/** `upright plan ANSWERS.json [--json] [--start DATE] [--week N]` and `upright plan --schema`. */
export async function runPlan(file: string | undefined, flags: PlanFlags, today: string): Promise<number> {
  if (flags.schema === true) {
    process.stdout.write(`${JSON.stringify(planInputJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (file === undefined) {
    process.stderr.write(
      'upright: PLAN_INPUT_MISSING give an answers file (upright plan ANSWERS.json) or --schema\n',
    );
    return EXIT_USAGE;
  }
  if (flags.start !== undefined && !isIsoDate(flags.start)) {
    process.stderr.write(
      `upright: PLAN_START_INVALID --start: must be a date written YYYY-MM-DD (got "${flags.start}")\n`,
    );
    return EXIT_USAGE;
  }
  const week = flags.week === undefined ? 1 : Number(flags.week);
  if (!Number.isInteger(week) || week < 1 || week > 12) {
    process.stderr.write(
      `upright: PLAN_WEEK_INVALID --week: must be a whole number 1-12 (got "${flags.week}")\n`,
    );
    return EXIT_USAGE;
  }
  const read = await readAnswers(file);
  if (!read.ok) {
    process.stderr.write(`upright: ${read.line}\n`);
    return EXIT_USAGE;
  }
  const parsed = parsePlanInput(read.value);
  if (!parsed.ok) {
    const [first, ...more] = parsed.issues;
    const extra =
      more.length > 0
        ? ` (and ${more.length} more: ${more.map((i) => i.context?.path ?? '').join(', ')})`
        : '';
    process.stderr.write(`upright: PLAN_INPUT_INVALID ${first?.message ?? 'invalid input'}${extra}\n`);
    return EXIT_USAGE;
  }
  const programme = buildProgramme(parsed.value, { startDate: flags.start ?? defaultStartDate(today) });
  process.stdout.write(
    flags.json === true ? `${JSON.stringify(programme)}\n` : programmeText(programme, week),
  );
  return 0;
}

export function registerPlan(program: Command, exit: ExitCode): void {
  program
    .command('plan')
    .description('Screen a runner and build the 12-week back-care plan around their running week')
    .argument('[answers]', 'answers document (JSON); see --schema')
    .option('--json', 'print the whole programme as JSON')
    .option('--schema', 'print the JSON Schema of the answers document')
    .option('--start <date>', 'first day of the plan, YYYY-MM-DD (default: the coming Monday)')
    .option('--week <n>', 'show week n (1-12) at a glance instead of the first week')
    .action(async (file: string | undefined, flags: PlanFlags) => {
      const today = new Date().toISOString().slice(0, 10);
      exit.code = await runPlan(file, flags, today);
    });
}
