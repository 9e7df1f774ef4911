import { SELF_TESTS } from '@upright/core';
import type { RedFlag, SelfTestResults } from '@upright/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { navigate } from '../../app/router';
import { useSettings } from '../../settings/settings-context';
import { ErrorMessage } from '../../ui/error-message';
import { AboutStep } from './about-step';
import { EMPTY_DRAFT, emergencyFlag, urgentFlags } from './draft';
import type { Draft } from './draft';
import { FindingsView } from './findings-view';
import { RedFlagsStep } from './red-flags-step';
import { RunningStep } from './running-step';
import { SelfTestStep } from './self-test-step';
import { buildPlan, submitScreening } from './submit';
import type { ScreeningResultView } from '../../api/programme-schema';
import { StopAdvice } from './stop-advice';
import { clearStop, saveStop } from './stop-store';

type Step =
  | { readonly kind: 'flags' }
  | { readonly kind: 'stopped'; readonly flags: readonly RedFlag[] }
  | { readonly kind: 'about' }
  | { readonly kind: 'test'; readonly index: number }
  | { readonly kind: 'findings'; readonly result: ScreeningResultView; readonly blocked: boolean }
  | { readonly kind: 'running' };

function withTest(results: SelfTestResults, id: keyof SelfTestResults, value: unknown): SelfTestResults {
  const next: Record<string, unknown> = { ...results };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next;
}

/** Onboarding: red flags, about you, self-tests, findings, running week, then the plan. */
export function ScreeningPage(): ReactNode {
  const { settings } = useSettings();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [step, setStep] = useState<Step>({ kind: 'flags' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const change = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  const stop = (flags: readonly RedFlag[]): void => {
    saveStop(flags.map((f) => f.id));
    setStep({ kind: 'stopped', flags });
  };
  const restart = (): void => {
    clearStop();
    setDraft(EMPTY_DRAFT);
    setStep({ kind: 'flags' });
  };
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const finishTests = (d: Draft): Promise<void> =>
    run(async () => {
      const result = await submitScreening(d);
      if (!result.ok) return setError(result.error);
      setStep({ kind: 'findings', result: result.value.result, blocked: result.value.stopped });
    });
  const build = (): Promise<void> =>
    run(async () => {
      const result = await buildPlan(draft, settings.units);
      if (!result.ok) return setError(result.error);
      navigate('/plan');
    });
  let body: ReactNode;
  switch (step.kind) {
    case 'flags':
      body = (
        <RedFlagsStep
          flags={draft.redFlags}
          onAnswer={(id, yes) => {
            const redFlags = { ...draft.redFlags, [id]: yes };
            change({ redFlags });
            const emergency = emergencyFlag(redFlags);
            if (emergency) stop([emergency]);
          }}
          onNext={() => {
            const urgent = urgentFlags(draft.redFlags);
            if (urgent.length > 0) stop(urgent);
            else setStep({ kind: 'about' });
          }}
        />
      );
      break;
    case 'stopped':
      body = <StopAdvice flags={step.flags} onRestart={restart} />;
      break;
    case 'about':
      body = (
        <AboutStep
          draft={draft}
          units={settings.units}
          onChange={change}
          onNext={() => setStep({ kind: 'test', index: 0 })}
        />
      );
      break;
    case 'test': {
      const test = SELF_TESTS[step.index];
      if (test === undefined) break;
      body = (
        <SelfTestStep
          key={test.id}
          test={test}
          index={step.index}
          count={SELF_TESTS.length}
          results={draft.selfTests}
          onBack={() =>
            setStep(step.index === 0 ? { kind: 'about' } : { kind: 'test', index: step.index - 1 })
          }
          onSave={(value) => {
            const next = { ...draft, selfTests: withTest(draft.selfTests, test.id, value) };
            setDraft(next);
            if (step.index + 1 < SELF_TESTS.length) setStep({ kind: 'test', index: step.index + 1 });
            else void finishTests(next);
          }}
        />
      );
      break;
    }
    case 'findings':
      body = (
        <div>
          <h1>What we found</h1>
          <FindingsView result={step.result} />
          {step.blocked ? null : (
            <button type="button" className="button" onClick={() => setStep({ kind: 'running' })}>
              Continue to your running week
            </button>
          )}
        </div>
      );
      break;
    case 'running':
      body = (
        <RunningStep
          draft={draft}
          units={settings.units}
          busy={busy}
          onChange={change}
          onBack={() => setStep({ kind: 'test', index: SELF_TESTS.length - 1 })}
          onBuild={() => void build()}
        />
      );
      break;
  }
  return (
    <div className="screening">
      {error ? <ErrorMessage error={error} /> : null}
      {busy && step.kind === 'test' ? (
        <p role="status" className="loading">
          Working out your results…
        </p>
      ) : null}
      {body}
    </div>
  );
}
