/**
 * Vitest globalSetup: gives the storage suites a PostgreSQL server. TEST_DATABASE_URL wins; else, when
 * Debian's PostgreSQL binaries exist, a throwaway cluster in a temp dir on a free loopback port (run as
 * the postgres user when we are root), stopped after the run. Without either, PG suites skip locally
 * and fail when CI is set (see pg-url.ts).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    pgMissingReason: string;
  }
}

function findBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * Whether this vitest run selects any PostgreSQL suite: no file filters, or a filter matching a file in
 * this folder. Everyone's `vitest run <their paths>` then starts no cluster.
 */
function selectsServerTests(argv: readonly string[]): boolean {
  // An argument right after a flag may be its value (-t NAME): never read it as a file filter. When in
  // doubt the cluster starts (starting needlessly is slow; not starting would skip suites).
  const args = argv.slice(2);
  const filters = args.filter(
    (a, i) => !a.startsWith('-') && a !== 'run' && a !== 'watch' && !(args[i - 1] ?? '').startsWith('-'),
  );
  if (filters.length === 0) return true;
  const here = 'apps/server/test/';
  const files = readdirSync(import.meta.dirname).map((f) => here + f);
  return filters.some((raw) => {
    const f = raw.replace(/^\.\//, '');
    return f.startsWith('apps/server') || files.some((p) => p.includes(f));
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (!selectsServerTests(process.argv)) {
    project.provide('pgUrl', null);
    project.provide('pgMissingReason', 'no PostgreSQL suite selected');
    return undefined;
  }
  const given = process.env.TEST_DATABASE_URL;
  if (given !== undefined && given !== '') {
    project.provide('pgUrl', given);
    project.provide('pgMissingReason', '');
    return undefined;
  }
  const bin = findBin();
  if (bin === null) {
    project.provide('pgUrl', null);
    project.provide('pgMissingReason', 'no TEST_DATABASE_URL and no /usr/lib/postgresql/*/bin/initdb');
    return undefined;
  }
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? userIds('postgres') : null;
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = owner === null ? [cmd, args] : ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'upright-pg-'));
  chmodSync(dir, 0o700);
  if (owner !== null) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'upright', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  project.provide('pgUrl', `postgres://upright@127.0.0.1:${port}/postgres`);
  project.provide('pgMissingReason', '');
  return () => {
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
