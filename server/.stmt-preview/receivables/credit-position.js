"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPEN_ORDER_STATUSES = void 0;
exports.creditFigures = creditFigures;
exports.orderNotInvoicedCents = orderNotInvoicedCents;
exports.creditPosition = creditPosition;
const typeorm_1 = require("typeorm");
const quantity_js_1 = require("../common/quantity.js");
const compute_totals_js_1 = require("../documents/lines/compute-totals.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const order_progress_js_1 = require("../orders/order-progress.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const payment_entity_js_1 = require("../payments/payment.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const open_invoices_js_1 = require("./open-invoices.js");
function creditFigures(input) {
    const open = input.invoices.filter((i) => i.balanceCents > 0);
    const overdue = open.filter((i) => i.daysOverdue > 0);
    const invoicesOutstandingCents = sum(open.map((i) => i.balanceCents));
    const ordersNotInvoicedCents = sum(input.ordersNotInvoicedCents.map((c) => Math.max(0, c)));
    const outstandingCents = invoicesOutstandingCents + ordersNotInvoicedCents;
    const limit = input.creditLimitCents;
    return {
        creditLimitCents: limit,
        invoicesOutstandingCents,
        ordersNotInvoicedCents,
        outstandingCents,
        availableCents: limit === null ? null : limit - outstandingCents,
        overdueCents: sum(overdue.map((i) => i.balanceCents)),
        oldestDaysOverdue: Math.max(0, ...overdue.map((i) => i.daysOverdue)),
        unallocatedCreditCents: Math.max(0, input.paymentsCents - input.allocatedCents),
        overLimit: limit !== null && outstandingCents > limit,
    };
}
/**
 * What an order will still invoice TTC: its remaining quantities priced as the final invoice would
 * price them (same totals rules), minus the deposits already invoiced on it. Never negative.
 */
function orderNotInvoicedCents(input) {
    const lines = input.lines.map((l) => ({ ...l, quantity: (0, quantity_js_1.fromMilli)(Math.max(0, (0, quantity_js_1.toMilli)(l.quantity) - (0, quantity_js_1.toMilli)(l.invoicedQuantity))) }));
    const totals = (0, compute_totals_js_1.computeTotals)({ lines, globalDiscountBp: input.globalDiscountBp, shippingCents: input.shippingCents, shippingVatRateBp: input.shippingVatRateBp, exempt: input.exempt });
    return Math.max(0, totals.grossCents - input.openDepositsCents);
}
/** Orders that will still be invoiced: validated, not cancelled, delivered or not. */
exports.OPEN_ORDER_STATUSES = ['validated', 'partially_delivered', 'delivered'];
/** A client's credit position on the scenario day, read from its invoices, payments and open orders. */
async function creditPosition(em, clientId, today) {
    const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: clientId });
    const invoices = await em.findBy(invoice_entity_js_1.Invoice, { clientId, status: 'validated' });
    const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
    const orders = await em.findBy(order_entity_js_1.Order, { clientId, status: (0, typeorm_1.In)([...exports.OPEN_ORDER_STATUSES]) });
    const notInvoiced = [];
    for (const order of orders)
        notInvoiced.push(await notInvoicedOf(em, order, invoices));
    const payments = await em.findBy(payment_entity_js_1.Payment, { clientId, status: 'recorded' });
    const allocations = payments.length ? await em.findBy(payment_entity_js_1.PaymentAllocation, { paymentId: (0, typeorm_1.In)(payments.map((p) => p.id)) }) : [];
    const figures = creditFigures({
        creditLimitCents: client.creditLimitCents,
        invoices: [...balances.values()],
        ordersNotInvoicedCents: notInvoiced,
        paymentsCents: sum(payments.map((p) => p.amountCents)),
        allocatedCents: sum(allocations.map((a) => a.amountCents)),
    });
    return { clientId, ...figures };
}
/** `invoices`: the client's validated invoices (deposits and finals). */
async function notInvoicedOf(em, order, invoices) {
    const lines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
    const progress = await (0, order_progress_js_1.orderProgress)(em, order.id);
    const finals = invoices.filter((i) => i.type === 'invoice' && i.orderId === order.id);
    const deducted = new Set(invoices.filter((i) => i.type === 'invoice').flatMap((i) => i.depositInvoiceIds));
    const openDeposits = invoices.filter((i) => i.type === 'deposit' && i.orderId === order.id && !deducted.has(i.id));
    return orderNotInvoicedCents({
        lines: lines.map((l) => ({ ...l, invoicedQuantity: progress.find((p) => p.orderLineId === l.id)?.invoiced ?? 0 })),
        globalDiscountBp: order.globalDiscountBp,
        shippingCents: Math.max(0, order.shippingCents - sum(finals.map((i) => i.shippingCents))),
        shippingVatRateBp: order.shippingVatRateBp,
        exempt: order.vatRegime !== 'standard',
        openDepositsCents: sum(openDeposits.map((d) => d.grossCents)),
    });
}
const sum = (values) => values.reduce((s, v) => s + v, 0);
//# sourceMappingURL=credit-position.js.map