import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportSource } from './limits';
import { DEFAULT_ARCHIVE_LIMITS, entryIsSlip } from './limits';
import { importSourcesFromBytes } from './unpack';

const fit = strToU8('pretend FIT bytes');

async function collect(it: AsyncIterable<ImportSource>): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for await (const s of it) out.push(s);
  return out;
}

function summary(sources: readonly ImportSource[]): string[] {
  return sources.map((s) => ('error' in s ? `${s.name} ${s.error.code}` : `${s.name} ${s.bytes.length}`));
}

describe('archives', () => {
  it('yields activity members with "zip!member" names and skips other files', async () => {
    const zip = zipSync({
      'a.fit': fit,
      'notes.txt': strToU8('x'),
      'dir/b.GPX': strToU8('<gpx/>'),
      '__MACOSX/dir/._b.GPX': strToU8('resource fork'),
      'dir/._a.fit': strToU8('resource fork'),
    });
    expect(summary(await collect(importSourcesFromBytes('export.zip', zip)))).toEqual([
      'export.zip!a.fit 17',
      'export.zip!dir/b.GPX 6',
    ]);
  });

  it('opens nested zips (deflated and stored) and .gz members', async () => {
    const inner = zipSync({ 'inner.fit': fit });
    const outer = zipSync({
      'DI_CONNECT/uploads.zip': inner,
      'stored.zip': [inner, { level: 0 }],
      'activities/1.fit.gz': gzipSync(fit),
    });
    expect(summary(await collect(importSourcesFromBytes('garmin.zip', outer)))).toEqual([
      'garmin.zip!DI_CONNECT/uploads.zip!inner.fit 17',
      'garmin.zip!stored.zip!inner.fit 17',
      'garmin.zip!activities/1.fit.gz 17',
    ]);
  });

  it('refuses zip-slip names but keeps reading the other members', async () => {
    const zip = zipSync({ '../../etc/evil.fit': fit, 'good.fit': fit });
    expect(summary(await collect(importSourcesFromBytes('x.zip', zip)))).toEqual([
      'x.zip!../../etc/evil.fit ZIP_SLIP',
      'x.zip!good.fit 17',
    ]);
    expect(entryIsSlip('/abs/path.fit')).toBe(true);
    expect(entryIsSlip('C:\\win.fit')).toBe(true);
    expect(entryIsSlip('a\\..\\b.fit')).toBe(true);
    expect(entryIsSlip('ok/..fit')).toBe(false);
  });

  it('refuses a decompression bomb without inflating it whole, and reads the rest', async () => {
    const bomb = new Uint8Array(4 * 1024 * 1024); // zeros deflate ~1000:1, far past the 200:1 limit
    const zip = zipSync({ 'bomb.fit': bomb, 'good.fit': fit });
    const sources = await collect(importSourcesFromBytes('b.zip', zip));
    expect(summary(sources)).toEqual(['b.zip!bomb.fit ZIP_BOMB', 'b.zip!good.fit 17']);
  });

  it('refuses a member larger than the size limit, and gz bombs too', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    const limits = { maxMemberBytes: 1024 * 1024 };
    expect(
      summary(await collect(importSourcesFromBytes('l.zip', zipSync({ 'big.fit': big }), limits))),
    ).toEqual(['l.zip!big.fit ZIP_BOMB']);
    const gzBomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    expect(summary(await collect(importSourcesFromBytes('z.fit.gz', gzBomb)))).toEqual(['z.fit.gz ZIP_BOMB']);
  });

  it('stops at the nesting limit', async () => {
    let zip = zipSync({ 'deep.fit': fit });
    for (let i = 0; i < DEFAULT_ARCHIVE_LIMITS.maxDepth + 1; i++) zip = zipSync({ [`level${i}.zip`]: zip });
    const sources = await collect(importSourcesFromBytes('top.zip', zip));
    expect(sources).toHaveLength(1);
    expect('error' in sources[0]! && sources[0].error.code).toBe('ZIP_BOMB');
  });

  it('reports corrupt archives and corrupt members with codes', async () => {
    expect(summary(await collect(importSourcesFromBytes('bad.zip', strToU8('PK not really'))))).toEqual([
      'bad.zip ZIP_INVALID',
    ]);
    expect(summary(await collect(importSourcesFromBytes('bad.fit.gz', strToU8('not gzip'))))).toEqual([
      'bad.fit.gz GZIP_INVALID',
    ]);
    const zip = zipSync({ 'a.fit': new Uint8Array(4000).fill(7), 'b.fit': fit });
    // Damage a.fit's deflate stream (just after its 30-byte local header and name).
    zip[30 + 5] = 0xff;
    zip[30 + 6] = 0xff;
    const out = summary(await collect(importSourcesFromBytes('c.zip', zip)));
    expect(out[1]).toBe('c.zip!b.fit 17');
  });
});
