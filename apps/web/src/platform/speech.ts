// The speech port: the smallest surface the app needs from Web Speech. Features speak through it,
// so tests can swap `window.speechSynthesis` for a recorder and assert what would have been said.

export interface SpeechPort {
  /** Queues `text`; when `interrupt` is set, drops whatever is still queued first. */
  speak(text: string, opts?: { readonly interrupt?: boolean }): void;
  cancel(): void;
}

export interface VoiceInfo {
  readonly name: string;
  readonly lang: string;
}

export const SILENT_SPEECH: SpeechPort = { speak: () => undefined, cancel: () => undefined };

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** Voices the browser offers (may be empty until the `voiceschanged` event). */
export function listVoices(): readonly VoiceInfo[] {
  const s = synth();
  if (s === null) return [];
  return s.getVoices().map((v) => ({ name: v.name, lang: v.lang }));
}

/** A port over `window.speechSynthesis`, or a silent one where the browser has none. */
export function createWebSpeech(opts: {
  readonly voiceName: string | null;
  readonly rate?: number;
}): SpeechPort {
  const s = synth();
  if (s === null || typeof SpeechSynthesisUtterance === 'undefined') return SILENT_SPEECH;
  return {
    speak(text, speakOpts) {
      if (speakOpts?.interrupt) s.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = opts.rate ?? 1;
      const voice = s.getVoices().find((v) => v.name === opts.voiceName);
      if (voice) utterance.voice = voice;
      s.speak(utterance);
    },
    cancel() {
      s.cancel();
    },
  };
}
