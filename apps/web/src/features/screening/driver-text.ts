// Plain-language words for each driver of lower-back load the screening looks for: what it means
// for a runner, and what the plan does about it.
import type { DriverId } from '@upright/core';

export interface DriverText {
  readonly name: string;
  readonly why: string;
  readonly plan: string;
}

export const DRIVER_TEXT: Readonly<Record<DriverId, DriverText>> = {
  'thoracic-stiffness': {
    name: 'Stiff upper back',
    why: 'When the upper back does not turn freely, the lower back twists more with every arm swing.',
    plan: 'Daily upper-back rotation and extension drills so the turning comes from higher up.',
  },
  'hip-extension-deficit': {
    name: 'Limited hip extension',
    why: 'If the hip cannot open behind you at push-off, the lower back arches to make up the stride.',
    plan: 'Glute strength and hip-opening work so the leg, not the spine, drives you back.',
  },
  'hip-flexor-tightness': {
    name: 'Tight hip flexors',
    why: 'Short hip flexors tip the pelvis forward and pull the lower back into an arch, worse when tired.',
    plan: 'Hip-flexor lengthening after runs and kneeling stretches that keep the pelvis level.',
  },
  'hamstring-tightness': {
    name: 'Tight hamstrings',
    why: 'Short hamstrings tug the pelvis under and make the lower back round to reach each stride.',
    plan: 'Gentle hamstring lengthening after runs, never forced before them.',
  },
  'lower-abdominal-weakness': {
    name: 'Lower-abdominal control',
    why: 'Weak deep and lower abdominals let the pelvis tip and the back arch as the legs tire.',
    plan: 'Anti-movement core work (dead bugs, planks) building to 45-second holds.',
  },
  'lumbar-extensor-endurance': {
    name: 'Back-muscle endurance',
    why: 'The muscles along the spine hold you tall; when they tire late in a run, you fold into the "runner\'s hunch".',
    plan: 'Endurance holds for the back extensors, lengthened week by week.',
  },
  'lateral-core-endurance': {
    name: 'Side-core endurance',
    why: 'The side core keeps the pelvis level on each landing; when it fades, the lower back takes the sway.',
    plan: 'Side-plank progressions on both sides, evening out any difference.',
  },
};

/** Words for a driver id from the API (unknown ids get a neutral label). */
export function driverText(id: string): DriverText {
  return (
    (DRIVER_TEXT as Readonly<Record<string, DriverText>>)[id] ?? {
      name: id,
      why: 'One of the things the screening found.',
      plan: 'The plan includes exercises for it.',
    }
  );
}
