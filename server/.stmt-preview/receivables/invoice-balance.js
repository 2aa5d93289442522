"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invoiceBalance = invoiceBalance;
exports.allocateOldestFirst = allocateOldestFirst;
function invoiceBalance(invoice, paidCents, creditedCents, today) {
    const balanceCents = Math.max(0, invoice.grossCents - paidCents - creditedCents);
    const daysOverdue = invoice.dueDate && balanceCents > 0 ? Math.max(0, Math.round((Date.parse(today) - Date.parse(invoice.dueDate)) / 86_400_000)) : 0;
    const paymentStatus = balanceCents === 0 ? 'paid' : daysOverdue > 0 ? 'overdue' : paidCents > 0 ? 'partially_paid' : 'unpaid';
    return { paidCents, creditedCents, balanceCents, paymentStatus, daysOverdue };
}
/** Suggested allocation of an amount to open invoices, oldest due date first; the rest is client credit. */
function allocateOldestFirst(amountCents, open) {
    const sorted = [...open].filter((i) => i.balanceCents > 0).sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || a.id - b.id);
    const allocations = [];
    let left = amountCents;
    for (const invoice of sorted) {
        if (left <= 0)
            break;
        const take = Math.min(left, invoice.balanceCents);
        allocations.push({ invoiceId: invoice.id, amountCents: take });
        left -= take;
    }
    return { allocations, creditCents: left };
}
//# sourceMappingURL=invoice-balance.js.map