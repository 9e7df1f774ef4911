// Worker side of importManyInWorkers: reads (when given a path), imports, and optionally analyses
// one file per task. Never throws back at the pool: every outcome is a reply.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { Activity, ImportResult } from '@upright/core';
import { importActivityBytes } from '../../import';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol';

type Analyse = (activity: Activity, input: unknown) => unknown;

const setup = workerData as WorkerSetup;
let analyse: Promise<Analyse | null> | null = null;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadAnalysis(): Promise<Analyse | null> {
  if (setup.analysisModule === null) return null;
  const mod = (await import(setup.analysisModule)) as { analyse?: unknown };
  if (typeof mod.analyse !== 'function') throw new Error(`${setup.analysisModule} does not export analyse()`);
  return mod.analyse as Analyse;
}

async function importTask(task: WorkerTask): Promise<ImportResult> {
  let bytes = task.bytes;
  if (bytes === null) {
    try {
      bytes = new Uint8Array(await readFile(task.path ?? ''));
    } catch (error) {
      return { ok: false, error: { code: 'READ_FAILED', message: message(error) } };
    }
  }
  return importActivityBytes({ name: task.name, bytes }, setup.importOptions);
}

async function handle(task: WorkerTask): Promise<WorkerReply> {
  const result = await importTask(task);
  if (!result.ok || setup.analysisModule === null) return { index: task.index, result };
  try {
    analyse ??= loadAnalysis();
    const fn = await analyse;
    return {
      index: task.index,
      result,
      analysis: fn === null ? undefined : await fn(result.activity, setup.analysisInput),
    };
  } catch (error) {
    return { index: task.index, result, analysisError: { code: 'ANALYSIS_FAILED', message: message(error) } };
  }
}

/** The sample buffers of a reply, moved (not copied) to the pool. */
function transferables(reply: WorkerReply): ArrayBuffer[] {
  if (!reply.result.ok) return [];
  const { samples } = reply.result.activity;
  const arrays = [
    samples.time,
    ...Object.values(samples.channels).map((c) => c.values),
    ...samples.extras.map((e) => e.values),
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

parentPort?.on('message', (task: WorkerTask) => {
  void handle(task).then((reply) => parentPort?.postMessage(reply, transferables(reply)));
});
