import type { ScreeningRecord } from '@upright/api-contract';
import type { Db } from '../../db/store';
import { failure, type Failure } from '../../http/error-table';
import { screeningStopped, type ProgrammePort } from '../plan/programme-port';
import { insertScreening } from './screening.repository';

export interface ScreeningDeps {
  readonly db: Db;
  readonly programme: ProgrammePort;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** Validates the answers, screens them with core, and stores both. */
export async function submitScreening(
  deps: ScreeningDeps,
  answers: unknown,
): Promise<{ ok: true; value: ScreeningRecord } | Failure> {
  const parsed = deps.programme.parseAnswers(answers);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return failure(
      'VALIDATION_FAILED',
      first === undefined ? 'Invalid answers.' : `answers.${first.path}: ${first.message}`,
    );
  }
  const result = deps.programme.screen(parsed.value);
  const record: ScreeningRecord = {
    id: deps.newId(),
    takenAt: deps.now().toISOString(),
    answers: parsed.value,
    result,
    stopped: screeningStopped(result),
  };
  await insertScreening(deps.db, record);
  return { ok: true, value: record };
}
