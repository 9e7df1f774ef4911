import { describe, expect, it } from 'vitest';
import { rngFromSeed, simulateRun, simulateRunner } from '../simulate/index';
import { analyzeRun } from './analyze-run';
import { buildPersonalModel } from './personal-model';
import { predictOnset } from './predict-onset';
import type { RunAnalysis } from './types';

function verdict(status: 'detected' | 'none', distanceM: number, onsetM: number | null): RunAnalysis {
  const { activity } = simulateRun(
    { kind: 'steady', channels: 'wrist-cadence', distanceM: 6000 },
    rngFromSeed(1),
  );
  const base = analyzeRun(activity);
  return {
    ...base,
    formBreakdown: { ...base.formBreakdown, status, onsetDistanceM: onsetM },
    freshSummary: base.freshSummary && { ...base.freshSummary, totalDistanceM: distanceM },
  };
}

describe('predictOnset', () => {
  it('needs three runs with a verdict', () => {
    expect(predictOnset([verdict('detected', 30000, 25000), verdict('none', 20000, null)], 42195)).toBeNull();
  });

  it('takes the Kaplan–Meier median of breakdown distances, counting intact runs as censored', () => {
    const history = [
      verdict('detected', 32000, 26000),
      verdict('detected', 30000, 28000),
      verdict('detected', 34000, 30000),
      verdict('none', 18000, null),
    ];
    const p = predictOnset(history, 42195);
    expect(p).toEqual({
      onsetDistanceM: 28000,
      lowM: 26000,
      highM: 30000,
      basis: { runs: 4, breakdowns: 3, longestHeldM: 18000, method: 'kaplan-meier' },
    });
  });

  it('expects no breakdown when most runs held form over the planned distance', () => {
    const history = [
      verdict('none', 12000, null),
      verdict('none', 14000, null),
      verdict('detected', 15000, 13000),
    ];
    expect(predictOnset(history, 10000)?.onsetDistanceM).toBeNull();
  });
});

describe('buildPersonalModel', () => {
  it('pools the fresh sections of earlier runs and makes faster repetitions comparable', () => {
    const runner = simulateRunner(rngFromSeed(77));
    const history = [0.9, 1.0, 1.35].map((pace, i) =>
      analyzeRun(
        simulateRun(
          {
            kind: 'steady',
            channels: 'dynamics',
            distanceM: 10000,
            runner,
            paceFactor: pace,
          },
          rngFromSeed(100 + i),
        ).activity,
      ),
    );
    const model = buildPersonalModel(history);
    expect(model?.runs).toBe(3);
    expect(model?.channels.groundContactTime?.speedSlope).toBeLessThan(-0.4);
    expect(model?.speedMaxMps).toBeGreaterThan((model?.speedMinMps ?? Infinity) * 1.4);
    expect(buildPersonalModel(history.slice(0, 2))).toBeNull();

    const { activity } = simulateRun(
      { kind: 'intervals', channels: 'dynamics', distanceM: 12000, runner },
      rngFromSeed(6),
    );
    const comparable = (a: RunAnalysis) => a.segments.formIndex.filter((v) => v !== null).length;
    const personal = analyzeRun(activity, { personalModel: model });
    expect(comparable(personal)).toBeGreaterThan(comparable(analyzeRun(activity)));
    expect(personal.formBreakdown.status).toBe('none');
    expect(personal.notes.map((n) => n.code)).toContain('PERSONAL_MODEL_USED');
  });
});
