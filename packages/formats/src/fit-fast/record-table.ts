// Record messages go straight into growing Float64Array columns (NaN = no value): no object per record
// or per field while decoding. Developer fields get a column per field description key.

/** Record columns, in the units of FitRecordMesg (profile units after scale and offset). */
export const RECORD_SLOTS = [
  'timestampMs',
  'positionLat',
  'positionLong',
  'distance',
  'speed',
  'enhancedSpeed',
  'altitude',
  'enhancedAltitude',
  'heartRate',
  'cadence',
  'fractionalCadence',
  'stepLength',
  'stanceTime',
  'stanceTimeBalance',
  'verticalOscillation',
  'verticalRatio',
  'power',
  'temperature',
  'activityType',
] as const;

export type RecordSlotName = (typeof RECORD_SLOTS)[number];

export const Slot = Object.fromEntries(RECORD_SLOTS.map((name, i) => [name, i])) as {
  readonly [K in RecordSlotName]: number;
};

/** A developer value that is not a single number (an array or a string), kept sparsely. */
export interface SparseDeveloperValue {
  readonly row: number;
  readonly key: number;
  readonly value: string | readonly number[];
}

const INITIAL_CAPACITY = 256;

function nanArray(length: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN);
}

export class RecordTable {
  count = 0;
  private capacity = INITIAL_CAPACITY;
  readonly columns: Float64Array[] = RECORD_SLOTS.map(() => nanArray(INITIAL_CAPACITY));
  readonly developer = new Map<number, Float64Array>();
  readonly sparse: SparseDeveloperValue[] = [];

  /** Starts a new record row (all NaN) and returns its index. */
  addRow(): number {
    if (this.count === this.capacity) this.grow();
    return this.count++;
  }

  /** The column of developer field `key`, created on first use. */
  developerColumn(key: number): Float64Array {
    let column = this.developer.get(key);
    if (column === undefined) {
      column = nanArray(this.capacity);
      this.developer.set(key, column);
    }
    return column;
  }

  private grow(): void {
    const next = this.capacity * 2;
    const widen = (old: Float64Array): Float64Array => {
      const column = nanArray(next);
      column.set(old);
      return column;
    };
    for (let i = 0; i < this.columns.length; i++) this.columns[i] = widen(this.columns[i] ?? nanArray(0));
    for (const [key, column] of this.developer) this.developer.set(key, widen(column));
    this.capacity = next;
  }
}
