import { SELF_TESTS } from '@upright/core';
import type { ReactNode } from 'react';
import { useSettings } from '../../settings/settings-context';
import { ErrorMessage } from '../../ui/error-message';
import { AboutStep } from './about-step';
import { FindingsView } from './findings-view';
import { RedFlagsStep } from './red-flags-step';
import { RunningStep } from './running-step';
import { SelfTestStep } from './self-test-step';
import { StopAdvice } from './stop-advice';
import { useScreeningFlow } from './use-screening-flow';
import type { ScreeningFlow } from './use-screening-flow';

function TestStep({ flow, index }: { readonly flow: ScreeningFlow; readonly index: number }): ReactNode {
  const test = SELF_TESTS[index];
  if (test === undefined) return null;
  return (
    <SelfTestStep
      key={test.id}
      test={test}
      index={index}
      count={SELF_TESTS.length}
      results={flow.draft.selfTests}
      onBack={() => flow.go(index === 0 ? { kind: 'about' } : { kind: 'test', index: index - 1 })}
      onSave={(value) => flow.saveTest(index, value)}
    />
  );
}

function StepBody({ flow, units }: { readonly flow: ScreeningFlow; readonly units: 'km' | 'mi' }): ReactNode {
  const { step, draft } = flow;
  switch (step.kind) {
    case 'flags':
      return <RedFlagsStep flags={draft.redFlags} onAnswer={flow.answerFlag} onNext={flow.finishFlags} />;
    case 'stopped':
      return <StopAdvice flags={step.flags} onRestart={flow.restart} />;
    case 'about':
      return (
        <AboutStep
          draft={draft}
          units={units}
          onChange={flow.change}
          onNext={() => flow.go({ kind: 'test', index: 0 })}
        />
      );
    case 'test':
      return <TestStep flow={flow} index={step.index} />;
    case 'findings':
      return (
        <div>
          <h1>What we found</h1>
          <FindingsView result={step.result} />
          {step.blocked ? null : (
            <button type="button" className="button" onClick={() => flow.go({ kind: 'running' })}>
              Continue to your running week
            </button>
          )}
        </div>
      );
    case 'running':
      return (
        <RunningStep
          draft={draft}
          units={units}
          busy={flow.busy}
          onChange={flow.change}
          onBack={() => flow.go({ kind: 'test', index: SELF_TESTS.length - 1 })}
          onBuild={flow.build}
        />
      );
  }
}

/** Onboarding: red flags, about you, self-tests, findings, running week, then the plan. */
export function ScreeningPage(): ReactNode {
  const { settings } = useSettings();
  const flow = useScreeningFlow(settings.units);
  return (
    <div className="screening">
      {flow.error ? <ErrorMessage error={flow.error} /> : null}
      {flow.busy && flow.step.kind === 'test' ? (
        <p role="status" className="loading">
          Working out your results…
        </p>
      ) : null}
      <StepBody flow={flow} units={settings.units} />
    </div>
  );
}
