// Imports many activity files on worker threads (decode, normalise and an optional analysis per file),
// for history imports that should use every core. Results come back in input order, one per source;
// a bad file or a crashed worker fails only its own item.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../../options';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol';

export type { AnalysisError } from './protocol';

/** One file to import: its bytes, or a path the worker reads. `name` picks the format (.fit/.tcx/.gpx). */
export type WorkerImportSource =
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly path: string };

export interface ImportManyOptions {
  /** Worker threads; default: available cores (at least 1, at most the number of sources). */
  readonly workers?: number;
  readonly importOptions?: ImportOptions;
  /**
   * Absolute path or file: URL of an ES module exporting `analyse(activity: Activity, input): unknown`; each
   * worker loads it once and runs it on every activity it imported (the return value must be
   * structured-cloneable). Failures come back as `analysisError`, never as a rejected promise.
   */
  readonly analysisModule?: string;
  /** Structured-cloned once into each worker and passed as `analyse(activity, analysisInput)`. */
  readonly analysisInput?: unknown;
  /** Called with each result as it arrives (any order), so callers can store while others decode. */
  readonly onResult?: (result: WorkerImportResult, index: number) => void;
}

export type WorkerImportResult = WorkerReply & { readonly name: string };

/** From TypeScript source (tsx, vitest) the worker starts through a bootstrap that registers tsx. */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './import-worker-bootstrap.mjs' : './import-worker.js',
  import.meta.url,
);

function toTask(source: WorkerImportSource, index: number): { task: WorkerTask; transfer: ArrayBuffer[] } {
  if ('path' in source)
    return { task: { index, name: source.name, bytes: null, path: source.path }, transfer: [] };
  const bytes = source.bytes.slice();
  return { task: { index, name: source.name, bytes, path: null }, transfer: [bytes.buffer] };
}

function crashed(index: number, error: unknown): WorkerReply {
  const message = error instanceof Error ? error.message : String(error);
  return {
    index,
    result: { ok: false, error: { code: 'READ_FAILED', message: `worker failed: ${message}` } },
  };
}

/**
 * Imports every source on `workers` worker threads; resolves with one result per source, in order.
 * @example await importManyInWorkers([{ name: 'run.fit', path: '/tmp/run.fit' }], { workers: 2 })
 */
export async function importManyInWorkers(
  sources: readonly WorkerImportSource[],
  options: ImportManyOptions = {},
): Promise<WorkerImportResult[]> {
  if (sources.length === 0) return [];
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), sources.length));
  const setup: WorkerSetup = {
    importOptions: options.importOptions ?? {},
    analysisModule: options.analysisModule ?? null,
    analysisInput: options.analysisInput ?? null,
  };
  const replies = new Array<WorkerReply | undefined>(sources.length);
  let next = 0;
  const take = (): number => (next < sources.length ? next++ : -1);
  const runWorker = async (): Promise<void> => {
    // A worker that dies fails only its current item; a fresh one takes the rest of the queue.
    while (next < sources.length) {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      await drain(worker, sources, { replies, take, onResult: options.onResult });
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: count }, runWorker));
  return replies.map((reply, i) => ({ ...(reply ?? crashed(i, 'no reply')), name: sources[i]?.name ?? '' }));
}

/** Feeds tasks to one worker until the queue is empty or the worker dies (its task then fails). */
function drain(
  worker: Worker,
  sources: readonly WorkerImportSource[],
  queue: {
    readonly replies: (WorkerReply | undefined)[];
    readonly take: () => number;
    readonly onResult: ImportManyOptions['onResult'];
  },
): Promise<void> {
  return new Promise((resolve) => {
    let current = -1;
    const feed = (): void => {
      current = queue.take();
      const source = sources[current];
      if (current < 0 || source === undefined) return resolve();
      const { task, transfer } = toTask(source, current);
      worker.postMessage(task, transfer);
    };
    worker.on('message', (reply: WorkerReply) => {
      queue.replies[reply.index] = reply;
      queue.onResult?.({ ...reply, name: sources[reply.index]?.name ?? '' }, reply.index);
      feed();
    });
    worker.on('error', (error) => {
      if (current >= 0) queue.replies[current] = crashed(current, error);
      resolve();
    });
    worker.on('exit', () => resolve());
    feed();
  });
}
