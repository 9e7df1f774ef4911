/**
 * Route trace from latitude/longitude columns: an equirectangular projection (longitude scaled by the
 * cosine of the mean latitude), fitted into a box. No map tiles, so it works offline.
 */

export interface RouteTraceInput {
  readonly latitudeDeg: ArrayLike<number>;
  readonly longitudeDeg: ArrayLike<number>;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly paddingPx?: number;
  /** Longest path kept; longer tracks are thinned evenly. */
  readonly maxPoints?: number;
}

export interface RouteTrace {
  /** SVG path data; NaN runs (tunnels, GPS loss) start a new sub-path. */
  readonly path: string;
  readonly start: { readonly x: number; readonly y: number } | null;
  readonly end: { readonly x: number; readonly y: number } | null;
  readonly pointCount: number;
}

interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function validAt(lat: ArrayLike<number>, lon: ArrayLike<number>, i: number): boolean {
  const a = lat[i] ?? NaN;
  const b = lon[i] ?? NaN;
  return Number.isFinite(a) && Number.isFinite(b) && !(a === 0 && b === 0);
}

function meanLatitudeRad(lat: ArrayLike<number>, lon: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < lat.length; i++) {
    if (validAt(lat, lon, i)) {
      sum += lat[i] ?? 0;
      n++;
    }
  }
  return n === 0 ? 0 : ((sum / n) * Math.PI) / 180;
}

function boundsOf(xs: readonly number[], ys: readonly number[]): Bounds {
  const b: Bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  xs.forEach((x, i) => {
    const y = ys[i] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    b.minX = Math.min(b.minX, x);
    b.maxX = Math.max(b.maxX, x);
    b.minY = Math.min(b.minY, y);
    b.maxY = Math.max(b.maxY, y);
  });
  return b;
}

export function routeTrace(input: RouteTraceInput): RouteTrace {
  const { latitudeDeg: lat, longitudeDeg: lon, widthPx, heightPx } = input;
  const pad = input.paddingPx ?? 8;
  const n = Math.min(lat.length, lon.length);
  const step = Math.max(1, Math.ceil(n / (input.maxPoints ?? 1500)));
  const cosLat = Math.cos(meanLatitudeRad(lat, lon));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i += step) {
    const valid = validAt(lat, lon, i);
    xs.push(valid ? (lon[i] ?? NaN) * cosLat : NaN);
    ys.push(valid ? (lat[i] ?? NaN) : NaN);
  }
  const b = boundsOf(xs, ys);
  if (!Number.isFinite(b.minX)) return { path: '', start: null, end: null, pointCount: 0 };
  const spanX = Math.max(b.maxX - b.minX, 1e-9);
  const spanY = Math.max(b.maxY - b.minY, 1e-9);
  const scale = Math.min((widthPx - 2 * pad) / spanX, (heightPx - 2 * pad) / spanY);
  const offX = (widthPx - spanX * scale) / 2;
  const offY = (heightPx - spanY * scale) / 2;
  const parts: string[] = [];
  const points: { x: number; y: number }[] = [];
  let pen = false;
  xs.forEach((x, i) => {
    const y = ys[i] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      return;
    }
    const px = offX + (x - b.minX) * scale;
    const py = heightPx - (offY + (y - b.minY) * scale);
    parts.push(`${pen ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`);
    points.push({ x: px, y: py });
    pen = true;
  });
  return {
    path: parts.join(''),
    start: points[0] ?? null,
    end: points.at(-1) ?? null,
    pointCount: points.length,
  };
}
