export { analyzeRun } from './analyze-run';
export { DEFAULT_ANALYZE_OPTIONS } from './options';
export type { AnalyzeOptions } from './options';
export { FORM_CHANNELS } from './types';
export type {
  AnalysisNote,
  AnalysisNoteCode,
  BreakdownStatus,
  ChannelModel,
  ChannelSeries,
  Contributor,
  Decoupling,
  DecouplingMethod,
  FormBreakdown,
  FormChannel,
  FreshBand,
  FreshSummary,
  OnsetPrediction,
  PerKmRow,
  PersonalModel,
  RunAnalysis,
  SegmentSeries,
} from './types';
export { buildPersonalModel, PERSONAL_MODEL_MIN_RUNS } from './personal-model';
export { predictOnset, PREDICT_MIN_RUNS } from './predict-onset';
export { createStreamingDetector, STREAMING_DEFAULT_DISTANCE_M } from './streaming';
export type {
  StreamingDetector,
  StreamingFormEvent,
  StreamingFormSample,
  StreamingOptions,
} from './streaming';
