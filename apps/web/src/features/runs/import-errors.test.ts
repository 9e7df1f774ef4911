import { describe, expect, it } from 'vitest';
import { errorText } from '../../errors';
import { importErrorText } from './import-errors';

describe('importErrorText', () => {
  it('explains per-file import codes and defers other codes to the app table', () => {
    expect(importErrorText('GPX_NO_TRACK')).toMatch(/no track/);
    expect(importErrorText('STORAGE_FAILED')).toBe(errorText('STORAGE_FAILED'));
  });
});
