// Real browser implementations of the run-mode ports. Each degrades to "does nothing" or a coded
// error where the API is missing, so run mode still counts distance on browsers without it.
import { createWebSpeech } from '../../platform/speech';
import type { SpeechPort } from '../../platform/speech';
import { testPortOverrides } from './ports';
import type {
  ClockPort,
  GeoErrorCode,
  GeolocationPort,
  MotionPermission,
  MotionPort,
  RunModePorts,
  VibrationPort,
  WakeLockPort,
} from './ports';

function geoErrorCode(err: GeolocationPositionError): GeoErrorCode {
  if (err.code === err.PERMISSION_DENIED) return 'GEO_DENIED';
  if (err.code === err.TIMEOUT) return 'GEO_TIMEOUT';
  return 'GEO_UNAVAILABLE';
}

export const browserGeolocation: GeolocationPort = {
  watch(onFix, onError) {
    if (!('geolocation' in navigator)) {
      onError('GEO_UNSUPPORTED');
      return () => undefined;
    }
    const id = navigator.geolocation.watchPosition(
      (p) =>
        onFix({
          latitude: p.coords.latitude,
          longitude: p.coords.longitude,
          accuracyM: p.coords.accuracy,
          altitudeM: p.coords.altitude,
          timestampMs: p.timestamp,
        }),
      (err) => onError(geoErrorCode(err)),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 },
    );
    return () => navigator.geolocation.clearWatch(id);
  },
};

type MotionEventWithPermission = typeof DeviceMotionEvent & {
  requestPermission?: () => Promise<'granted' | 'denied'>;
};

export const browserMotion: MotionPort = {
  async requestPermission(): Promise<MotionPermission> {
    if (typeof DeviceMotionEvent === 'undefined') return 'unsupported';
    const ctor = DeviceMotionEvent as MotionEventWithPermission;
    if (typeof ctor.requestPermission !== 'function') return 'granted';
    try {
      return (await ctor.requestPermission()) === 'granted' ? 'granted' : 'denied';
    } catch {
      return 'denied';
    }
  },
  watch(onReading) {
    const handler = (e: DeviceMotionEvent): void => {
      const a = e.accelerationIncludingGravity;
      if (a === null || a.x === null || a.y === null || a.z === null) return;
      onReading({ timestampMs: performance.timeOrigin + e.timeStamp, x: a.x, y: a.y, z: a.z });
    };
    window.addEventListener('devicemotion', handler);
    return () => window.removeEventListener('devicemotion', handler);
  },
};

export const browserVibration: VibrationPort = {
  vibrate(patternMs) {
    if ('vibrate' in navigator) navigator.vibrate([...patternMs]);
  },
};

export function createBrowserWakeLock(): WakeLockPort {
  let sentinel: WakeLockSentinel | null = null;
  let wanted = false;
  const request = async (): Promise<boolean> => {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return false;
    try {
      sentinel = await navigator.wakeLock.request('screen');
      return true;
    } catch {
      return false;
    }
  };
  // The browser drops the lock when the page is hidden; take it again on return.
  const onVisible = (): void => {
    if (wanted && sentinel?.released !== false) void request();
  };
  return {
    acquire() {
      wanted = true;
      document.addEventListener('visibilitychange', onVisible);
      return request();
    },
    release() {
      wanted = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
      sentinel = null;
    },
  };
}

export const browserClock: ClockPort = {
  nowMs: () => Date.now(),
  every(intervalMs, tick) {
    const id = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(id);
  },
};

/** The ports for this page: the browser's, with any test overrides applied on top. */
export function createRunModePorts(opts: { readonly speech: SpeechPort }): RunModePorts {
  return {
    speech: opts.speech,
    vibration: browserVibration,
    geolocation: browserGeolocation,
    motion: browserMotion,
    wakeLock: createBrowserWakeLock(),
    clock: browserClock,
    ...testPortOverrides(window),
  };
}

export { createWebSpeech };
