import { CrcCalculator } from '@garmin/fitsdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitCrc } from './crc';

describe('fitCrc', () => {
  it('equals the FIT SDK CRC on any bytes and any range', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        const start = bytes.length === 0 ? 0 : cut % bytes.length;
        expect(fitCrc(bytes, start, bytes.length)).toBe(
          CrcCalculator.calculateCRC(bytes, start, bytes.length),
        );
      }),
    );
  });

  it('continues from a previous CRC', () => {
    const bytes = new TextEncoder().encode('.FIT header and some data');
    expect(fitCrc(bytes, 10, bytes.length, fitCrc(bytes, 0, 10))).toBe(fitCrc(bytes, 0, bytes.length));
  });
});
