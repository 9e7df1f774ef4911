/**
 * One axis of a constant-velocity Kalman filter: state [position m, velocity m/s], white-acceleration
 * process noise with spectral density `accelVar` (m²/s³). Two of these (east, north) track a runner.
 */
export interface AxisFilter {
  p: number;
  v: number;
  /** Covariance [[pp, pv], [pv, vv]]. */
  pp: number;
  pv: number;
  vv: number;
}

export function axisFilterInit(positionM: number, positionVarM2: number): AxisFilter {
  // Unknown initial velocity: a running speed range wide enough to converge within a few fixes.
  return { p: positionM, v: 0, pp: positionVarM2, pv: 0, vv: 25 };
}

/** Predict `dtS` seconds ahead (F = [[1, dt], [0, 1]], Q from a white-noise acceleration model). */
export function axisFilterPredict(f: AxisFilter, dtS: number, accelVar: number): void {
  const dt2 = dtS * dtS;
  f.p += f.v * dtS;
  const pp = f.pp + 2 * dtS * f.pv + dt2 * f.vv + (accelVar * dt2 * dtS) / 3;
  const pv = f.pv + dtS * f.vv + (accelVar * dt2) / 2;
  const vv = f.vv + accelVar * dtS;
  f.pp = pp;
  f.pv = pv;
  f.vv = vv;
}

/** Fuse a position measurement `zM` with variance `rM2`. */
export function axisFilterUpdate(f: AxisFilter, zM: number, rM2: number): void {
  const s = f.pp + rM2;
  const kp = f.pp / s;
  const kv = f.pv / s;
  const innovation = zM - f.p;
  f.p += kp * innovation;
  f.v += kv * innovation;
  const pp = (1 - kp) * f.pp;
  const pv = (1 - kp) * f.pv;
  const vv = f.vv - kv * f.pv;
  f.pp = pp;
  f.pv = pv;
  f.vv = vv;
}
