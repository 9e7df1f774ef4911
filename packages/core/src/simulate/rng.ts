/** A source of uniform numbers in [0, 1). Core never calls Math.random: callers pass one of these. */
export type Rng = () => number;

/**
 * A small, fast, seeded generator (mulberry32, public domain by Tommy Ettinger). Same seed, same
 * sequence, on every platform.
 * @example const rng = rngFromSeed(42); rng(); // 0.6011037519201636
 */
export function rngFromSeed(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform source. */
export function rngGaussian(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A uniform draw in [low, high). */
export function rngUniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}
