import { useEffect, useMemo, useState } from 'react';
import { useSettings } from '../settings/settings-context';
import { SILENT_SPEECH, createWebSpeech, listVoices } from './speech';
import type { SpeechPort, VoiceInfo } from './speech';

/** The speech port honouring the runner's voice settings (silent when voice is off). */
export function useSpeech(): SpeechPort {
  const { settings } = useSettings();
  return useMemo(
    () => (settings.voiceEnabled ? createWebSpeech({ voiceName: settings.voiceName }) : SILENT_SPEECH),
    [settings.voiceEnabled, settings.voiceName],
  );
}

/** Voices available in this browser, updated when the browser finishes loading them. */
export function useVoices(): readonly VoiceInfo[] {
  const [voices, setVoices] = useState<readonly VoiceInfo[]>(listVoices);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const update = (): void => setVoices(listVoices());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}
