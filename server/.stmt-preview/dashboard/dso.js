"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dsoDays = dsoDays;
exports.periodStart = periodStart;
/**
 * Days sales outstanding (délai moyen de paiement clients): receivables ÷ TTC sales invoiced over the
 * period × the period's days, to the whole day; null when nothing was invoiced in the period.
 */
function dsoDays(receivablesCents, salesCents, periodDays = 90) {
    if (salesCents <= 0)
        return null;
    return Math.round((receivablesCents * periodDays) / salesCents);
}
/** The first day of the `days`-day period ending on `today` included ("2026-03-16", 90 → "2025-12-17"). */
function periodStart(today, days) {
    return new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}
//# sourceMappingURL=dso.js.map