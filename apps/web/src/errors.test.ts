import { describe, expect, it } from 'vitest';
import { errorText } from './errors';

describe('errorText', () => {
  it('maps known codes to their sentence', () => {
    expect(errorText('NETWORK_OFFLINE')).toMatch(/offline/);
  });

  it('falls back to a generic sentence for unknown codes', () => {
    expect(errorText('SOMETHING_NEW')).toBe(errorText('HTTP_ERROR'));
  });
});
