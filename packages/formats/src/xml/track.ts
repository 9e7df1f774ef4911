import type { ChannelName, Gap } from '@upright/core';
import type { DraftChannel } from '../build/finish';
import { SampleCollector } from '../build/collector';

/** Values of one track point, by channel name; "cadence" is as written (strides or steps, see below). */
export type PointValues = Partial<Record<ChannelName, number>>;

/**
 * Median cadence below which a running file's cadence is strides per minute (one foot) and gets
 * doubled. Nobody runs at under 120 steps/min, and nobody writes over 120 strides/min.
 */
export const STRIDE_CADENCE_MAX = 120;

/** Collects the points of an XML track (TCX or GPX) into columns with pauses between segments. */
export class TrackBuilder {
  readonly collector = new SampleCollector();
  readonly pauses: Gap[] = [];
  startMs: number | null = null;
  #lastS: number | null = null;
  #breakPending = false;

  /** The next point starts a new segment: the time between segments is a pause. */
  segmentBreak(): void {
    this.#breakPending = this.#lastS !== null;
  }

  point(timeMs: number, values: PointValues): void {
    this.startMs ??= timeMs;
    const t = (timeMs - this.startMs) / 1000;
    if (this.#breakPending && this.#lastS !== null && t > this.#lastS)
      this.pauses.push({ startS: this.#lastS, endS: t });
    this.#breakPending = false;
    if (!this.collector.begin(t)) return;
    this.#lastS = t;
    for (const [name, v] of Object.entries(values)) if (v !== undefined) this.collector.set(name, v);
  }

  /** Channel candidates, with cadence normalised to steps/min for on-foot sports. */
  channels(onFoot: boolean, fields: Readonly<Partial<Record<ChannelName, string>>>): DraftChannel[] {
    const out: DraftChannel[] = [];
    for (const name of this.collector.columnNames() as ChannelName[]) {
      let values = this.collector.column(name);
      if (name === 'cadence') {
        if (!onFoot) continue;
        values = cadenceAsSteps(values);
      } else if (name === 'distance') {
        values = distanceCumulative(values);
      }
      out.push({ name, source: { kind: 'native', field: fields[name] ?? name }, values });
    }
    return out;
  }
}

/**
 * Some writers restart DistanceMeters in every lap. A drop to under half of the previous value is such
 * a restart: the distance before it is carried over, so the column is cumulative again. Small drops
 * (GPS smoothing) are left alone. Example: 0, 500, 1000, 0, 400 → 0, 500, 1000, 1000, 1400.
 */
export function distanceCumulative(values: Float64Array): Float64Array {
  const out = values.slice();
  let offset = 0;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isNaN(v)) continue;
    if (!Number.isNaN(previous) && v < previous * 0.5 && previous - v > 1) offset += previous;
    previous = v;
    out[i] = v + offset;
  }
  return out;
}

/** Doubles cadence written as strides/min (median of non-zero values under STRIDE_CADENCE_MAX). */
export function cadenceAsSteps(values: Float64Array): Float64Array {
  const moving = [...values].filter((v) => v > 0).sort((a, b) => a - b);
  const median = moving[Math.floor(moving.length / 2)];
  if (median === undefined || median >= STRIDE_CADENCE_MAX) return values;
  return values.map((v) => v * 2);
}

/** Parses a number from XML text; null when absent or not finite. */
export function xmlNumber(text: string): number | null {
  if (text === '') return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}
