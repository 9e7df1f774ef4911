import { describe, expect, it } from 'vitest';
import { formatClock, heldSeconds, holdAnnouncement } from './hold-timer-logic';

describe('hold timer', () => {
  it('counts down 3, 2, 1, go, then announces every 15 s', () => {
    const said = Array.from({ length: 40 }, (_, s) => holdAnnouncement(s)).filter((x) => x !== null);
    expect(said).toEqual(['3', '2', '1', 'Go', '15 seconds', '30 seconds']);
  });

  it('records only the time after the countdown', () => {
    expect(heldSeconds(2500)).toBe(0);
    expect(heldSeconds(48_900)).toBe(45);
  });

  it('formats minutes and seconds', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(0)).toBe('0:00');
  });
});
