"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.balancesOf = balancesOf;
const typeorm_1 = require("typeorm");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const invoice_balance_js_1 = require("./invoice-balance.js");
/** Paid (recorded payments) and credited (validated credit notes) amounts and the balance of validated invoices. */
async function balancesOf(em, invoices, today) {
    const ids = invoices.filter((i) => i.status === 'validated').map((i) => i.id);
    const result = new Map();
    if (!ids.length)
        return result;
    const paid = await em
        .createQueryBuilder(payment_entity_js_1.PaymentAllocation, 'a')
        .innerJoin(payment_entity_js_1.Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
        .select('a.invoiceId', 'id')
        .addSelect('SUM(a.amountCents)', 'cents')
        .where({ invoiceId: (0, typeorm_1.In)(ids) })
        .groupBy('a.invoiceId')
        .getRawMany();
    const credited = await em
        .createQueryBuilder(credit_note_entity_js_1.CreditNote, 'c')
        .select('c.invoiceId', 'id')
        .addSelect('SUM(c.grossCents)', 'cents')
        .where({ invoiceId: (0, typeorm_1.In)(ids), status: 'validated' })
        .groupBy('c.invoiceId')
        .getRawMany();
    for (const invoice of invoices.filter((i) => i.status === 'validated')) {
        const p = Number(paid.find((r) => r.id === invoice.id)?.cents ?? 0);
        const c = Number(credited.find((r) => r.id === invoice.id)?.cents ?? 0);
        result.set(invoice.id, (0, invoice_balance_js_1.invoiceBalance)(invoice, p, c, today));
    }
    return result;
}
//# sourceMappingURL=open-invoices.js.map