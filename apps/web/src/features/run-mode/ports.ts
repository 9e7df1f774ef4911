/**
 * The browser APIs run mode needs, each behind the smallest port. Real implementations live in
 * browser-ports.ts; end-to-end tests swap any of them through `window.__uprightTestPorts` (honoured only
 * when `window.__uprightTestMode === true`, which only a test's init script sets).
 */
import type { GeoFix as CoreGeoFix } from '@upright/core';
import type { SpeechPort } from '../../platform/speech';

/** A position fix: the core tracker's GeoFix plus altitude for the saved track. */
export interface GeoFix extends CoreGeoFix {
  readonly altitudeM: number | null;
}

export type GeoErrorCode = 'GEO_DENIED' | 'GEO_UNAVAILABLE' | 'GEO_TIMEOUT' | 'GEO_UNSUPPORTED';

export interface GeolocationPort {
  /** Starts watching; returns the function that stops it. */
  watch(onFix: (fix: GeoFix) => void, onError: (code: GeoErrorCode) => void): () => void;
}

/** One accelerometer reading including gravity, m/s², in the device frame. */
export interface MotionReading {
  readonly timestampMs: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export type MotionPermission = 'granted' | 'denied' | 'unsupported';

export interface MotionPort {
  /** Asks where the browser requires it (iOS: must run inside a tap). */
  requestPermission(): Promise<MotionPermission>;
  watch(onReading: (reading: MotionReading) => void): () => void;
}

export interface VibrationPort {
  vibrate(patternMs: readonly number[]): void;
}

export interface WakeLockPort {
  /** Resolves true when the screen will stay on. */
  acquire(): Promise<boolean>;
  release(): void;
}

export interface ClockPort {
  nowMs(): number;
  /** Calls `tick` every `intervalMs`; returns the function that stops it. */
  every(intervalMs: number, tick: () => void): () => void;
}

export interface RunModePorts {
  readonly speech: SpeechPort;
  readonly vibration: VibrationPort;
  readonly geolocation: GeolocationPort;
  readonly motion: MotionPort;
  readonly wakeLock: WakeLockPort;
  readonly clock: ClockPort;
}

declare global {
  interface Window {
    __uprightTestMode?: boolean;
    __uprightTestPorts?: Partial<RunModePorts>;
  }
}

/** The test's overrides, or an empty set outside tests. */
export function testPortOverrides(win: Window): Partial<RunModePorts> {
  return win.__uprightTestMode === true && win.__uprightTestPorts !== undefined ? win.__uprightTestPorts : {};
}
