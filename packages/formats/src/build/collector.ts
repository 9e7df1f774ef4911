/**
 * Collects samples row by row into columns. Rows must arrive in time order: a row at the same time
 * as the previous one is merged into it (first value per column wins), a row earlier than the previous
 * one is dropped and counted (devices do write the odd timestamp that jumps back).
 */
export class SampleCollector {
  readonly #times: number[] = [];
  readonly #columns = new Map<string, number[]>();
  #row = -1;
  droppedBackwards = 0;

  /** Starts a row at elapsed time `timeS`; returns false when the row is dropped. */
  begin(timeS: number): boolean {
    if (!Number.isFinite(timeS)) return false;
    const last = this.#times[this.#times.length - 1];
    if (last !== undefined && timeS < last) {
      this.droppedBackwards++;
      this.#row = -1;
      return false;
    }
    if (last === undefined || timeS > last) this.#times.push(timeS);
    this.#row = this.#times.length - 1;
    return true;
  }

  /** Sets a value in the current row, unless the row already has one for this column. */
  set(column: string, value: number): void {
    if (this.#row < 0 || !Number.isFinite(value)) return;
    let col = this.#columns.get(column);
    if (col === undefined) {
      col = [];
      this.#columns.set(column, col);
    }
    while (col.length <= this.#row) col.push(Number.NaN);
    if (Number.isNaN(col[this.#row])) col[this.#row] = value;
  }

  get length(): number {
    return this.#times.length;
  }

  time(): Float64Array {
    return Float64Array.from(this.#times);
  }

  columnNames(): string[] {
    return [...this.#columns.keys()];
  }

  /** The column padded to the sample count with NaN. */
  column(name: string): Float64Array {
    const out = new Float64Array(this.#times.length).fill(Number.NaN);
    const col = this.#columns.get(name);
    if (col !== undefined) out.set(col.slice(0, out.length));
    return out;
  }
}

/** True when at least one value is a number (not NaN). */
export function columnHasData(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) return true;
  return false;
}
