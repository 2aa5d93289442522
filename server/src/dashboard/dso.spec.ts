import { dsoDays, periodStart } from './dso.js';

describe('dsoDays', () => {
  it('is receivables over the period sales times the days, rounded to a whole day', () => {
    expect(dsoDays(3_000_000, 9_000_000)).toBe(30);
    expect(dsoDays(1_000_000, 6_000_000)).toBe(15);
    expect(dsoDays(1_000_000, 7_000_000)).toBe(13); // 12.857…
    expect(dsoDays(0, 7_000_000)).toBe(0);
  });

  it('is null without sales in the period', () => {
    expect(dsoDays(500_000, 0)).toBeNull();
  });
});

describe('periodStart', () => {
  it('counts the last day in the period', () => {
    expect(periodStart('2026-03-16', 90)).toBe('2025-12-17');
    expect(periodStart('2026-03-16', 1)).toBe('2026-03-16');
  });
});
