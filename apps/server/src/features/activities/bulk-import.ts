// Bulk history import (issue 8): decode + analyse + compact on worker threads (DecodeMany), then store
// several files per transaction while the workers go on decoding. Used by importMany for batches of at least BULK_MIN_FILES files when
// the deps provide `decodeMany`; smaller batches stay on the one-file-at-a-time path.
import type { FormSummary, UploadOutcome } from '@upright/api-contract';
import type { Activity } from '@upright/core';
import type { Db } from '../../db/store';
import { findActivityIdBySha, insertActivities, type NewActivity } from './activities.repository';
import { activityRow, sha256Hex } from './activity-row';
import type { SourceFile } from './ports';
import type { EncodedSamples } from './samples-codec';

/**
 * Worker threads start in ~1–2 s each here (they load TypeScript through tsx), about what the
 * sequential path needs for 100–150 files; from 50 files on, two workers already break even and the
 * gap grows with the batch. Below it, the sequential path (no start-up) is faster.
 */
export const BULK_MIN_FILES = 50;
/** Files buffered per worker round: bounds memory (their bytes are held until stored). */
export const BULK_CHUNK_FILES = 1000;
/** Files per storage transaction: SQLite pays one fsync per commit, so grouping is most of the gain. */
export const BULK_FILES_PER_TRANSACTION = 25;

/** One file decoded, analysed and compacted, ready to store. */
export interface PreparedFile {
  readonly activity: Activity;
  readonly warnings: readonly { code: string; message: string }[];
  readonly form: FormSummary;
  readonly analysisJson: string | null;
  readonly briefJson: string | null;
  readonly samples: EncodedSamples;
}

export interface PrepareFailure {
  readonly code: string;
  readonly message: string;
}

/**
 * Decodes and analyses many files (with the personal model) in parallel; results in input order.
 * `onEach` (optional) sees each result as soon as it is ready, in any order, so storing can overlap.
 */
export type DecodeMany = (
  sources: readonly SourceFile[],
  model: unknown,
  onEach?: (index: number, result: PreparedFile | PrepareFailure) => void,
) => Promise<(PreparedFile | PrepareFailure)[]>;

export interface BulkContext {
  readonly db: Db;
  readonly decodeMany: DecodeMany;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly isDemo: boolean;
  readonly model: unknown;
}

type Planned =
  | { readonly kind: 'done'; readonly outcome: UploadOutcome }
  | { readonly kind: 'new'; readonly sha256: string; readonly job: number }
  | { readonly kind: 'same-as'; readonly first: number };

/** Per file: already stored (duplicate), the same bytes as an earlier file in the batch, or new. */
async function plan(db: Db, files: readonly SourceFile[]): Promise<{ plans: Planned[]; jobs: number[] }> {
  const plans: Planned[] = [];
  const jobs: number[] = [];
  const firstBySha = new Map<string, number>();
  for (const [i, file] of files.entries()) {
    const sha256 = sha256Hex(file.bytes);
    const first = firstBySha.get(sha256);
    if (first !== undefined) {
      plans.push({ kind: 'same-as', first });
      continue;
    }
    firstBySha.set(sha256, i);
    const existing = await findActivityIdBySha(db, sha256);
    if (existing !== null)
      plans.push({ kind: 'done', outcome: { name: file.name, status: 'duplicate', activityId: existing } });
    else {
      plans.push({ kind: 'new', sha256, job: jobs.length });
      jobs.push(i);
    }
  }
  return { plans, jobs };
}

function toNewActivity(ctx: BulkContext, file: SourceFile, sha256: string, p: PreparedFile): NewActivity {
  const meta = {
    id: ctx.newId(),
    sha256,
    name: file.name,
    importedAt: ctx.now().toISOString(),
    isDemo: ctx.isDemo,
  };
  return {
    row: activityRow(p.activity, meta, { form: p.form, warnings: p.warnings }),
    original: { name: file.name, bytes: file.bytes },
    samples: p.samples,
    analysisJson: p.analysisJson,
    briefJson: p.briefJson,
  };
}

