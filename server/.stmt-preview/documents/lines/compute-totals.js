"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineNetCents = lineNetCents;
exports.computeTotals = computeTotals;
const quantity_js_1 = require("../../common/quantity.js");
/** round(n / d) half away from zero, on BigInts. */
function divHalfUp(n, d) {
    const q = n / d;
    const r = n % d;
    if ((r < 0n ? -r : r) * 2n >= d)
        return q + (n < 0n ? -1n : 1n);
    return q;
}
/** round(quantity × unit price × (10000 − discount) / 10000), exact for 3-decimal quantities. */
function lineNetCents(line) {
    const n = BigInt((0, quantity_js_1.toMilli)(line.quantity)) * BigInt(line.unitPriceCents) * BigInt(10000 - line.discountBp);
    return Number(divHalfUp(n, 10000000n));
}
function computeTotals(doc) {
    const globalDiscountBp = doc.globalDiscountBp ?? 0;
    const shippingCents = doc.shippingCents ?? 0;
    const rateOf = (rate) => (doc.exempt ? 0 : rate);
    const lineNets = doc.lines.map(lineNetCents);
    const byRate = new Map();
    const entry = (rateBp) => {
        let e = byRate.get(rateBp);
        if (!e)
            byRate.set(rateBp, (e = { rateBp, linesCents: 0, allowanceCents: 0, chargeCents: 0, baseCents: 0, vatCents: 0 }));
        return e;
    };
    doc.lines.forEach((line, i) => (entry(rateOf(line.vatRateBp)).linesCents += lineNets[i]));
    if (shippingCents)
        entry(rateOf(doc.shippingVatRateBp ?? 2000)).chargeCents += shippingCents;
    const breakdown = [...byRate.values()].sort((a, b) => b.rateBp - a.rateBp);
    for (const e of breakdown) {
        e.allowanceCents = Number(divHalfUp(BigInt(e.linesCents) * BigInt(globalDiscountBp), 10000n));
        e.baseCents = e.linesCents - e.allowanceCents + e.chargeCents;
        e.vatCents = Number(divHalfUp(BigInt(e.baseCents) * BigInt(e.rateBp), 10000n));
    }
    const sum = (f) => breakdown.reduce((s, e) => s + f(e), 0);
    const netCents = sum((e) => e.baseCents);
    const vatCents = sum((e) => e.vatCents);
    return {
        lineNets,
        linesNetCents: lineNets.reduce((s, n) => s + n, 0),
        allowanceCents: sum((e) => e.allowanceCents),
        chargeCents: sum((e) => e.chargeCents),
        netCents,
        vatCents,
        grossCents: netCents + vatCents,
        vatBreakdown: breakdown,
    };
}
//# sourceMappingURL=compute-totals.js.map