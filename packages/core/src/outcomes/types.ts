/** One pain rating: lower-back pain on average over the last week, 0-10 NRS. */
export interface PainEntry {
  readonly date: string;
  readonly nrs: number;
}

/** A PSFS activity chosen by the runner at baseline (up to five). */
export interface PsfsActivity {
  readonly id: string;
  /** In the runner's words, e.g. "Running past 15 km". */
  readonly description: string;
}

/** One PSFS rating session: each activity 0 (unable to perform) to 10 (able at pre-injury level). */
export interface PsfsEntry {
  readonly date: string;
  readonly scores: Readonly<Record<string, number>>;
}

export interface OutcomeTrend {
  readonly baseline: number | null;
  readonly latest: number | null;
  /** latest - baseline, rounded to 0.1; null with fewer than two entries. */
  readonly change: number | null;
  /** `improved`/`worse` when |change| reaches the minimal important change, else `no-clear-change`. */
  readonly verdict: 'improved' | 'worse' | 'no-clear-change' | 'not-enough-data';
}

export interface OutcomeSummary {
  readonly pain: OutcomeTrend;
  readonly psfs: OutcomeTrend;
}
