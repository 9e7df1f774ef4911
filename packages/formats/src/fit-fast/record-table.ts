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

/** Developer field `key` lives in column `DEVELOPER_SLOT_BASE + key`. */
export const DEVELOPER_SLOT_BASE = RECORD_SLOTS.length;

const MIN_CAPACITY = 256;
const EMPTY = new Float64Array(0);

function nanArray(length: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN);
}

export class RecordTable {
  count = 0;
  private capacity: number;
  /** One column per slot, allocated when a definition first uses the slot (EMPTY until then). */
  readonly columns: Float64Array[] = RECORD_SLOTS.map(() => EMPTY);
  readonly sparse: SparseDeveloperValue[] = [];
  /** Slots written from float fields: only these can hold infinities. */
  readonly floatSlots = new Set<number>();
  /** True when a column was refused because the memory budget was spent (its values are dropped). */
  overBudget = false;
  private allocated = 0;

  /**
   * `expectedRows` sizes the columns up front (they still grow when it is too small). `maxValues` bounds
   * the values all columns may hold, so a hostile file cannot claim memory out of proportion to its size
   * (many rows times many columns that only one message uses).
   */
  constructor(
    expectedRows: number,
    private readonly maxValues: number,
  ) {
    this.capacity = Math.max(MIN_CAPACITY, Math.ceil(expectedRows));
  }

  /** Makes sure column `slot` exists (all NaN so far), within the memory budget. */
  ensure(slot: number): void {
    while (this.columns.length <= slot) this.columns.push(EMPTY);
    if (this.columns[slot] !== EMPTY) return;
    if (this.allocated + this.capacity > this.maxValues) {
      this.overBudget = true;
      return;
    }
    this.allocated += this.capacity;
    this.columns[slot] = nanArray(this.capacity);
  }

  has(slot: number): boolean {
    const column = this.columns[slot];
    return column !== undefined && column !== EMPTY;
  }

  /** Starts a new record row (all NaN) and returns its index. */
  addRow(): number {
    if (this.count === this.capacity) this.grow();
    return this.count++;
  }

  /** Slots of developer columns that exist, with their keys. */
  developerKeys(): number[] {
    const keys: number[] = [];
    for (let slot = DEVELOPER_SLOT_BASE; slot < this.columns.length; slot++) {
      if (this.has(slot)) keys.push(slot - DEVELOPER_SLOT_BASE);
    }
    return keys;
  }

  private grow(): void {
    const next = this.capacity * 2;
    this.allocated = (this.allocated / this.capacity) * next;
    for (let i = 0; i < this.columns.length; i++) {
      const old = this.columns[i] ?? EMPTY;
      if (old === EMPTY) continue;
      const column = nanArray(next);
      column.set(old);
      this.columns[i] = column;
    }
    this.capacity = next;
  }
}
