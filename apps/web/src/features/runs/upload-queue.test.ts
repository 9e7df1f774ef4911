import { describe, expect, it } from 'vitest';
import { runUploads, summarize } from './upload-queue';
import type { ImportOutcome, UploadItem, UploadTransport } from './upload-queue';

const picked = (path: string, size = 10) => ({ path, file: new File(['x'.repeat(size)], path) });

describe('runUploads', () => {
  it('reports per-file outcomes and keeps going after a failure', async () => {
    const transport: UploadTransport = (f, onProgress) => {
      onProgress(f.file.size / 2);
      if (f.path === 'bad.fit')
        return Promise.reject(Object.assign(new Error('Server said no'), { code: 'STORAGE_FAILED' }));
      const outcomes: ImportOutcome[] =
        f.path === 'export.zip'
          ? [
              { kind: 'imported', name: 'a.fit', activityId: '1' },
              { kind: 'duplicate', name: 'b.fit', activityId: '0' },
              { kind: 'failed', name: 'c.fit', code: 'FIT_CRC_MISMATCH', message: 'bad crc' },
            ]
          : [{ kind: 'imported', name: f.path, activityId: '2' }];
      return Promise.resolve(outcomes);
    };
    const seen: (readonly UploadItem[])[] = [];
    const items = await runUploads({
      files: [picked('export.zip'), picked('bad.fit'), picked('good.fit')],
      transport,
      onChange: (i) => seen.push(i),
    });
    expect(items.map((i) => i.status)).toEqual(['done', 'failed', 'done']);
    expect(items[1]?.outcomes[0]).toMatchObject({ kind: 'failed', code: 'STORAGE_FAILED' });
    const s = summarize(items);
    expect(s).toMatchObject({
      imported: 2,
      duplicate: 1,
      failed: 2,
      finished: true,
      loadedBytes: 25,
      totalBytes: 30,
    });
    expect(seen.some((snapshot) => snapshot.some((i) => i.status === 'uploading'))).toBe(true);
  });

  it('never has more files in flight than the concurrency allows', async () => {
    let inFlight = 0;
    let peak = 0;
    const transport: UploadTransport = async (f) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return [{ kind: 'imported', name: f.path, activityId: f.path }];
    };
    const files = Array.from({ length: 7 }, (_, i) => picked(`${i}.fit`));
    const items = await runUploads({ files, transport, onChange: () => undefined, concurrency: 3 });
    expect(peak).toBe(3);
    expect(summarize(items).imported).toBe(7);
  });
});
