// Browser-safe entry: bytes in, activities out. Node-only file and archive walking is in ./node.ts
// (`@upright/formats/node`).
export type { ImportOptions } from './options';
export { DEFAULT_IMPORT_OPTIONS } from './options';
export { importActivityBytes, importGpx, importTcx, detectFormat } from './import';
export type { DetectedFormat } from './import';
export { importFit, fitRegisterDecoder } from './fit/import-fit';
export type * from './fit/messages';
export { FIT_EPOCH_S, fitDecodeFast, fitDecodeFastRaw, fitImportFast } from './fit-fast/index';
export type { FastFitDecoded, FastFitIssue, FastFitIssueCode } from './fit-fast/index';
export { fitNormalise } from './fit/normalise';
export { fitCrc, fitFraming, fitHeaderAt } from './fit/framing';
export { fitExpandCompressedTimestamps } from './fit/compressed-timestamps';
export type { ArchiveLimits, ImportSource } from './archive/limits';
export { DEFAULT_ARCHIVE_LIMITS, entryIsSlip, entryKind } from './archive/limits';
export { importSourcesFromBytes } from './archive/unpack';
export type { RandomAccess } from './archive/zip-directory';
export { randomAccessFromBytes } from './archive/zip-directory';
export { geoDistanceM, geoDegreesFromSemicircles } from './derive/geo';
export { distanceFromPositions, DEFAULT_DISTANCE_OPTIONS } from './derive/distance';
export { speedFromDistance } from './derive/speed';
export { gapsFromTime, gapsMerge, gapsTotalS } from './derive/gaps';
export { cadenceStepsPerMin } from './derive/units';
