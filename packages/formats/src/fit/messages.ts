/**
 * The decoder-neutral "FIT messages" shape. Every FIT decoder (the official @garmin/fitsdk adapter in
 * ./garmin-decoder.ts, and the fast decoder in ../fit-fast/) produces exactly this; ./normalise.ts turns
 * it into an Activity. Vendor shapes never leave packages/formats/src/fit.
 *
 * Conventions (the same as @garmin/fitsdk `read()` with its defaults, so values compare 1:1):
 * - Field names are the FIT profile names in camelCase (`positionLat`, `stanceTime`, `enhancedSpeed`).
 * - Numbers have scale and offset applied and components expanded (e.g. `speed` in m/s, `altitude` in m,
 *   `distance` in m, `stepLength` in mm, `verticalOscillation` in mm, `stanceTime` in ms).
 * - Enums are profile strings (`'running'`, `'timer'`, `'stopAll'`); unknown enum values stay numbers.
 * - Times are Unix epoch milliseconds (UTC), already resolved, including compressed-timestamp records.
 * - Positions stay in semicircles (the normaliser converts to degrees).
 * - A field whose value is the base type's invalid value is absent (never 0, never NaN).
 * - Objects omit absent keys (exactOptionalPropertyTypes): `'heartRate' in rec` means the file had it.
 */

/** A developer field value as decoded (scale/offset from its field description applied). */
export type FitDeveloperValue = number | string | readonly number[];

/** Developer field values keyed by the field description's `key` (see FitFieldDescriptionMesg). */
export type FitDeveloperFields = Readonly<Record<number, FitDeveloperValue>>;

export type FitEnum = string | number;

export interface FitFileIdMesg {
  readonly type?: FitEnum;
  readonly manufacturer?: FitEnum;
  readonly product?: number;
  /** Product name when the manufacturer is Garmin (subfield), e.g. "fr935". */
  readonly garminProduct?: FitEnum;
  readonly serialNumber?: number;
  readonly timeCreatedMs?: number;
}

export interface FitDeviceInfoMesg {
  readonly timestampMs?: number;
  /** "creator" for the recording device, else a number. */
  readonly deviceIndex?: FitEnum;
  readonly manufacturer?: FitEnum;
  readonly product?: number;
  readonly garminProduct?: FitEnum;
  readonly productName?: string;
  readonly softwareVersion?: number;
}

/** Totals shared by session and lap messages (FIT profile units after scaling). */
export interface FitTotalsFields {
  readonly timestampMs?: number;
  readonly startTimeMs?: number;
  readonly totalElapsedTime?: number;
  readonly totalTimerTime?: number;
  readonly totalDistance?: number;
  readonly totalAscent?: number;
  readonly totalDescent?: number;
  readonly totalCalories?: number;
  readonly avgHeartRate?: number;
  readonly maxHeartRate?: number;
  /** Strides/min for running (plus avgFractionalCadence), rpm for cycling. */
  readonly avgCadence?: number;
  readonly avgFractionalCadence?: number;
  readonly avgRunningCadence?: number;
  readonly avgPower?: number;
  readonly sport?: FitEnum;
  readonly subSport?: FitEnum;
}

export interface FitSessionMesg extends FitTotalsFields {
  readonly firstLapIndex?: number;
  readonly numLaps?: number;
  readonly trigger?: FitEnum;
}

export interface FitLapMesg extends FitTotalsFields {
  readonly lapTrigger?: FitEnum;
}

export interface FitRecordMesg {
  readonly timestampMs?: number;
  readonly positionLat?: number;
  readonly positionLong?: number;
  readonly distance?: number;
  readonly speed?: number;
  readonly enhancedSpeed?: number;
  readonly altitude?: number;
  readonly enhancedAltitude?: number;
  readonly heartRate?: number;
  /** Running: strides/min; add fractionalCadence; x2 gives steps/min. */
  readonly cadence?: number;
  readonly fractionalCadence?: number;
  /** mm */
  readonly stepLength?: number;
  /** ms */
  readonly stanceTime?: number;
  /** percent, left foot */
  readonly stanceTimeBalance?: number;
  /** mm */
  readonly verticalOscillation?: number;
  /** percent */
  readonly verticalRatio?: number;
  readonly power?: number;
  /** degrees Celsius */
  readonly temperature?: number;
  readonly activityType?: FitEnum;
  readonly developerFields?: FitDeveloperFields;
}

export interface FitEventMesg {
  readonly timestampMs?: number;
  readonly event?: FitEnum;
  readonly eventType?: FitEnum;
}

export interface FitDeveloperDataIdMesg {
  readonly developerDataIndex?: number;
  readonly applicationId?: readonly number[];
  readonly developerId?: readonly number[];
  readonly manufacturerId?: FitEnum;
  readonly applicationVersion?: number;
}

export interface FitFieldDescriptionMesg {
  /**
   * Decoder-assigned key, unique within the file: the index of this description among all field
   * descriptions in file order. FitRecordMesg.developerFields is keyed by it.
   */
  readonly key: number;
  readonly developerDataIndex?: number;
  readonly fieldDefinitionNumber?: number;
  readonly fieldName?: string;
  readonly units?: string;
  readonly nativeMesgNum?: FitEnum;
  readonly nativeFieldNum?: number;
}

/** What the decoder could say about the file's framing, independently of message content. */
export interface FitIntegrity {
  /** The data ended before the header's data size (the tail was cut off). */
  readonly truncated: boolean;
  /** Header CRC present and wrong. */
  readonly headerCrcMismatch: boolean;
  /** File CRC wrong (for the first file, or any chained file that decoded). */
  readonly fileCrcMismatch: boolean;
  /** Number of FIT files chained in the byte stream (1 for an ordinary file). */
  readonly chainedFiles: number;
  /** Decoder error messages, for diagnostics only (no stable wording). */
  readonly errors: readonly string[];
}

/** All messages the normaliser needs, in file order within each list. */
export interface FitMessages {
  readonly fileId: readonly FitFileIdMesg[];
  readonly deviceInfo: readonly FitDeviceInfoMesg[];
  readonly session: readonly FitSessionMesg[];
  readonly lap: readonly FitLapMesg[];
  readonly record: readonly FitRecordMesg[];
  readonly event: readonly FitEventMesg[];
  readonly developerDataId: readonly FitDeveloperDataIdMesg[];
  readonly fieldDescription: readonly FitFieldDescriptionMesg[];
  readonly integrity: FitIntegrity;
}

/** A FIT decoder: bytes in, messages out. Never throws; problems go into `integrity`. */
export type FitDecode = (bytes: Uint8Array) => FitMessages;
