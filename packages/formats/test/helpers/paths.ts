import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/formats/test/helpers/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const FIXTURES = join(REPO_ROOT, 'fixtures');

/** The shared real-file corpus: UPRIGHT_CORPUS, else ../shared/data next to the repo; null when absent. */
export const CORPUS_DIR: string | null = (() => {
  const candidates = [process.env.UPRIGHT_CORPUS, join(REPO_ROOT, '../shared/data')];
  return (
    candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(join(c, 'catalog.tsv'))) ??
    null
  );
})();
