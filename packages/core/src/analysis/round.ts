/** Rounds to `digits` decimals; never returns -0 (it would not survive a JSON round trip as -0). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0;
}
