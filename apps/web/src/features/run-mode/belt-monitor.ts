/**
 * Waist-belt mode: DeviceMotion readings (epoch ms, m/s²) converted to the core posture monitor's
 * samples (seconds since the run started). The phone rides upright in a belt at the lower back with
 * its screen facing away from the body, so "forward" is out of the back of the phone (-z): lean is
 * then signed, and leaning back never counts as drift.
 */
import { createPostureMonitor } from '@upright/core';
import type { DeviceAxis, PostureEvent, PostureMonitorOptions, PostureState } from '@upright/core';
import type { MotionReading } from './ports';

export const BELT_FORWARD_AXIS: DeviceAxis = [0, 0, -1];

export interface BeltMonitor {
  push(reading: MotionReading, startMs: number): readonly PostureEvent[];
  state(): PostureState;
}

export function createBeltMonitor(options: Partial<PostureMonitorOptions> = {}): BeltMonitor {
  const monitor = createPostureMonitor({ forwardAxis: BELT_FORWARD_AXIS, ...options });
  let lastS = -Infinity;
  return {
    push(reading, startMs) {
      const tS = (reading.timestampMs - startMs) / 1000;
      // DeviceMotion can repeat a timestamp; the monitor wants strictly increasing time.
      if (!(tS > lastS) || ![reading.x, reading.y, reading.z].every(Number.isFinite)) return [];
      lastS = tS;
      return monitor.push({ tS, ax: reading.x, ay: reading.y, az: reading.z });
    },
    state: () => monitor.state(),
  };
}
