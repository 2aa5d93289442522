"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AGEING_BUCKETS = void 0;
exports.daysBetween = daysBetween;
exports.daysOverdue = daysOverdue;
exports.ageingBucket = ageingBucket;
exports.emptyBucketTotals = emptyBucketTotals;
exports.addToBucket = addToBucket;
/**
 * Ageing of receivables (balance âgée, legal-fr §2.4): an open balance falls in a bucket by its days
 * overdue on a given day (the scenario date). An invoice is not due while its due date is today or
 * later (0 days overdue); then 1–30, 31–60, 61–90 and more than 90 days.
 */
exports.AGEING_BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'];
const DAY = 86_400_000;
const toTime = (iso) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
/** Calendar days from `from` to `to` ("YYYY-MM-DD"), negative when `to` is earlier. */
function daysBetween(from, to) {
    return Math.round((toTime(to) - toTime(from)) / DAY);
}
/** Days past the due date on `on`; 0 when not due yet, due that very day, or without a due date. */
function daysOverdue(dueDate, on) {
    return dueDate ? Math.max(0, daysBetween(dueDate, on)) : 0;
}
function ageingBucket(days) {
    if (days <= 0)
        return 'notDue';
    if (days <= 30)
        return 'd1to30';
    if (days <= 60)
        return 'd31to60';
    if (days <= 90)
        return 'd61to90';
    return 'over90';
}
function emptyBucketTotals() {
    return { notDueCents: 0, d1to30Cents: 0, d31to60Cents: 0, d61to90Cents: 0, over90Cents: 0, totalCents: 0 };
}
/** Adds an open balance to its bucket (mutates and returns `totals`). */
function addToBucket(totals, bucket, cents) {
    totals[`${bucket}Cents`] += cents;
    totals.totalCents += cents;
    return totals;
}
//# sourceMappingURL=ageing.js.map