import { describe, expect, it } from 'vitest';
import { verdictTone } from './verdict-badge';

describe('verdictTone', () => {
  it('maps the analysis status codes the list carries', () => {
    expect(verdictTone('none')).toBe('ok');
    expect(verdictTone('detected')).toBe('warn');
    expect(verdictTone('insufficient-data')).toBe('none');
    expect(verdictTone(null)).toBe('none');
    expect(verdictTone('something-new')).toBe('none');
  });
});
