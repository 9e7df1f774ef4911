/** Median of finite values (NaN when none). O(n log n) on a copy; used on small per-run sets. */
export function statsMedian(values: readonly number[]): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] ?? NaN) : ((xs[mid - 1] ?? NaN) + (xs[mid] ?? NaN)) / 2;
}

/** Robust scale: 1.4826 × median absolute deviation from the median (≈ σ for normal data). */
export function statsMadSigma(values: readonly number[]): number {
  const m = statsMedian(values);
  return 1.4826 * statsMedian(values.map((v) => Math.abs(v - m)));
}

/** Quantile by linear interpolation on sorted finite values. */
export function statsQuantile(values: readonly number[], q: number): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (xs[lo] ?? NaN) + ((xs[hi] ?? NaN) - (xs[lo] ?? NaN)) * (pos - lo);
}

export interface RidgePrior {
  /** Prior means of the two slopes. */
  readonly slopes: readonly [number, number];
  /** Prior standard deviations of the two slopes. */
  readonly sd: readonly [number, number];
}

export interface LinearFit {
  readonly intercept: number;
  readonly slopes: readonly [number, number];
  readonly sigma: number;
}

function solve3(m: number[][], v: number[]): number[] | null {
  const [a = [], b = [], c = []] = m;
  const det = (x: number[][]) =>
    (x[0]?.[0] ?? 0) * ((x[1]?.[1] ?? 0) * (x[2]?.[2] ?? 0) - (x[1]?.[2] ?? 0) * (x[2]?.[1] ?? 0)) -
    (x[0]?.[1] ?? 0) * ((x[1]?.[0] ?? 0) * (x[2]?.[2] ?? 0) - (x[1]?.[2] ?? 0) * (x[2]?.[0] ?? 0)) +
    (x[0]?.[2] ?? 0) * ((x[1]?.[0] ?? 0) * (x[2]?.[1] ?? 0) - (x[1]?.[1] ?? 0) * (x[2]?.[0] ?? 0));
  const d = det([a, b, c]);
  if (Math.abs(d) < 1e-300) return null;
  return [0, 1, 2].map(
    (col) => det([a, b, c].map((row, r) => row.map((x, j) => (j === col ? (v[r] ?? 0) : x)))) / d,
  );
}

/**
 * Huber-weighted (k = 1.345σ) least squares of y on two regressors with a ridge pull of the slopes
 * towards prior values, by iteratively reweighted least squares. Robust to a few odd segments; the
 * prior keeps a slope sensible when the data barely vary along it (a steady run has little speed range).
 * @example fitRobustRidge([1,2,3], [[0,0],[1,0],[2,0]], { slopes: [1, 0], sd: [1, 1] }, 0.01).slopes[0] // ≈ 1
 */
export function fitRobustRidge(
  y: readonly number[],
  x: readonly (readonly [number, number])[],
  prior: RidgePrior,
  sigmaFloor: number,
): LinearFit {
  let weights = y.map(() => 1);
  let fit: LinearFit = { intercept: statsMedian([...y]), slopes: prior.slopes, sigma: sigmaFloor };
  for (let iter = 0; iter < 6; iter += 1) {
    const m = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const v = [0, 0, 0];
    y.forEach((yi, i) => {
      const row = [1, x[i]?.[0] ?? 0, x[i]?.[1] ?? 0];
      const w = weights[i] ?? 0;
      for (let r = 0; r < 3; r += 1) {
        v[r] = (v[r] ?? 0) + w * (row[r] ?? 0) * yi;
        const mr = m[r] ?? [];
        for (let c = 0; c < 3; c += 1) mr[c] = (mr[c] ?? 0) + w * (row[r] ?? 0) * (row[c] ?? 0);
      }
    });
    for (let s = 0; s < 2; s += 1) {
      const lambda = (fit.sigma / (prior.sd[s] ?? 1)) ** 2;
      const row = m[s + 1] ?? [];
      row[s + 1] = (row[s + 1] ?? 0) + lambda;
      v[s + 1] = (v[s + 1] ?? 0) + lambda * (prior.slopes[s] ?? 0);
    }
    const beta = solve3(m, v);
    if (beta === null) break;
    const [b0 = 0, b1 = 0, b2 = 0] = beta;
    const residuals = y.map((yi, i) => yi - b0 - b1 * (x[i]?.[0] ?? 0) - b2 * (x[i]?.[1] ?? 0));
    const sigma = Math.max(sigmaFloor, statsMadSigma(residuals));
    fit = { intercept: b0, slopes: [b1, b2], sigma };
    weights = residuals.map((r) => Math.min(1, (1.345 * sigma) / Math.max(Math.abs(r), 1e-12)));
  }
  return fit;
}
