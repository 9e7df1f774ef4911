import { describe, expect, it } from 'vitest';
import { TAPE_GUIDE } from './tape-guide';

describe('kinesiology-tape guide', () => {
  it('has steps, stretch, skin care and contraindications', () => {
    expect(TAPE_GUIDE.steps.length).toBeGreaterThanOrEqual(5);
    expect(TAPE_GUIDE.stretchFraction).toEqual({ anchors: 0, middle: 0.25 });
    expect(TAPE_GUIDE.skinCare.length).toBeGreaterThan(0);
    expect(TAPE_GUIDE.doNotUse.join(' ')).toMatch(/broken|allergic/);
  });

  it('says honestly that tape is not better than sham for pain, with the trials', () => {
    expect(TAPE_GUIDE.evidence.note).toMatch(/not better than sham/);
    expect(TAPE_GUIDE.evidence.sources).toEqual(expect.arrayContaining(['parreira-2014', 'luz-junior-2019']));
  });
});
