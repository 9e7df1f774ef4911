import type { ReactNode } from 'react';
import { useVoices } from '../../platform/use-speech';
import { createWebSpeech } from '../../platform/speech';
import { useSettings } from '../../settings/settings-context';
import { cueIntervalInUnits, cueIntervalToM } from '../../settings/settings';
import type { Settings } from '../../settings/settings';

const CUE_CHOICES = [1, 2, 3, 5] as const;

function Choice<T extends string>(props: {
  readonly name: string;
  readonly value: T;
  readonly current: T;
  readonly label: string;
  readonly onPick: (value: T) => void;
}): ReactNode {
  return (
    <label className="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.current === props.value}
        onChange={() => props.onPick(props.value)}
      />
      {props.label}
    </label>
  );
}

function VoiceSettings({
  settings,
  update,
}: {
  readonly settings: Settings;
  readonly update: (p: Partial<Settings>) => void;
}): ReactNode {
  const voices = useVoices();
  return (
    <fieldset>
      <legend>Voice</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.voiceEnabled}
          onChange={(e) => update({ voiceEnabled: e.target.checked })}
        />
        Speak prompts during sessions and runs
      </label>
      <div className="field">
        <label htmlFor="voice-name">Voice</label>
        <select
          id="voice-name"
          value={settings.voiceName ?? ''}
          disabled={!settings.voiceEnabled}
          onChange={(e) => update({ voiceName: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">Browser default</option>
          {voices.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button secondary"
        disabled={!settings.voiceEnabled}
        onClick={() =>
          createWebSpeech({ voiceName: settings.voiceName }).speak(
            'Tall through the crown. String to the sky.',
            { interrupt: true },
          )
        }
      >
        Test the voice
      </button>
    </fieldset>
  );
}

interface SectionProps {
  readonly settings: Settings;
  readonly update: (patch: Partial<Settings>) => void;
}

function UnitsAndCues({ settings, update }: SectionProps): ReactNode {
  const unitName = settings.units === 'km' ? 'km' : 'miles';
  const pickUnits = (u: Settings['units']): void =>
    update({ units: u, cueIntervalM: cueIntervalToM(cueIntervalInUnits(settings), u) });
  return (
    <>
      <fieldset>
        <legend>Distance units</legend>
        <Choice name="units" value="km" current={settings.units} label="Kilometres" onPick={pickUnits} />
        <Choice name="units" value="mi" current={settings.units} label="Miles" onPick={pickUnits} />
      </fieldset>
      <fieldset>
        <legend>Posture reset during runs</legend>
        <div className="field">
          <label htmlFor="cue-interval">Remind me every</label>
          <select
            id="cue-interval"
            value={String(cueIntervalInUnits(settings))}
            onChange={(e) => update({ cueIntervalM: cueIntervalToM(Number(e.target.value), settings.units) })}
          >
            {CUE_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {n} {n === 1 ? (settings.units === 'km' ? 'km' : 'mile') : unitName}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </>
  );
}

const THEMES: readonly { readonly value: Settings['theme']; readonly label: string }[] = [
  { value: 'system', label: 'Follow this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsPage(): ReactNode {
  const { settings, update } = useSettings();
  return (
    <div>
      <h1>Settings</h1>
      <p className="muted">Saved on this device and on your Upright server.</p>
      <UnitsAndCues settings={settings} update={update} />
      <VoiceSettings settings={settings} update={update} />
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <Choice
            key={t.value}
            name="theme"
            value={t.value}
            current={settings.theme}
            label={t.label}
            onPick={(theme) => update({ theme })}
          />
        ))}
      </fieldset>
    </div>
  );
}
