import { describe, expect, it } from 'vitest';
import { errorText } from './errors';

describe('errorText', () => {
  it('maps known codes to their sentence', () => {
    expect(errorText('NETWORK_OFFLINE')).toMatch(/offline/);
  });

  it('falls back to a generic sentence for unknown codes', () => {
    expect(errorText('SOMETHING_NEW')).toBe(errorText('HTTP_ERROR'));
  });

  it('explains why one uploaded file was not read', () => {
    expect(errorText('GPX_NO_TRACK')).toMatch(/no track/);
    expect(errorText('ZIP_SLIP')).toMatch(/unsafe paths/);
  });
});
