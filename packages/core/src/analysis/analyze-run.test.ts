import { describe, expect, it } from 'vitest';
import { rngFromSeed, simulateRun } from '../simulate/index';
import { analyzeRun } from './analyze-run';

describe('analyzeRun', () => {
  it('finds a simulated onset on a long run with running dynamics', () => {
    const { activity } = simulateRun(
      { kind: 'long', channels: 'dynamics', distanceM: 24000, onsetDistanceM: 17000 },
      rngFromSeed(21),
    );
    const { formBreakdown, durability } = analyzeRun(activity);
    expect(formBreakdown.status).toBe('detected');
    expect(Math.abs((formBreakdown.onsetDistanceM ?? 0) - 17000)).toBeLessThan(1500);
    expect(formBreakdown.contributors.length).toBeGreaterThan(0);
    expect(durability).toBeGreaterThan(0.6);
    expect(durability).toBeLessThan(0.8);
  });

  it('holds form on a steady run without onset', () => {
    const { activity } = simulateRun(
      { kind: 'steady', channels: 'dynamics', distanceM: 12000 },
      rngFromSeed(3),
    );
    const analysis = analyzeRun(activity);
    expect(analysis.formBreakdown).toEqual({
      status: 'none',
      onsetDistanceM: null,
      onsetTimeS: null,
      confidence: null,
      contributors: [],
    });
    expect(analysis.durability).toBe(1);
  });

  it('says insufficient-data with GPS and heart rate only, but still reports decoupling', () => {
    const { activity } = simulateRun(
      { kind: 'long', channels: 'gps-hr', distanceM: 16000, onsetDistanceM: 10000, hrDriftBpmPerHour: 8 },
      rngFromSeed(4),
    );
    const analysis = analyzeRun(activity);
    expect(analysis.formBreakdown.status).toBe('insufficient-data');
    expect(analysis.notes.map((n) => n.code)).toContain('NO_FORM_CHANNELS');
    expect(analysis.decoupling?.method).toBe('pace:hr');
    expect(analysis.decoupling?.pct).toBeGreaterThan(2);
  });

  it('calls a run too short to judge rather than blaming missing sensors', () => {
    const { activity } = simulateRun(
      { kind: 'steady', channels: 'dynamics', distanceM: 150 },
      rngFromSeed(3),
    );
    const analysis = analyzeRun(activity);
    expect(analysis.formBreakdown.status).toBe('insufficient-data');
    const codes = analysis.notes.map((n) => n.code);
    expect(codes).toContain('RUN_TOO_SHORT');
    expect(codes).not.toContain('NO_FORM_CHANNELS');
  });

  it('produces plain JSON that survives a round trip', () => {
    const { activity } = simulateRun(
      { kind: 'hilly', channels: 'wrist-cadence', distanceM: 9000 },
      rngFromSeed(8),
    );
    const analysis = analyzeRun(activity);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.perKm.length).toBeGreaterThanOrEqual(8);
    expect(analysis.perKm[0]?.km).toBe(1);
  });
});
