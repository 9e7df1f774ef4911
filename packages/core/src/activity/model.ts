import type { ChannelName } from './channels';

/** Seconds since the activity's start time (elapsed, wall clock), not timer time. */
export type ElapsedSeconds = number;

export type Sport =
  | 'running'
  | 'trail-running'
  | 'treadmill-running'
  | 'walking'
  | 'hiking'
  | 'cycling'
  | 'swimming'
  | 'multisport'
  | 'other';

export interface Device {
  readonly manufacturer: string | null;
  readonly product: string | null;
}

/** Where a channel's values came from. */
export type ChannelSource =
  | { readonly kind: 'native'; readonly field: string }
  | {
      readonly kind: 'developer';
      readonly field: string;
      /** The app that wrote the field (e.g. "Stryd"), or null when the file does not say. */
      readonly app: string | null;
      readonly appId: string | null;
    }
  | { readonly kind: 'derived'; readonly from: string };

/**
 * One column of samples, aligned with `Samples.time`. NaN marks "no value at this sample".
 * A channel that is entirely NaN is not stored.
 */
export interface Channel {
  readonly name: ChannelName;
  readonly unit: string;
  readonly source: ChannelSource;
  readonly values: Float64Array;
}

/**
 * A value the file carried for a quantity that another source already filled (e.g. Stryd contact time
 * when the Garmin strap also wrote it). Native wins; the other is kept here under its own name.
 */
export interface ExtraChannel {
  /** Unique name, e.g. "groundContactTime:developer:Stryd". */
  readonly name: string;
  readonly quantity: ChannelName | null;
  readonly unit: string;
  readonly source: ChannelSource;
  readonly values: Float64Array;
}

/** A timer pause: the recording was stopped (or auto-paused) between these elapsed times. */
export interface Gap {
  readonly startS: ElapsedSeconds;
  readonly endS: ElapsedSeconds;
}

/**
 * Columnar samples with an explicit time base. Never assume a fixed rate: `time` is elapsed seconds
 * for every sample, strictly increasing.
 */
export interface Samples {
  readonly time: Float64Array;
  readonly channels: Readonly<Partial<Record<ChannelName, Channel>>>;
  readonly extras: readonly ExtraChannel[];
  readonly gaps: readonly Gap[];
}

export interface Totals {
  readonly elapsedS: number;
  /** Timer time minus pauses; moving time as the device or our computation says. */
  readonly movingS: number;
  readonly distanceM: number | null;
  readonly ascentM: number | null;
  readonly descentM: number | null;
  readonly avgHeartRate: number | null;
  readonly maxHeartRate: number | null;
  readonly avgCadence: number | null;
  readonly avgPower: number | null;
  readonly calories: number | null;
  /** "file" when the file carried session/lap totals, "computed" when we derived them from samples. */
  readonly origin: 'file' | 'computed';
}

export interface Lap {
  readonly startS: ElapsedSeconds;
  readonly endS: ElapsedSeconds;
  readonly totals: Totals;
  readonly trigger: string | null;
}

export interface Activity {
  readonly sport: Sport;
  /** The sport's name as the file wrote it (e.g. "running/trail"), for display and debugging. */
  readonly sportRaw: string | null;
  /** UTC start time as milliseconds since the Unix epoch. */
  readonly startTimeMs: number;
  readonly device: Device;
  readonly totals: Totals;
  readonly laps: readonly Lap[];
  readonly samples: Samples;
  readonly format: 'fit' | 'tcx' | 'gpx';
}

export type ImportWarningCode =
  | 'FIT_TRUNCATED'
  | 'FIT_CRC_MISMATCH'
  | 'FIT_HEADER_CRC_MISMATCH'
  | 'FIT_CHAINED'
  | 'TIME_WENT_BACKWARDS'
  | 'MULTISPORT_RUN_TAKEN'
  | 'SPORT_NOT_RUNNING'
  | 'TIMEZONE_OFFSET'
  | 'TOTALS_COMPUTED'
  | 'SENSOR_VALUES_DROPPED'
  | 'POSITIONS_ONLY'
  | 'XML_PREFIX_UNBOUND'
  | 'MULTIPLE_ACTIVITIES';

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly message: string;
}

export type ImportErrorCode =
  | 'FIT_NOT_ACTIVITY'
  | 'FIT_INVALID_HEADER'
  | 'FIT_NO_RECORDS'
  | 'FIT_DECODE_FAILED'
  | 'TCX_NO_ACTIVITY'
  | 'TCX_INVALID'
  | 'GPX_NO_TRACK'
  | 'GPX_INVALID'
  | 'XML_TOO_LARGE'
  | 'XML_ENTITY_REFUSED'
  | 'XML_MALFORMED'
  | 'FILE_TOO_LARGE'
  | 'FILE_EMPTY'
  | 'UNKNOWN_FORMAT'
  | 'ZIP_INVALID'
  | 'ZIP_SLIP'
  | 'ZIP_BOMB'
  | 'GZIP_INVALID'
  | 'READ_FAILED'
  /** A bug in a decoder: reported for that file only, so one file never sinks a batch. */
  | 'IMPORT_CRASHED';

/** The outcome of importing one file: an activity plus warnings, or coded errors. */
export type ImportResult =
  | { readonly ok: true; readonly activity: Activity; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: { readonly code: ImportErrorCode; readonly message: string } };
