import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin, ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';

const PRECACHE_LINE = "const PRECACHE = { build: 'dev', files: [] };";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, writes the list of every output file (and a build id hashed from their contents)
 * into dist/sw.js, so the service worker precaches the whole app shell and a new build replaces it.
 */
function precachePlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'upright-precache',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config === null) return;
      const outDir = resolve(config.root, config.build.outDir);
      const swPath = join(outDir, 'sw.js');
      const files = (await listFiles(outDir))
        .filter((f) => f !== swPath && !f.endsWith('.map'))
        .map((f) => relative(outDir, f).split('\\').join('/'))
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(await readFile(join(outDir, f)));
      const precache = { build: hash.digest('hex').slice(0, 12), files: files.map((f) => `./${f}`) };
      const sw = await readFile(swPath, 'utf8');
      if (!sw.includes(PRECACHE_LINE)) throw new Error('sw.js lost its PRECACHE line');
      await writeFile(swPath, sw.replace(PRECACHE_LINE, `const PRECACHE = ${JSON.stringify(precache)};`));
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), precachePlugin()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
