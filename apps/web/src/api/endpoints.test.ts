import { describe, expect, it } from 'vitest';
import { endpointUrl } from './endpoints';

describe('endpointUrl', () => {
  it('fills params and appends defined query values', () => {
    expect(endpointUrl('/api/activities/:id', { id: 'a/b' }, { samples: 1, skip: undefined })).toBe(
      '/api/activities/a%2Fb?samples=1',
    );
    expect(endpointUrl('/api/plan', undefined, undefined)).toBe('/api/plan');
  });
});