interface Ready {
  readonly index: number;
  readonly input: NewActivity;
  readonly warnings: string[];
}

/**
 * Stores prepared files as they arrive, BULK_FILES_PER_TRANSACTION per transaction, one transaction at
 * a time (a chain), while the workers go on decoding. Each job is taken once; `finish` stores the rest
 * and returns every job's outcome (it rethrows a storage failure).
 */
function groupStorer(
  ctx: BulkContext,
  files: readonly SourceFile[],
  work: { jobs: readonly number[]; plans: readonly Planned[] },
) {
  const outcomes = new Map<number, UploadOutcome>();
  const taken = new Set<number>();
  let pending: Ready[] = [];
  let chain: Promise<void> = Promise.resolve();
  const storeGroup = async (group: readonly Ready[]): Promise<void> => {
    const stored = await insertActivities(
      ctx.db,
      group.map((p) => p.input),
    );
    group.forEach((p, k) => {
      const s = stored[k] ?? { status: 'duplicate', id: '' };
      const name = p.input.original.name;
      outcomes.set(
        p.index,
        s.status === 'duplicate'
          ? { name, status: 'duplicate', activityId: s.id }
          : { name, status: 'imported', activityId: s.id, warnings: p.warnings },
      );
    });
  };
  const flush = (): void => {
    const group = pending;
    pending = [];
    chain = chain.then(() => storeGroup(group));
    // Handled here so a failure waits for `finish` instead of crashing the process meanwhile.
    chain.catch(() => undefined);
  };
  const add = (job: number, p: PreparedFile | PrepareFailure): void => {
    const index = work.jobs[job];
    const file = index === undefined ? undefined : files[index];
    const plan = index === undefined ? undefined : work.plans[index];
    if (index === undefined || file === undefined || plan?.kind !== 'new' || taken.has(job)) return;
    taken.add(job);
    if (!('activity' in p)) {
      outcomes.set(index, { name: file.name, status: 'failed', code: p.code, message: p.message });
      return;
    }
    const input = toNewActivity(ctx, file, plan.sha256, p);
    pending.push({ index, input, warnings: p.warnings.map((w) => w.code) });
    if (pending.length >= BULK_FILES_PER_TRANSACTION) flush();
  };
  const finish = async (): Promise<Map<number, UploadOutcome>> => {
    if (pending.length > 0) flush();
    await chain;
    return outcomes;
  };
  return { add, finish };
}

/** A later file with the bytes of an earlier one in the batch ends as the earlier one did. */
function sameAs(name: string, first: UploadOutcome | undefined): UploadOutcome {
  if (first === undefined || first.status === 'failed') return { ...(first ?? failedUnknown), name };
  return { name, status: 'duplicate', activityId: first.activityId };
}

const failedUnknown: UploadOutcome = {
  name: '',
  status: 'failed',
  code: 'IMPORT_CRASHED',
  message: 'Could not read this file.',
};

/** Imports a batch of files: decoded in parallel, stored in groups; outcomes in input order. */
export async function importBulk(ctx: BulkContext, files: readonly SourceFile[]): Promise<UploadOutcome[]> {
  const { plans, jobs } = await plan(ctx.db, files);
  const storer = groupStorer(ctx, files, { jobs, plans });
  const prepared = await ctx.decodeMany(
    jobs.map((i) => files[i] ?? { name: '', bytes: new Uint8Array() }),
    ctx.model,
    storer.add,
  );
  // Results onEach never saw (a worker that died) are taken from the final list.
  prepared.forEach((p, job) => storer.add(job, p));
  const stored = await storer.finish();
  const out: UploadOutcome[] = [];
  plans.forEach((p, i) => {
    const name = files[i]?.name ?? '';
    if (p.kind === 'done') out.push(p.outcome);
    else if (p.kind === 'new') out.push(stored.get(i) ?? { ...failedUnknown, name });
    else out.push(sameAs(name, out[p.first]));
  });
  return out;
}
