export interface DriftAlarmOptions {
  /** Value above which drift starts. */
  readonly threshold: number;
  /** Drift ends only once the value falls below threshold - hysteresis. */
  readonly hysteresis: number;
  /** Drift must last this long before the alarm fires, seconds. */
  readonly sustainS: number;
  /** Never fires twice within this long, seconds; a drift that goes on is reminded once per cooldown. */
  readonly cooldownS: number;
}

export interface DriftAlarm {
  /** Feeds the value at `tS`; returns true when the alarm fires. */
  update(tS: number, value: number): boolean;
  /** The signal is not meaningful now (not running): forget any drift in progress. */
  pause(): void;
}

/**
 * Sustained-threshold alarm with hysteresis and cooldown, constant work per update. A drift starts
 * when `value` rises above `threshold` and ends only when it falls below `threshold - hysteresis`, so a
 * value wobbling around the threshold neither restarts the clock nor chatters. The alarm fires when a
 * drift has lasted `sustainS`, at most once per `cooldownS` (so an uncorrected drift is reminded once
 * per cooldown).
 * @example const a = createDriftAlarm({ threshold: 5, hysteresis: 2, sustainS: 15, cooldownS: 120 });
 */
export function createDriftAlarm(o: DriftAlarmOptions): DriftAlarm {
  let driftSinceS: number | null = null;
  let lastFireS: number | null = null;
  return {
    update(tS, value) {
      if (driftSinceS === null && value > o.threshold) driftSinceS = tS;
      else if (driftSinceS !== null && value < o.threshold - o.hysteresis) driftSinceS = null;
      if (driftSinceS === null || tS - driftSinceS < o.sustainS) return false;
      if (lastFireS !== null && tS - lastFireS < o.cooldownS) return false;
      lastFireS = tS;
      return true;
    },
    pause() {
      driftSinceS = null;
    },
  };
}
