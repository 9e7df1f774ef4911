// First-load JavaScript: the module script index.html starts plus every chunk it preloads, gzipped.
// `npx tsx apps/web/scripts/bundle-size.ts` builds, prints the sizes and fails over the budget.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWeb } from './build-web';

/**
 * Budget for first-load JS, gzip bytes. Measured 2026-11-22: about 116 KiB = react-dom + react
 * (~85 KiB), zod with the api-contract schemas (~32 KiB), the shell (~4 KiB). Pages load lazily.
 */
export const FIRST_LOAD_BUDGET_GZIP_BYTES = 125 * 1024;

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface FirstLoad {
  readonly chunks: readonly ChunkSize[];
  readonly gzipBytes: number;
  readonly bytes: number;
}

/** Script and modulepreload URLs in index.html, relative to the dist folder. */
export function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) if (m[1]) urls.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    if (m[1]) urls.add(m[1]);
  return [...urls].map((u) => u.replace(/^\.?\//, ''));
}

export async function measureFirstLoad(distDir: string): Promise<FirstLoad> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const chunks: ChunkSize[] = [];
  for (const file of firstLoadScripts(html)) {
    const bytes = await readFile(join(distDir, file));
    chunks.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return {
    chunks,
    bytes: chunks.reduce((s, c) => s + c.bytes, 0),
    gzipBytes: chunks.reduce((s, c) => s + c.gzipBytes, 0),
  };
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<number> {
  const load = await measureFirstLoad(await buildWeb());
  for (const c of load.chunks)
    console.log(`${c.file}  ${formatKiB(c.bytes)}  gzip ${formatKiB(c.gzipBytes)}`);
  const verdict = load.gzipBytes <= FIRST_LOAD_BUDGET_GZIP_BYTES ? 'within' : 'OVER';
  console.log(
    `first-load JS gzip ${formatKiB(load.gzipBytes)} (${verdict} budget ${formatKiB(FIRST_LOAD_BUDGET_GZIP_BYTES)})`,
  );
  return verdict === 'within' ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
