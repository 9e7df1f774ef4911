import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { callApi } from '../api/endpoints';
import { SETTINGS_KEY, parseSettings } from './settings';
import type { Settings } from './settings';

interface SettingsValue {
  readonly settings: Settings;
  /** Applies at once, caches on this device and saves to the server (best effort when offline). */
  readonly update: (patch: Partial<Settings>) => void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

function readCached(): Settings {
  try {
    return parseSettings(window.localStorage.getItem(SETTINGS_KEY));
  } catch {
    return parseSettings(null);
  }
}

function writeCached(settings: Settings): void {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or full storage: the setting still applies for this visit.
  }
}

export function SettingsProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [settings, setSettings] = useState<Settings>(readCached);
  useEffect(() => {
    const controller = new AbortController();
    callApi('getProfile', { signal: controller.signal }).then(
      (result) => {
        if (!result.ok) return;
        setSettings(result.value.settings);
        writeCached(result.value.settings);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      writeCached(next);
      return next;
    });
    void callApi('putSettings', { body: patch });
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings.theme]);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** Current settings and an `update(patch)` that applies and saves them. */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (value === null) throw new Error('useSettings outside SettingsProvider');
  return value;
}
