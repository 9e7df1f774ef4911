/** Options for importing one activity file. Callers spread DEFAULT_IMPORT_OPTIONS to override. */
export interface ImportOptions {
  /**
   * FIT decoder: Upright's fast decoder (default) or the official Garmin SDK, available once
   * `@upright/formats/node` is loaded (it stays out of browser bundles).
   */
  readonly fitDecoder?: 'garmin' | 'upright';
  /** XML (TCX/GPX) larger than this is refused with XML_TOO_LARGE (bytes). */
  readonly maxXmlBytes?: number;
  /** Any file larger than this is refused with FILE_TOO_LARGE (bytes). */
  readonly maxFileBytes?: number;
}

export const DEFAULT_IMPORT_OPTIONS = {
  fitDecoder: 'upright',
  maxXmlBytes: 64 * 1024 * 1024,
  maxFileBytes: 256 * 1024 * 1024,
} as const satisfies Required<ImportOptions>;
