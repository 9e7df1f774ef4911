import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to loopback, port 4173 and the per-user data folder, frozen', () => {
    const result = loadConfig({}, {});
    if (!result.ok) throw new Error(result.message);
    expect(result.config).toMatchObject({ host: '127.0.0.1', port: 4173, databaseUrl: null, demo: false });
    expect(result.config.dataDir).toMatch(/\.local\/share\/upright$/);
    expect(Object.isFrozen(result.config)).toBe(true);
  });

  it('reads the environment once and lets flags win', () => {
    const env = { UPRIGHT_DATA: '/srv/upright', UPRIGHT_PORT: '8080', DATABASE_URL: 'postgres://u@h/db' };
    const result = loadConfig(env, { port: 9000, dataDir: '/tmp/x' });
    expect(result).toMatchObject({
      ok: true,
      config: { port: 9000, dataDir: '/tmp/x', databaseUrl: 'postgres://u@h/db' },
    });
  });

  it('names the key that is wrong', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://x' })).toEqual({
      ok: false,
      message: 'DATABASE_URL: must be a postgres:// URL',
    });
    expect(loadConfig({ UPRIGHT_PORT: 'eighty' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^UPRIGHT_PORT: /) as unknown,
    });
  });

  it('follows XDG_DATA_HOME', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, '/home/r')).toBe('/data/upright');
    expect(defaultDataDir({}, '/home/r')).toBe('/home/r/.local/share/upright');
  });
});
