import type { Activity, ImportErrorCode, ImportWarning } from '@upright/core';
import { CHANNEL_NAMES } from '@upright/core';

/** One line of `upright analyze --json` (documented in docs/cli.md; fields are only ever added). */
export type AnalyzeLine =
  | {
      readonly file: string;
      readonly ok: true;
      readonly activity: ActivityJson;
      readonly warnings: readonly { readonly code: string; readonly message: string }[];
    }
  | {
      readonly file: string;
      readonly ok: false;
      readonly error: { readonly code: ImportErrorCode; readonly message: string };
    };

export interface ActivityJson {
  readonly format: Activity['format'];
  readonly sport: Activity['sport'];
  readonly sportRaw: string | null;
  readonly startTime: string;
  readonly durationS: number;
  readonly movingTimeS: number;
  readonly distanceM: number | null;
  readonly laps: number;
  readonly channels: readonly string[];
  readonly device: Activity['device'];
  readonly samples: number;
  readonly totalsOrigin: Activity['totals']['origin'];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The channels that have data, in the model's canonical order. */
export function activityChannels(activity: Activity): string[] {
  return CHANNEL_NAMES.filter((name) => activity.samples.channels[name] !== undefined);
}

/** The activity part of a JSON line. Later analyses add their own fields next to `activity`. */
export function activityJson(activity: Activity): ActivityJson {
  const t = activity.totals;
  return {
    format: activity.format,
    sport: activity.sport,
    sportRaw: activity.sportRaw,
    startTime: new Date(activity.startTimeMs).toISOString(),
    durationS: round(t.elapsedS, 3),
    movingTimeS: round(t.movingS, 3),
    distanceM: t.distanceM === null ? null : round(t.distanceM, 2),
    laps: activity.laps.length,
    channels: activityChannels(activity),
    device: activity.device,
    samples: activity.samples.time.length,
    totalsOrigin: t.origin,
  };
}

/** A successful line: file, ok, activity, warnings. */
export function analyzeLineOk(
  file: string,
  activity: Activity,
  warnings: readonly ImportWarning[],
): AnalyzeLine {
  return {
    file,
    ok: true,
    activity: activityJson(activity),
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
