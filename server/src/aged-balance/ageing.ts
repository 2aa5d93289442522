/**
 * Ageing of receivables (balance âgée, legal-fr §2.4): an open balance falls in a bucket by its days
 * overdue on a given day (the scenario date). An invoice is not due while its due date is today or
 * later (0 days overdue); then 1–30, 31–60, 61–90 and more than 90 days.
 */
export const AGEING_BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Calendar days from `from` to `to` ("YYYY-MM-DD"), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

/** Days past the due date on `on`; 0 when not due yet, due that very day, or without a due date. */
export function daysOverdue(dueDate: string | null, on: string): number {
  return dueDate ? Math.max(0, daysBetween(dueDate, on)) : 0;
}

export function ageingBucket(days: number): AgeingBucket {
  if (days <= 0) return 'notDue';
  if (days <= 30) return 'd1to30';
  if (days <= 60) return 'd31to60';
  if (days <= 90) return 'd61to90';
  return 'over90';
}

export type BucketTotals = Record<`${AgeingBucket}Cents`, number> & { totalCents: number };

export function emptyBucketTotals(): BucketTotals {
  return { notDueCents: 0, d1to30Cents: 0, d31to60Cents: 0, d61to90Cents: 0, over90Cents: 0, totalCents: 0 };
}

/** Adds an open balance to its bucket (mutates and returns `totals`). */
export function addToBucket(totals: BucketTotals, bucket: AgeingBucket, cents: number): BucketTotals {
  totals[`${bucket}Cents`] += cents;
  totals.totalCents += cents;
  return totals;
}
