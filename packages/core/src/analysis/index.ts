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
