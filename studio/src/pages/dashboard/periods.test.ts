import { describe, expect, it } from 'vitest';
import { percent, periods } from './periods';

describe('dashboard periods', () => {
  const now = new Date(2026, 10, 19, 15, 30); // Thursday 19 November 2026, local time

  it('ends with the day that holds now, each day [midnight, next midnight)', () => {
    const days = periods('day', 3, now);
    expect(days.map((p) => p.label)).toEqual(['11-17', '11-18', '11-19']);
    expect(days[2].from).toEqual(new Date(2026, 10, 19));
    expect(days[2].to).toEqual(new Date(2026, 10, 20));
  });

  it('starts weeks on Monday', () => {
    const weeks = periods('week', 2, now);
    expect(weeks[1].from).toEqual(new Date(2026, 10, 16));
    expect(weeks[0].to).toEqual(weeks[1].from);
  });

  it('counts months back across a year end', () => {
    expect(periods('month', 12, now).map((p) => p.label).slice(0, 2)).toEqual(['2025-12', '2026-01']);
  });

  it('shows a rate as a percentage, and nothing without a denominator', () => {
    expect(percent({ value: 0.8333 })).toBe(83.3);
    expect(percent({ value: null })).toBeNull();
  });
});
