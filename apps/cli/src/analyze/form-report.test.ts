import { describe, expect, it } from 'vitest';
import type { FormReport } from './form-report';
import { formHuman, formVerdict } from './form-report';

const base: FormReport = {
  formBreakdown: {
    status: 'none',
    onsetDistanceM: null,
    onsetTimeS: null,
    confidence: null,
    contributors: [],
  },
  decoupling: null,
  durability: 1,
  perKm: [],
  note: null,
};

describe('formVerdict', () => {
  it('names where form held and what moved, at the same pace', () => {
    const report: FormReport = {
      ...base,
      formBreakdown: {
        status: 'detected',
        onsetDistanceM: 24600,
        onsetTimeS: 8000,
        confidence: 0.82,
        contributors: [
          { channel: 'groundContactTime', changePct: 7 },
          { channel: 'cadence', changePct: -2.5 },
        ],
      },
    };
    expect(formVerdict(report)).toBe(
      'Your form held until 24.6 km; after that contact time rose 7.0 %, cadence fell 2.5 % at the same pace and grade (confidence 0.82).',
    );
  });

  it('calls heart-rate drift decoupling, not a form change', () => {
    const text = formVerdict({ ...base, decoupling: { pct: 8.2, method: 'pace:hr' } });
    expect(text).toMatch(/^Your form held to the end/);
    expect(text).toContain('drifted 8.2 % against pace (decoupling)');
  });

  it('says why it cannot judge', () => {
    const report: FormReport = {
      ...base,
      formBreakdown: { ...base.formBreakdown, status: 'insufficient-data' },
      durability: null,
      note: 'No cadence or running dynamics.',
    };
    expect(formVerdict(report)).toBe('Form could not be judged: No cadence or running dynamics.');
  });
});

describe('formHuman', () => {
  it('prints a compact per-km table', () => {
    const text = formHuman({
      ...base,
      perKm: [
        {
          km: 1,
          paceSPerKm: 312,
          heartRate: 142,
          cadence: 168,
          stepLength: 1.12,
          groundContactTime: 248,
          verticalOscillation: 84.5,
          formIndex: null,
        },
      ],
    });
    expect(text.split('\n')[3]).toBe('      1   5:12  142  168  1.12   248  84.5     -');
  });
});
