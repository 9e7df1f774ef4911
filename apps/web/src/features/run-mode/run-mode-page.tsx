import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordedRun } from '@upright/api-contract';
import type { PageProps } from '../../app/page';
import { useSpeech } from '../../platform/use-speech';
import { useSettings } from '../../settings/settings-context';
import { createBeltMonitor } from './belt-monitor';
import { createRunModePorts } from './browser-ports';
import { storePendingRun } from './pending-run';
import { PendingRunCard } from './pending-run-card';
import { cueIntervalFromSettings } from './cue-interval';
import { startRunController } from './run-controller';
import type { RunController, RunView } from './run-controller';
import { RunFinish } from './run-finish';
import { RunLive } from './run-live';
import { RunSetup } from './run-setup';
import type { RunSetupChoice } from './run-setup';
import type { RunModePorts } from './ports';
import '../runs/runs.css';
import './run-mode.css';

type Phase =
  | { readonly kind: 'setup'; readonly notice: string | null }
  | { readonly kind: 'running'; readonly belt: boolean; readonly notice: string | null }
  | {
      readonly kind: 'finished';
      readonly recorded: RecordedRun | null;
      readonly view: RunView;
      readonly endedAtMs: number;
    };

async function beltAllowed(
  ports: RunModePorts,
  wanted: boolean,
): Promise<{ belt: boolean; notice: string | null }> {
  if (!wanted) return { belt: false, notice: null };
  const permission = await ports.motion.requestPermission();
  if (permission === 'granted') return { belt: true, notice: null };
  return {
    belt: false,
    notice:
      permission === 'denied'
        ? 'Motion access was refused, so this run uses distance cues only.'
        : 'This browser has no motion sensors, so this run uses distance cues only.',
  };
}

export function RunModePage(_props: PageProps): ReactNode {
  const { settings } = useSettings();
  const speech = useSpeech();
  const ports = useMemo(() => createRunModePorts({ speech }), [speech]);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup', notice: null });
  const [view, setView] = useState<RunView | null>(null);
  const latestView = useRef<RunView | null>(null);
  const controller = useRef<RunController | null>(null);
  const onChange = (v: RunView): void => {
    latestView.current = v;
    setView(v);
  };

  // Leaving the page mid-run stops GPS, motion and the wake lock.
  useEffect(() => () => void controller.current?.finish(), []);

  const start = async (choice: RunSetupChoice): Promise<void> => {
    const { belt, notice } = await beltAllowed(ports, choice.belt);
    const started = startRunController({
      ports,
      interval: cueIntervalFromSettings(settings),
      predictedOnsetM: choice.predictedOnsetM,
      belt: belt ? createBeltMonitor() : null,
      onChange,
    });
    if (!started.ok) {
      setPhase({ kind: 'setup', notice: 'The cue interval in Settings is not usable. Pick another one.' });
      return;
    }
    controller.current = started.value;
    setPhase({ kind: 'running', belt, notice });
  };

  const finish = (): void => {
    const c = controller.current;
    if (c === null) return;
    controller.current = null;
    const recorded = c.finish();
    if (recorded !== null) storePendingRun(window.localStorage, recorded);
    const v = latestView.current;
    if (v !== null) setPhase({ kind: 'finished', recorded, view: v, endedAtMs: ports.clock.nowMs() });
  };

  return (
    <div className="run-mode-page">
      <h1>{phase.kind === 'finished' ? 'Run finished' : 'Run mode'}</h1>
      {phase.kind === 'setup' ? (
        <>
          <p>
            Keep this page open with the phone in a pocket, armband or belt. Upright measures distance with
            GPS, keeps the screen awake and reminds you to run tall.
          </p>
          {phase.notice !== null ? <p className="alert warn">{phase.notice}</p> : null}
          <PendingRunCard units={settings.units} />
          <RunSetup settings={settings} onStart={(c) => void start(c)} />
        </>
      ) : null}
      {phase.kind === 'running' && phase.notice !== null ? (
        <p className="alert warn">{phase.notice}</p>
      ) : null}
      {phase.kind === 'running' && view !== null ? (
        <RunLive
          view={view}
          settings={settings}
          belt={phase.belt}
          onPause={() => controller.current?.pause()}
          onResume={() => controller.current?.resume()}
          onPain={() => controller.current?.reportPain()}
          onFinish={finish}
        />
      ) : null}
      {phase.kind === 'finished' ? (
        <RunFinish
          snapshot={phase.view.snapshot}
          recorded={phase.recorded}
          settings={settings}
          endedAtMs={phase.endedAtMs}
        />
      ) : null}
    </div>
  );
}
