import { chainStep, exerciseById } from '../catalogue/catalogue';
import { doseDurationS, doseWithSets, doseWithTimeS } from '../catalogue/dose';
import type { Dose } from '../catalogue/types';
import type { DriverId } from '../screening/types';
import type { PlanContext } from './context';
import type { PlanItem } from './types';

/** What a week asks of its sessions. */
export interface WeekLoad {
  /** Steps along each chain from the starting exercise (0 foundation, 1 build, 2 consolidate). */
  readonly step: number;
  readonly coreHoldS: number;
  /** Sets for core work (3, or 2 in taper and recovery weeks). */
  readonly coreSets: number;
  /** Sets removed from strength doses (1 in taper weeks). */
  readonly strengthSetCut: number;
}

interface Pick {
  readonly start: string;
  readonly reason: DriverId | 'base';
  /** Chain step offset for this pick (e.g. -1 to stay one step behind). */
  readonly stepOffset?: number;
  readonly dose?: (d: Dose) => Dose;
}

/** Walks regressions until the exercise is not hard (for days and runners where hard work is off). */
function softened(id: string): string {
  let current = exerciseById(id);
  while (current?.hard && current.regressionId !== null) current = exerciseById(current.regressionId);
  return current?.id ?? id;
}

export function itemFor(
  ctx: PlanContext,
  pick: Pick,
  opts: { step: number; allowHard: boolean },
): PlanItem | null {
  const stepped = chainStep(pick.start, Math.max(0, opts.step + (pick.stepOffset ?? 0)), ctx.owned);
  const id = opts.allowHard ? stepped : softened(stepped);
  const ex = exerciseById(id);
  if (!ex || !ex.equipment.every((e) => ctx.owned.includes(e))) return null;
  if (ex.hard && !opts.allowHard) return null;
  const dose = pick.dose ? pick.dose(ex.dose) : ex.dose;
  return { exerciseId: id, dose, durationS: doseDurationS(dose), reason: pick.reason };
}

const has = (ctx: PlanContext, d: DriverId): boolean => ctx.drivers.has(d);
const marked = (ctx: PlanContext, d: DriverId): boolean => ctx.marked.has(d);

/** Anti-movement core: plank and dead bug building to 3 × 45 s, then finding-specific extras. */
export function corePicks(ctx: PlanContext, load: WeekLoad): Pick[] {
  const core = (d: Dose): Dose => doseWithTimeS(doseWithSets(d, load.coreSets), load.coreHoldS);
  const plankStart = (ctx.input.selfTests.plankS ?? 60) < 30 ? 'knee-plank' : 'forearm-plank';
  const lowAb = has(ctx, 'lower-abdominal-weakness');
  const bugStart = marked(ctx, 'lower-abdominal-weakness') ? 'toe-tap' : 'dead-bug';
  const sideHoldS = Math.max(15, Math.round((load.coreHoldS * 2) / 3 / 5) * 5);
  const side = (d: Dose): Dose => doseWithTimeS(doseWithSets(d, load.coreSets), sideHoldS);
  const picks: Pick[] = [
    { start: plankStart, reason: lowAb ? 'lower-abdominal-weakness' : 'base', dose: core, stepOffset: -1 },
    { start: bugStart, reason: lowAb ? 'lower-abdominal-weakness' : 'base', dose: core, stepOffset: -1 },
  ];
  const lateral = has(ctx, 'lateral-core-endurance');
  const extensor = has(ctx, 'lumbar-extensor-endurance');
  const sideStart = marked(ctx, 'lateral-core-endurance') ? 'side-plank-knees' : 'side-plank';
  const extras: Pick[] = [
    { start: sideStart, reason: lateral ? 'lateral-core-endurance' : 'base', dose: side, stepOffset: -1 },
    {
      dose: (d: Dose): Dose => doseWithSets(d, Math.min(d.sets, load.coreSets)),
      start: marked(ctx, 'lumbar-extensor-endurance') ? 'quadruped-leg-reach' : 'bird-dog',
      reason: extensor ? 'lumbar-extensor-endurance' : 'base',
      stepOffset: -1,
    },
  ];
  extras.sort((a, b) => Number(b.reason !== 'base') - Number(a.reason !== 'base'));
  return [...picks, ...extras];
}

