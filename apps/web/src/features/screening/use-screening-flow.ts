// The onboarding state machine: which step is showing, the answers so far, and the transitions
// (an emergency answer stops at once; urgent answers stop after the red flags).
import { SELF_TESTS } from '@upright/core';
import type { RedFlag, RedFlagId, SelfTestResults } from '@upright/core';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import type { ScreeningResultView } from '../../api/programme-schema';
import { navigate } from '../../app/router';
import { EMPTY_DRAFT, emergencyFlag, urgentFlags } from './draft';
import type { Draft } from './draft';
import { buildPlan, submitScreening } from './submit';
import { clearStop, saveStop } from './stop-store';

export type Step =
  | { readonly kind: 'flags' }
  | { readonly kind: 'stopped'; readonly flags: readonly RedFlag[] }
  | { readonly kind: 'about' }
  | { readonly kind: 'test'; readonly index: number }
  | { readonly kind: 'findings'; readonly result: ScreeningResultView; readonly blocked: boolean }
  | { readonly kind: 'running' };

export interface ScreeningFlow {
  readonly draft: Draft;
  readonly step: Step;
  readonly busy: boolean;
  readonly error: ApiError | null;
  readonly go: (step: Step) => void;
  readonly change: (patch: Partial<Draft>) => void;
  readonly answerFlag: (id: RedFlagId, yes: boolean) => void;
  readonly finishFlags: () => void;
  readonly saveTest: (index: number, value: unknown) => void;
  readonly restart: () => void;
  readonly build: () => void;
}

function withTest(results: SelfTestResults, id: keyof SelfTestResults, value: unknown): SelfTestResults {
  const next: Record<string, unknown> = { ...results };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next;
}

function useBusy(): {
  busy: boolean;
  error: ApiError | null;
  run: (work: () => Promise<ApiError | null>) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = (work: () => Promise<ApiError | null>): void => {
    setBusy(true);
    setError(null);
    void work().then((e) => {
      setBusy(false);
      setError(e);
    });
  };
  return { busy, error, run };
}

export function useScreeningFlow(units: 'km' | 'mi'): ScreeningFlow {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [step, go] = useState<Step>({ kind: 'flags' });
  const { busy, error, run } = useBusy();
  const stop = (flags: readonly RedFlag[]): void => {
    saveStop(flags.map((f) => f.id));
    go({ kind: 'stopped', flags });
  };
  const finishTests = (d: Draft): void =>
    run(async () => {
      const result = await submitScreening(d);
      if (!result.ok) return result.error;
      go({ kind: 'findings', result: result.value.result, blocked: result.value.stopped });
      return null;
    });
  return {
    draft,
    step,
    busy,
    error,
    go,
    change: (patch) => setDraft((d) => ({ ...d, ...patch })),
    answerFlag: (id, yes) => {
      const redFlags = { ...draft.redFlags, [id]: yes };
      setDraft({ ...draft, redFlags });
      const emergency = emergencyFlag(redFlags);
      if (emergency) stop([emergency]);
    },
    finishFlags: () => {
      const urgent = urgentFlags(draft.redFlags);
      if (urgent.length > 0) stop(urgent);
      else go({ kind: 'about' });
    },
    saveTest: (index, value) => {
      const test = SELF_TESTS[index];
      if (test === undefined) return;
      const next = { ...draft, selfTests: withTest(draft.selfTests, test.id, value) };
      setDraft(next);
      if (index + 1 < SELF_TESTS.length) go({ kind: 'test', index: index + 1 });
      else finishTests(next);
    },
    restart: () => {
      clearStop();
      setDraft(EMPTY_DRAFT);
      go({ kind: 'flags' });
    },
    build: () =>
      run(async () => {
        const result = await buildPlan(draft, units);
        if (!result.ok) return result.error;
        navigate('/plan');
        return null;
      }),
  };
}
