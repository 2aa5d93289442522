"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.followPlans = followPlans;
exports.activePlans = activePlans;
const typeorm_1 = require("typeorm");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const installment_status_js_1 = require("./installment-status.js");
const payment_plan_entity_js_1 = require("./payment-plan.entity.js");
/**
 * Each plan followed on `today`: what the client paid on the plan's invoices since the plan was
 * agreed (recorded payments dated on or after agreedOn) pays its installments in date order.
 */
async function followPlans(em, plans, today) {
    const result = new Map();
    if (!plans.length)
        return result;
    const installments = await em.find(payment_plan_entity_js_1.PaymentPlanInstallment, { where: { paymentPlanId: (0, typeorm_1.In)(plans.map((p) => p.id)) }, order: { dueDate: 'ASC', id: 'ASC' } });
    const invoiceIds = [...new Set(plans.flatMap((p) => p.invoiceIds))];
    const earliest = plans.map((p) => p.agreedOn).sort()[0];
    const received = invoiceIds.length
        ? await em
            .createQueryBuilder(payment_entity_js_1.PaymentAllocation, 'a')
            .innerJoin(payment_entity_js_1.Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
            .select('a.invoiceId', 'invoiceId')
            .addSelect('p.date', 'date')
            .addSelect('a.amountCents', 'amountCents')
            .where({ invoiceId: (0, typeorm_1.In)(invoiceIds) })
            .andWhere('p.date >= :earliest', { earliest })
            .getRawMany()
        : [];
    for (const plan of plans) {
        const receivedCents = received
            .filter((r) => plan.invoiceIds.includes(Number(r.invoiceId)) && r.date >= plan.agreedOn && r.date <= today)
            .reduce((s, r) => s + Number(r.amountCents), 0);
        const followed = (0, installment_status_js_1.followInstallments)(installments.filter((i) => i.paymentPlanId === plan.id), receivedCents, today);
        const status = (0, installment_status_js_1.planStatus)(plan.status, followed);
        result.set(plan.id, { installments: followed, receivedCents, status, onTrack: status === 'active' && !followed.some((i) => i.status === 'late') });
    }
    return result;
}
/** Active plans of some clients (stored status; completion is computed by followPlans). */
function activePlans(em, clientIds) {
    return clientIds.length ? em.find(payment_plan_entity_js_1.PaymentPlan, { where: { clientId: (0, typeorm_1.In)(clientIds), status: 'active' }, order: { id: 'ASC' } }) : Promise.resolve([]);
}
//# sourceMappingURL=plan-follow.js.map