import { open } from 'node:fs/promises';
import type { RandomAccess } from '../archive/zip-directory';

/** Random access to a file on disk; the caller closes it. Reads only the ranges asked for. */
export async function randomAccessFromFile(path: string): Promise<RandomAccess & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset: number, length: number): Promise<Uint8Array> {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buffer, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === want ? buffer : buffer.subarray(0, got);
    },
    close: () => handle.close(),
  };
}
