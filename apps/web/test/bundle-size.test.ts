import { describe, expect, it } from 'vitest';
import { buildWeb } from '../scripts/build-web';
import {
  FIRST_LOAD_BUDGET_GZIP_BYTES,
  firstLoadScripts,
  formatKiB,
  measureFirstLoad,
} from '../scripts/bundle-size';

describe('first-load JS budget', () => {
  it('reads the entry script and preloads from index.html', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="modulepreload" crossorigin href="./assets/b.js">';
    expect(firstLoadScripts(html)).toEqual(['assets/index-a.js', 'assets/b.js']);
  });

  it('stays within the gzip budget', async () => {
    const load = await measureFirstLoad(await buildWeb());
    expect(load.chunks.length).toBeGreaterThan(0);
    expect(load.gzipBytes, `first-load JS is ${formatKiB(load.gzipBytes)}`).toBeLessThanOrEqual(
      FIRST_LOAD_BUDGET_GZIP_BYTES,
    );
  }, 120_000);
});
