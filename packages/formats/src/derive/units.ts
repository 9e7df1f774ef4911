/**
 * Steps per minute from FIT running cadence, which counts strides (one foot) per minute in whole
 * units plus a fractional part in 1/128ths. Example: cadenceStepsPerMin(88, 0.5) = 177.
 */
export function cadenceStepsPerMin(stridesPerMin: number, fractional: number | undefined): number {
  return (stridesPerMin + (fractional ?? 0)) * 2;
}
