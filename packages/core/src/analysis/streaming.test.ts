import { describe, expect, it } from 'vitest';
import type { Activity } from '../activity/model';
import { rngFromSeed, simulateRun } from '../simulate/index';
import { activityDistanceM, activityForEachSample } from './activity-samples';
import { analyzeRun } from './analyze-run';
import type { StreamingFormEvent } from './streaming';
import { createStreamingDetector } from './streaming';

/** The streaming detector reports the same onset as analyzeRun, within one segment. */
const AGREEMENT_M = 200;

function stream(activity: Activity): StreamingFormEvent[] {
  const detector = createStreamingDetector({ plannedDistanceM: activityDistanceM(activity) });
  const events: StreamingFormEvent[] = [];
  activityForEachSample(activity, (s) => {
    events.push(...detector.push({ ...s }));
  });
  events.push(...detector.finish());
  return events;
}

describe('createStreamingDetector', () => {
  it.each([
    ['dynamics', 11],
    ['wrist-cadence', 12],
  ] as const)('agrees with the offline onset on a long run (%s)', (channels, seed) => {
    const { activity } = simulateRun(
      { kind: 'long', channels, distanceM: 22000, onsetDistanceM: 15000 },
      rngFromSeed(seed),
    );
    const offline = analyzeRun(activity).formBreakdown;
    const events = stream(activity);
    const confirmed = events.find((e) => e.kind === 'confirmed');
    expect(offline.status).toBe('detected');
    expect(confirmed).toBeDefined();
    expect(Math.abs((confirmed?.onsetDistanceM ?? 0) - (offline.onsetDistanceM ?? 0))).toBeLessThanOrEqual(
      AGREEMENT_M,
    );
    expect(confirmed?.contributors).toEqual(offline.contributors);
  });

  it('suspects before it confirms, and confirms after the onset', () => {
    const { activity } = simulateRun(
      { kind: 'steady', channels: 'dynamics', distanceM: 14000, onsetDistanceM: 9000 },
      rngFromSeed(5),
    );
    const events = stream(activity);
    expect(events.map((e) => e.kind)).toEqual(['suspected', 'confirmed']);
    const [suspected, confirmed] = events;
    expect(suspected?.atDistanceM).toBeLessThanOrEqual(confirmed?.atDistanceM ?? 0);
    expect(confirmed?.atDistanceM).toBeGreaterThan(confirmed?.onsetDistanceM ?? Infinity);
  });

  it('stays quiet through intervals', () => {
    const { activity } = simulateRun(
      { kind: 'intervals', channels: 'dynamics', distanceM: 12000 },
      rngFromSeed(9),
    );
    expect(stream(activity)).toEqual([]);
  });

  it('emits nothing without form channels', () => {
    const detector = createStreamingDetector();
    const events = Array.from({ length: 4000 }, (_, i) =>
      detector.push({ timeS: i, distanceM: 3 * i, heartRate: 150 }),
    );
    expect(events.flat()).toEqual([]);
  });
});
