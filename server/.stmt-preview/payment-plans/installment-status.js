"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INSTALLMENT_STATUSES = void 0;
exports.followInstallments = followInstallments;
exports.planStatus = planStatus;
/**
 * Following a payment plan (échéancier): the amounts received since it was agreed pay the
 * installments in date order, cumulatively. An installment is paid when covered, late when its date
 * has passed without being covered, partially paid when something was received for it, upcoming otherwise.
 */
exports.INSTALLMENT_STATUSES = ['paid', 'partially_paid', 'late', 'upcoming'];
function followInstallments(installments, receivedCents, today) {
    let left = Math.max(0, receivedCents);
    return [...installments]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((installment) => {
        const paidCents = Math.min(left, installment.amountCents);
        left -= paidCents;
        const status = paidCents >= installment.amountCents ? 'paid' : installment.dueDate < today ? 'late' : paidCents > 0 ? 'partially_paid' : 'upcoming';
        return { ...installment, paidCents, status };
    });
}
/** A plan is completed when every installment is paid; cancelled stays cancelled. */
function planStatus(stored, installments) {
    if (stored === 'cancelled')
        return 'cancelled';
    return installments.length > 0 && installments.every((i) => i.status === 'paid') ? 'completed' : 'active';
}
//# sourceMappingURL=installment-status.js.map