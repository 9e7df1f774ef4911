import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('matches static paths exactly', () => {
    expect(matchPath('/plan', '/plan')).toEqual({});
    expect(matchPath('/plan', '/plan/extra')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('extracts and decodes params', () => {
    expect(matchPath('/runs/:id', '/runs/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/exercises/:id', '/runs/1')).toBeNull();
  });
});
