/**
 * Public shapes of the form-breakdown analysis. Everything here is JSON-serialisable (plain numbers,
 * strings, booleans, arrays, null): a RunAnalysis is stored by the server and sent over HTTP as is.
 * Units are in the names: M = metres, S = seconds, Mps = metres per second, Pct = percent.
 */

/** Mechanics the form model follows. Heart rate is not one of them: HR drift is decoupling, not form. */
export const FORM_CHANNELS = ['cadence', 'stepLength', 'groundContactTime', 'verticalOscillation'] as const;
export type FormChannel = (typeof FORM_CHANNELS)[number];

export type BreakdownStatus = 'detected' | 'none' | 'insufficient-data';

export interface Contributor {
  readonly channel: FormChannel;
  /** Change after the onset relative to the fresh model at the same speed and grade, percent. */
  readonly changePct: number;
}

export interface FormBreakdown {
  readonly status: BreakdownStatus;
  /** Activity distance where form started to give way (null unless detected). */
  readonly onsetDistanceM: number | null;
  /** Elapsed seconds at the onset (null unless detected). */
  readonly onsetTimeS: number | null;
  /** 0..1 (null unless detected); see docs/analysis.md. */
  readonly confidence: number | null;
  /** Largest changes first. Empty unless detected. */
  readonly contributors: readonly Contributor[];
}

export type DecouplingMethod = 'pace:hr' | 'power:hr';

export interface Decoupling {
  /** (EF1 − EF2) / EF1 × 100 over the steady portion; positive = HR rose for the same output. */
  readonly pct: number;
  readonly method: DecouplingMethod;
}

export interface PerKmRow {
  /** 1 for the first kilometre; the last row may cover a partial kilometre. */
  readonly km: number;
  readonly paceSPerKm: number | null;
  readonly heartRate: number | null;
  readonly cadence: number | null;
  readonly stepLength: number | null;
  readonly groundContactTime: number | null;
  readonly verticalOscillation: number | null;
  /** Mean form index of the kilometre's segments (null in warm-up or without mechanics). */
  readonly formIndex: number | null;
}

/** One form channel over the run's segments, with the fresh model's prediction and band. */
export interface ChannelSeries {
  readonly value: readonly (number | null)[];
  /** Fresh-model prediction at the segment's speed and grade. */
  readonly expected: readonly (number | null)[];
  /** Fresh band: expected × exp(∓2σ). */
  readonly low: readonly (number | null)[];
  readonly high: readonly (number | null)[];
  /** (value / expected − 1) × 100. */
  readonly changePct: readonly (number | null)[];
}

/** Per-segment chart data (columns of equal length, one entry per distance segment). */
export interface SegmentSeries {
  /** Length of a segment in moving metres. */
  readonly segmentM: number;
  /** Activity distance at the segment's middle. */
  readonly distanceM: readonly number[];
  readonly timeS: readonly number[];
  readonly speedMps: readonly number[];
  /** Rise over run (0.05 = 5 %), from smoothed altitude. */
  readonly grade: readonly number[];
  readonly heartRate: readonly (number | null)[];
  readonly power: readonly (number | null)[];
  /** RMS of the channels' standardised residuals: ~1 is fresh variation; null where not comparable. */
  readonly formIndex: readonly (number | null)[];
  readonly channels: Readonly<Partial<Record<FormChannel, ChannelSeries>>>;
  readonly flags: {
    readonly warmup: readonly boolean[];
    readonly fresh: readonly boolean[];
    /** Grade outside what the fresh section covered. */
    readonly hill: readonly boolean[];
    /** A stop or timer pause happened in or just before the segment. */
    readonly pause: readonly boolean[];
    /** Speed changed a lot inside the segment, or lies outside the fresh speed range. */
    readonly unsteady: readonly boolean[];
  };
}

export interface FreshBand {
  readonly fromM: number;
  readonly toM: number;
  /** The form index above which a segment counts as outside the fresh band. */
  readonly formIndexMax: number;
}

/** A fitted ln(value) = intercept + speedSlope·ln(speed / speedRefMps) + gradeSlope·grade. */
export interface ChannelModel {
  readonly intercept: number;
  readonly speedSlope: number;
  readonly gradeSlope: number;
  /** Robust residual scale (ln units). */
  readonly sigma: number;
  readonly segments: number;
}

/** What a run's fresh section says about the runner; the input for the personal model. */
export interface FreshSummary {
  readonly startTimeMs: number;
  readonly totalDistanceM: number;
  readonly speedRefMps: number;
  readonly speedMinMps: number;
  readonly speedMaxMps: number;
  readonly channels: Readonly<Partial<Record<FormChannel, ChannelModel>>>;
}

export type AnalysisNoteCode =
  | 'NO_FORM_CHANNELS'
  | 'RUN_TOO_SHORT'
  | 'FRESH_SECTION_TOO_SHORT'
  | 'FEW_COMPARABLE_SEGMENTS'
  | 'NO_HEART_RATE'
  | 'PERSONAL_MODEL_USED';

export interface AnalysisNote {
  readonly code: AnalysisNoteCode;
  readonly message: string;
}

export interface RunAnalysis {
  readonly formBreakdown: FormBreakdown;
  readonly decoupling: Decoupling | null;
  /** Share of the run (0..1) covered before form left its fresh band; 1 = held to the end. */
  readonly durability: number | null;
  readonly perKm: readonly PerKmRow[];
  readonly segments: SegmentSeries;
  readonly freshBand: FreshBand | null;
  readonly freshSummary: FreshSummary | null;
  readonly notes: readonly AnalysisNote[];
}

/** A runner's fresh mechanics pooled over earlier runs (see buildPersonalModel). */
export interface PersonalModel {
  readonly runs: number;
  readonly speedRefMps: number;
  readonly speedMinMps: number;
  readonly speedMaxMps: number;
  readonly channels: Readonly<Partial<Record<FormChannel, ChannelModel>>>;
}

export interface OnsetPrediction {
  /** Median predicted onset; null when the history shows no breakdown up to the planned distance. */
  readonly onsetDistanceM: number | null;
  /** Interquartile range of the prediction (null when open-ended). */
  readonly lowM: number | null;
  readonly highM: number | null;
  readonly basis: {
    readonly runs: number;
    readonly breakdowns: number;
    readonly longestHeldM: number | null;
    readonly method: 'kaplan-meier';
  };
}
