import { describe, expect, it } from 'vitest';
import { analyzeRun, rngFromSeed, simulateRun } from '@upright/core';
import type { RunAnalysis } from '@upright/core';
import { asRunAnalysis, flaggedRanges, overlaysFor } from './analysis-view';
import { verdictText } from './verdict-text';

const cache = new Map<number | null, RunAnalysis>();

function analysed(onsetDistanceM: number | null): RunAnalysis {
  const hit = cache.get(onsetDistanceM);
  if (hit) return hit;
  const run = simulateRun(
    {
      kind: 'long',
      channels: 'dynamics',
      distanceM: 18_000,
      onsetDistanceM,
      startTimeMs: Date.UTC(2026, 2, 1, 7),
    },
    rngFromSeed(7),
  );
  // Through JSON, as the server sends it.
  const analysis = asRunAnalysis(JSON.parse(JSON.stringify(analyzeRun(run.activity))));
  if (analysis === null) throw new Error('analysis shape');
  cache.set(onsetDistanceM, analysis);
  return analysis;
}

describe('reading the analysis for the run page', () => {
  it('rejects what is not an analysis', () => {
    expect(asRunAnalysis(null)).toBeNull();
    expect(asRunAnalysis({ formBreakdown: {} })).toBeNull();
  });

  it('puts the onset marker at the detected distance in display units and words the verdict', () => {
    const a = analysed(11_000);
    expect(a.formBreakdown.status).toBe('detected');
    const onsetM = a.formBreakdown.onsetDistanceM ?? 0;
    expect(overlaysFor(a, [], 'mi')('cadence').onsetX).toBeCloseTo(onsetM / 1609.344, 6);
    const v = verdictText(a, 'km');
    expect(v.tone).toBe('warn');
    expect(v.headline).toContain((onsetM / 1000).toFixed(2));
    expect(v.contributors.length).toBeGreaterThan(0);
  });

  it('says form held when no breakdown is found, and gives no onset marker', () => {
    const a = analysed(null);
    expect(a.formBreakdown.status).toBe('none');
    expect(verdictText(a, 'km')).toMatchObject({ tone: 'ok', headline: 'Your form held to the end.' });
    expect(overlaysFor(a, [1.5], 'km')('pace')).toMatchObject({
      onsetX: null,
      pausesX: [1.5],
      freshBand: null,
    });
  });

  it('gives form charts a fresh band aligned with the segments, oscillation in cm', () => {
    const a = analysed(null);
    const band = overlaysFor(a, [], 'km')('verticalOscillation').freshBand;
    const low = a.segments.channels.verticalOscillation?.low ?? [];
    expect(band?.x.length).toBe(a.segments.distanceM.length);
    const i = low.findIndex((v) => v !== null);
    expect(band?.lo[i]).toBeCloseTo((low[i] ?? 0) / 10, 9);
  });

  it('turns flagged segments into merged distance ranges', () => {
    const a = analysed(null);
    const flags = a.segments.distanceM.map((_, i) => i >= 2 && i <= 4);
    const ranges = flaggedRanges(a, flags, 'km');
    expect(ranges).toHaveLength(1);
    const seg = a.segments.segmentM;
    expect(ranges[0]?.fromX).toBeCloseTo(((a.segments.distanceM[2] ?? 0) - seg / 2) / 1000, 9);
    expect(ranges[0]?.toX).toBeCloseTo(((a.segments.distanceM[4] ?? 0) + seg / 2) / 1000, 9);
  });
});
