import { addToBucket, ageingBucket, daysBetween, daysOverdue, emptyBucketTotals } from './ageing.js';

describe('ageing', () => {
  it.each([
    [0, 'notDue'],
    [1, 'd1to30'],
    [30, 'd1to30'],
    [31, 'd31to60'],
    [60, 'd31to60'],
    [61, 'd61to90'],
    [90, 'd61to90'],
    [91, 'over90'],
    [400, 'over90'],
  ])('puts %i days overdue in %s', (days, bucket) => {
    expect(ageingBucket(days)).toBe(bucket);
  });

  it('counts days overdue on the scenario date: 0 on and before the due date', () => {
    expect(daysOverdue('2026-03-16', '2026-03-16')).toBe(0);
    expect(daysOverdue('2026-04-15', '2026-03-16')).toBe(0);
    expect(daysOverdue('2026-03-15', '2026-03-16')).toBe(1);
    expect(daysOverdue('2026-02-14', '2026-03-16')).toBe(30);
    expect(daysOverdue('2026-02-13', '2026-03-16')).toBe(31);
    expect(daysOverdue('2025-12-16', '2026-03-16')).toBe(90);
    expect(daysOverdue('2025-12-15', '2026-03-16')).toBe(91);
    expect(daysOverdue(null, '2026-03-16')).toBe(0);
  });

  it('counts calendar days across month ends, leap days and the summer-time change', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-16', '2026-03-01')).toBe(-15);
  });

  it('adds balances to their bucket and to the total', () => {
    const t = emptyBucketTotals();
    addToBucket(t, 'notDue', 1000);
    addToBucket(t, 'over90', 250);
    addToBucket(t, 'over90', 50);
    expect(t).toEqual({ notDueCents: 1000, d1to30Cents: 0, d31to60Cents: 0, d61to90Cents: 0, over90Cents: 300, totalCents: 1300 });
  });
});
