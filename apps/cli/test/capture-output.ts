import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Captures what the CLI writes to stdout and stderr during each test of the calling file. The returned
 * arrays are emptied before every test, so destructure them once at the top of the file.
 */
export function captureOutput(): { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  beforeEach(() => {
    stdout.length = 0;
    stderr.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return { stdout, stderr };
}
