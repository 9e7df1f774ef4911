/**
 * Uploads many files a few at a time and reports per-file progress and outcomes. One failed file never
 * stops the batch: its error becomes that file's outcome.
 */
import type { PickedFile } from './collect-files';

/** What happened to one activity (a zip yields one per member). */
export type ImportOutcome =
  | { readonly kind: 'imported'; readonly name: string; readonly activityId: string }
  | { readonly kind: 'duplicate'; readonly name: string; readonly activityId: string | null }
  | { readonly kind: 'failed'; readonly name: string; readonly code: string; readonly message: string };

export type UploadStatus = 'queued' | 'uploading' | 'processing' | 'done' | 'failed';

export interface UploadItem {
  readonly path: string;
  readonly sizeBytes: number;
  readonly status: UploadStatus;
  readonly loadedBytes: number;
  readonly outcomes: readonly ImportOutcome[];
}

/** Sends one file; calls onProgress with bytes sent; resolves with the per-activity outcomes. */
export type UploadTransport = (
  file: PickedFile,
  onProgress: (loadedBytes: number) => void,
) => Promise<readonly ImportOutcome[]>;

export interface UploadSummary {
  readonly imported: number;
  readonly duplicate: number;
  readonly failed: number;
  readonly loadedBytes: number;
  readonly totalBytes: number;
  readonly finished: boolean;
}

export function initialItems(files: readonly PickedFile[]): UploadItem[] {
  return files.map((f) => ({
    path: f.path,
    sizeBytes: f.file.size,
    status: 'queued',
    loadedBytes: 0,
    outcomes: [],
  }));
}

export function summarize(items: readonly UploadItem[]): UploadSummary {
  const outcomes = items.flatMap((i) => i.outcomes);
  const count = (kind: ImportOutcome['kind']): number => outcomes.filter((o) => o.kind === kind).length;
  return {
    imported: count('imported'),
    duplicate: count('duplicate'),
    failed: count('failed'),
    loadedBytes: items.reduce((s, i) => s + i.loadedBytes, 0),
    totalBytes: items.reduce((s, i) => s + i.sizeBytes, 0),
    finished: items.every((i) => i.status === 'done' || i.status === 'failed'),
  };
}

export interface RunUploadsOptions {
  readonly files: readonly PickedFile[];
  readonly transport: UploadTransport;
  readonly onChange: (items: readonly UploadItem[]) => void;
  /** Files in flight at once. */
  readonly concurrency?: number;
}

function failedOutcome(path: string, err: unknown): ImportOutcome {
  const code =
    typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
      ? err.code
      : 'NETWORK';
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'failed', name: path, code, message };
}

/** Runs the whole batch; resolves with the final items. Never rejects. */
export async function runUploads(opts: RunUploadsOptions): Promise<readonly UploadItem[]> {
  const items = initialItems(opts.files);
  const update = (index: number, patch: Partial<UploadItem>): void => {
    const current = items[index];
    if (current === undefined) return;
    items[index] = { ...current, ...patch };
    opts.onChange([...items]);
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < opts.files.length) {
      const index = next++;
      const picked = opts.files[index];
      if (picked === undefined) return;
      update(index, { status: 'uploading' });
      try {
        const outcomes = await opts.transport(picked, (loaded) =>
          update(index, {
            loadedBytes: loaded,
            status: loaded >= picked.file.size ? 'processing' : 'uploading',
          }),
        );
        const allFailed = outcomes.length > 0 && outcomes.every((o) => o.kind === 'failed');
        update(index, { status: allFailed ? 'failed' : 'done', loadedBytes: picked.file.size, outcomes });
      } catch (err) {
        update(index, { status: 'failed', outcomes: [failedOutcome(picked.path, err)] });
      }
    }
  };
  opts.onChange([...items]);
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, () => worker());
  await Promise.all(workers);
  return items;
}