/** Hip-extension and lower-abdominal strength, then finding-specific extras. */
export function strengthPicks(ctx: PlanContext, load: WeekLoad): Pick[] {
  const cut = (d: Dose): Dose => doseWithSets(d, d.sets - load.strengthSetCut);
  const hipTested = ctx.input.selfTests.singleLegBridgeS !== undefined;
  const hipStart =
    marked(ctx, 'hip-extension-deficit') || !hipTested
      ? 'glute-bridge'
      : has(ctx, 'hip-extension-deficit')
        ? 'marching-bridge'
        : 'single-leg-bridge';
  const abStart = marked(ctx, 'lower-abdominal-weakness') ? 'heel-slide' : 'toe-tap';
  const picks: Pick[] = [
    {
      start: hipStart,
      reason: has(ctx, 'hip-extension-deficit') ? 'hip-extension-deficit' : 'base',
      dose: cut,
    },
    {
      start: abStart,
      reason: has(ctx, 'lower-abdominal-weakness') ? 'lower-abdominal-weakness' : 'base',
      dose: cut,
    },
  ];
  if (has(ctx, 'lumbar-extensor-endurance'))
    picks.push({ start: 'bird-dog', reason: 'lumbar-extensor-endurance', dose: cut });
  if (has(ctx, 'lateral-core-endurance')) {
    picks.push({
      start: ctx.owned.includes('dumbbell') ? 'suitcase-carry' : 'clamshell',
      reason: 'lateral-core-endurance',
      dose: cut,
    });
  }
  if (has(ctx, 'hip-extension-deficit'))
    picks.push({ start: 'clamshell', reason: 'hip-extension-deficit', dose: cut });
  return picks;
}

const THORACIC_ROTATION = [
  'seated-thoracic-rotation',
  'seated-thoracic-extension',
  'thoracic-open-book',
] as const;

/** Thoracic mobility: one drill a day (two with the finding), rotating through the pool. */
export function mobilityPicks(ctx: PlanContext, dayIndex: number): Pick[] {
  const stiff = has(ctx, 'thoracic-stiffness');
  const reason = stiff ? 'thoracic-stiffness' : 'base';
  const light = (d: Dose): Dose => (stiff ? d : doseWithSets(d, 1));
  const first = THORACIC_ROTATION[dayIndex % THORACIC_ROTATION.length] ?? 'thoracic-open-book';
  const second = THORACIC_ROTATION[(dayIndex + 1) % THORACIC_ROTATION.length] ?? 'seated-thoracic-extension';
  const picks: Pick[] = [{ start: first, reason, dose: light }];
  if (stiff) picks.push({ start: second, reason, dose: light });
  return picks;
}

/** 3-minute cat-cow, then what the findings call for. */
export function preRunPicks(ctx: PlanContext): Pick[] {
  const picks: Pick[] = [{ start: 'cat-cow', reason: 'base' }];
  const flexor = has(ctx, 'hip-flexor-tightness');
  if (flexor || has(ctx, 'hamstring-tightness')) {
    picks.push({ start: 'leg-swings', reason: flexor ? 'hip-flexor-tightness' : 'hamstring-tightness' });
  }
  if (has(ctx, 'thoracic-stiffness')) {
    picks.push({
      start: 'seated-thoracic-rotation',
      reason: 'thoracic-stiffness',
      dose: (d) => doseWithSets(d, 1),
      stepOffset: -9,
    });
  }
  return picks;
}

/** Hip-flexor and hamstring lengthening after runs; longer and with rolling when they are findings. */
export function postRunPicks(ctx: PlanContext): Pick[] {
  const flexor = has(ctx, 'hip-flexor-tightness');
  const hams = has(ctx, 'hamstring-tightness');
  const one = (d: Dose): Dose => doseWithSets(d, 1);
  const picks: Pick[] = [
    {
      start: 'kneeling-hip-flexor-stretch',
      reason: flexor ? 'hip-flexor-tightness' : 'base',
      ...(flexor ? {} : { dose: one }),
      stepOffset: -1,
    },
    {
      start: 'supine-hamstring-stretch',
      reason: hams ? 'hamstring-tightness' : 'base',
      ...(hams ? {} : { dose: one }),
      stepOffset: -1,
    },
  ];
  if (flexor) picks.push({ start: 'foam-roll-hip-flexors', reason: 'hip-flexor-tightness' });
  if (hams) picks.push({ start: 'foam-roll-hamstrings', reason: 'hamstring-tightness' });
  return picks;
}
