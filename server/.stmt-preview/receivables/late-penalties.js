"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.latePenalties = latePenalties;
exports.halfYearRates = halfYearRates;
const DAY = 86_400_000;
const toTime = (d) => Date.parse(`${d}T00:00:00Z`);
const toDate = (t) => new Date(t).toISOString().slice(0, 10);
/** The days after `dueDate` up to `on` included, split where the balance or the rate changes. */
function latePenalties(input) {
    const due = toTime(input.dueDate);
    const end = toTime(input.on);
    const paidBy = (day) => input.payments.filter((p) => toTime(p.date) < day).reduce((s, p) => s + p.amountCents, 0);
    const balanceCents = Math.max(0, input.grossCents - input.payments.filter((p) => toTime(p.date) <= end).reduce((s, p) => s + p.amountCents, 0));
    const segments = [];
    for (let day = due + DAY; day <= end; day += DAY) {
        // A payment made on day D stops the accrual on what it pays from that day on.
        const base = Math.max(0, input.grossCents - paidBy(day + DAY));
        const rateBp = input.rateBpOn(toDate(day));
        const last = segments[segments.length - 1];
        if (last && last.baseCents === base && last.rateBp === rateBp && toTime(last.to) + DAY === day) {
            last.to = toDate(day);
            last.days += 1;
        }
        else if (base > 0) {
            segments.push({ from: toDate(day), to: toDate(day), days: 1, baseCents: base, rateBp });
        }
    }
    const numerator = segments.reduce((s, g) => s + BigInt(g.baseCents) * BigInt(g.rateBp) * BigInt(g.days), 0n);
    const denominator = 10000n * 365n;
    const penaltyCents = Number((numerator * 2n + denominator) / (2n * denominator));
    const daysLate = Math.max(0, Math.round((end - due) / DAY));
    const indemnityCents = input.b2b && daysLate > 0 ? input.recoveryIndemnityCents ?? 4000 : 0;
    return { daysLate, balanceCents, penaltyCents, indemnityCents, totalClaimedCents: balanceCents + penaltyCents + indemnityCents, segments };
}
/** A rate table by half-year: the rate of 1 January applies to January–June, that of 1 July to July–December. */
function halfYearRates(table, fallbackBp) {
    return (date) => table[`${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`] ?? fallbackBp;
}
//# sourceMappingURL=late-penalties.js.map