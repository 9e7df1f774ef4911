import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/formats/test/helpers/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const FIXTURES = join(REPO_ROOT, 'fixtures');

/**
 * The shared real-file corpus: UPRIGHT_CORPUS when set (only it: point it at a missing folder to run as
 * on a fresh clone), else ../shared/data next to the repository; null when absent.
 */
export const CORPUS_DIR: string | null = (() => {
  const env = process.env.UPRIGHT_CORPUS;
  const dir = env !== undefined && env !== '' ? env : join(REPO_ROOT, '../shared/data');
  return existsSync(join(dir, 'catalog.tsv')) ? dir : null;
})();
