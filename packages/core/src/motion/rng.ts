/**
 * A small seeded generator (mulberry32) returning uniform numbers in [0, 1). Core never calls
 * Math.random; tests, synthetic traces and replays pass one of these as `rng` so runs are repeatable.
 * @example const rng = rngSeeded(42); rng(); // 0.6011037519201636
 */
export function rngSeeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate from two uniforms (Box–Muller). */
export function rngGaussian(rng: () => number): number {
  const u = Math.max(rng(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
