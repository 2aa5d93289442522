"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invoiceClaims = invoiceClaims;
const typeorm_1 = require("typeorm");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const late_penalties_js_1 = require("../receivables/late-penalties.js");
/**
 * Principal, late penalties and the recovery indemnity of each invoice on `on` (legal-fr §3.3):
 * payments reduce the base from their date, credit notes too; the rate comes from the company's
 * half-year table; the 40 € is due once per invoice, to business clients only.
 */
async function invoiceClaims(em, invoices, company, b2b, on) {
    const ids = invoices.map((i) => i.id);
    if (!ids.length)
        return [];
    const payments = await em
        .createQueryBuilder(payment_entity_js_1.PaymentAllocation, 'a')
        .innerJoin(payment_entity_js_1.Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
        .select('a.invoiceId', 'invoiceId')
        .addSelect('p.date', 'date')
        .addSelect('a.amountCents', 'amountCents')
        .where({ invoiceId: (0, typeorm_1.In)(ids) })
        .getRawMany();
    const credits = await em.find(credit_note_entity_js_1.CreditNote, { where: { invoiceId: (0, typeorm_1.In)(ids), status: 'validated' }, select: { invoiceId: true, date: true, grossCents: true } });
    const rateBpOn = (0, late_penalties_js_1.halfYearRates)(company.latePenaltyRatesBp ?? {}, company.latePenaltyRateBp);
    return invoices.map((invoice) => {
        const reductions = [
            ...payments.filter((p) => Number(p.invoiceId) === invoice.id).map((p) => ({ date: p.date, amountCents: Number(p.amountCents) })),
            ...credits.filter((c) => c.invoiceId === invoice.id).map((c) => ({ date: c.date, amountCents: c.grossCents })),
        ].filter((r) => r.date <= on);
        const dueDate = invoice.dueDate ?? invoice.date;
        const r = (0, late_penalties_js_1.latePenalties)({ grossCents: invoice.grossCents, dueDate, payments: reductions, on, rateBpOn, b2b, recoveryIndemnityCents: company.recoveryIndemnityCents });
        return {
            invoiceId: invoice.id,
            invoiceNumber: invoice.number ?? '',
            invoiceDate: invoice.date,
            dueDate,
            grossCents: invoice.grossCents,
            paidCents: invoice.grossCents - r.balanceCents,
            balanceCents: r.balanceCents,
            daysLate: r.daysLate,
            rateBp: r.segments.at(-1)?.rateBp ?? rateBpOn(on),
            penaltyCents: r.penaltyCents,
            indemnityCents: r.indemnityCents,
            segments: r.segments,
        };
    });
}
//# sourceMappingURL=invoice-claims.js.map