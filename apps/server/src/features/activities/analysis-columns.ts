import type { AnalysisPort } from './ports';

/** The analysis and its brief as stored (both null when the run was not analysed). */
export function analysisColumns(
  port: AnalysisPort,
  analysis: unknown,
): { analysisJson: string | null; briefJson: string | null } {
  if (analysis === null) return { analysisJson: null, briefJson: null };
  return { analysisJson: JSON.stringify(analysis), briefJson: JSON.stringify(port.brief(analysis)) };
}
