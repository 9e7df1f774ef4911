import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

describe('browser entry of @upright/formats', () => {
  it('bundles the fast FIT decoder and not @garmin/fitsdk', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.includes('@garmin/fitsdk'))).toEqual([]);
    expect(inputs.some((p) => p.endsWith('fit-fast/decode.ts'))).toBe(true);
  });
});
