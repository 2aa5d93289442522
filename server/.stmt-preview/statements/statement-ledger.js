"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statementFigures = statementFigures;
const ageing_js_1 = require("../aged-balance/ageing.js");
const KIND_ORDER = { invoice: 0, credit_note: 1, payment: 2 };
function statementFigures(input) {
    const { from, to } = input;
    const invoices = input.invoices.filter((i) => i.date <= to);
    const creditNotes = input.creditNotes.filter((c) => c.date <= to);
    const payments = input.payments.filter((p) => p.date <= to);
    const before = (date) => date < from;
    const openingBalanceCents = sum(invoices.filter((i) => before(i.date)), (i) => i.grossCents) -
        sum(creditNotes.filter((c) => before(c.date)), (c) => c.grossCents) -
        sum(payments.filter((p) => before(p.date)), (p) => p.amountCents);
    const drafts = [
        ...invoices.filter((i) => !before(i.date)).map((i) => ({ date: i.date, kind: 'invoice', id: i.id, number: i.number, dueDate: i.dueDate, debitCents: i.grossCents, creditCents: 0, invoiceType: i.type })),
        ...creditNotes.filter((c) => !before(c.date)).map((c) => ({ date: c.date, kind: 'credit_note', id: c.id, number: c.number, dueDate: null, debitCents: 0, creditCents: c.grossCents, invoiceNumber: c.invoiceNumber })),
        ...payments.filter((p) => !before(p.date)).map((p) => ({ date: p.date, kind: 'payment', id: p.id, number: p.reference, dueDate: null, debitCents: 0, creditCents: p.amountCents, method: p.method, reference: p.reference })),
    ];
    drafts.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.number ?? '').localeCompare(b.number ?? '') || a.id - b.id);
    let running = openingBalanceCents;
    const entries = drafts.map((d) => ({ ...d, balanceCents: (running += d.debitCents - d.creditCents) }));
    const totalDebitCents = sum(entries, (e) => e.debitCents);
    const totalCreditCents = sum(entries, (e) => e.creditCents);
    const closingBalanceCents = openingBalanceCents + totalDebitCents - totalCreditCents;
    // What each invoice still owes on `to`, and the credit nobody owes against.
    const owed = new Map(invoices.map((i) => [i.id, i.grossCents]));
    let unallocatedCreditCents = 0;
    for (const p of payments) {
        let left = p.amountCents;
        for (const a of p.allocations) {
            if (!owed.has(a.invoiceId))
                continue;
            owed.set(a.invoiceId, owed.get(a.invoiceId) - a.amountCents);
            left -= a.amountCents;
        }
        unallocatedCreditCents += left;
    }
    for (const c of creditNotes) {
        if (owed.has(c.invoiceId))
            owed.set(c.invoiceId, owed.get(c.invoiceId) - c.grossCents);
        else
            unallocatedCreditCents += c.grossCents;
    }
    const openInvoices = [];
    for (const i of invoices) {
        const left = owed.get(i.id);
        if (left < 0)
            unallocatedCreditCents += -left;
        if (left > 0)
            openInvoices.push({ invoiceId: i.id, number: i.number, date: i.date, dueDate: i.dueDate, grossCents: i.grossCents, balanceCents: left, daysOverdue: (0, ageing_js_1.daysOverdue)(i.dueDate, to) });
    }
    openInvoices.sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.number.localeCompare(b.number));
    const overdueInvoices = openInvoices.filter((i) => i.daysOverdue > 0);
    const overdueCents = sum(overdueInvoices, (i) => i.balanceCents);
    const notDueCents = sum(openInvoices, (i) => i.balanceCents) - overdueCents;
    return {
        from, to, openingBalanceCents, entries, totalDebitCents, totalCreditCents, closingBalanceCents,
        notDueCents, overdueCents, unallocatedCreditCents, openInvoices, overdueInvoices,
    };
}
function sum(items, value) {
    return items.reduce((s, item) => s + value(item), 0);
}
//# sourceMappingURL=statement-ledger.js.map