import { describe, expect, it } from 'vitest';
import { changeText, reportFindings, reportPhases, reportReferral, weeksText } from './report-data';

describe('physio report data', () => {
  it('reads findings with their evidence and ignores malformed entries', () => {
    const result = {
      referral: {
        level: 'soon',
        action: 'See a physio within two weeks.',
        reasons: [{ text: 'Pain into the leg.' }],
      },
      findings: [
        {
          driver: 'thoracic-stiffness',
          severity: 'marked',
          evidence: [{ text: 'Right rotation 38°, below 45°' }],
        },
        { severity: 'mild' },
        'nonsense',
      ],
    };
    expect(reportFindings(result)).toEqual([
      { driver: 'thoracic-stiffness', severity: 'marked', evidence: ['Right rotation 38°, below 45°'] },
    ]);
    expect(reportReferral(result)).toEqual({
      level: 'soon',
      action: 'See a physio within two weeks.',
      reasons: ['Pain into the leg.'],
    });
    expect(reportFindings(null)).toEqual([]);
    expect(reportReferral({})).toBeNull();
  });

  it('reads the programme phases and words their weeks', () => {
    const programme = {
      plan: { phases: [{ name: 'Foundation', weeks: [1, 2, 3, 4], goal: 'Build the base.' }] },
    };
    expect(reportPhases(programme)).toEqual([
      { name: 'Foundation', weeks: [1, 2, 3, 4], goal: 'Build the base.' },
    ]);
    expect(reportPhases({ plan: null })).toEqual([]);
    expect(weeksText([5, 6, 7, 8])).toBe('Weeks 5–8');
    expect(weeksText([12])).toBe('Week 12');
  });

  it('shows first and latest values side by side', () => {
    expect(changeText({ first: 4, latest: 2.5 })).toBe('4.0 → 2.5');
    expect(changeText({ first: null, latest: 1 })).toBe('– → 1.0');
  });
});
