import { EntityManager, In } from 'typeorm';
import { fromMilli, toMilli } from '../common/quantity.js';
import { computeTotals } from '../documents/lines/compute-totals.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { orderProgress } from '../orders/order-progress.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { balancesOf } from './open-invoices.js';

/**
 * The arithmetic of a client's credit position (encours), on plain numbers: what the client owes on
 * validated invoices, plus what its open orders will still invoice, against its credit limit.
 */
export interface CreditFiguresInput {
  creditLimitCents: number | null;
  /** Validated invoices' balances (gross − payments − credit notes) and days overdue on the scenario day. */
  invoices: { balanceCents: number; daysOverdue: number }[];
  /** Per open order, what is left to invoice TTC (see orderNotInvoicedCents). */
  ordersNotInvoicedCents: number[];
  /** Recorded (not cancelled) payments of the client, and the part of them allocated to invoices. */
  paymentsCents: number;
  allocatedCents: number;
}

export interface CreditFigures {
  creditLimitCents: number | null;
  invoicesOutstandingCents: number;
  ordersNotInvoicedCents: number;
  /** Invoices + orders not invoiced − the client's unallocated credit (negative when the client paid ahead). */
  outstandingCents: number;
  /** Limit − outstanding (negative when over the limit); null without a limit. */
  availableCents: number | null;
  overdueCents: number;
  oldestDaysOverdue: number;
  /** Money received and not allocated to any invoice: the client's credit. */
  unallocatedCreditCents: number;
  overLimit: boolean;
}

export function creditFigures(input: CreditFiguresInput): CreditFigures {
  const open = input.invoices.filter((i) => i.balanceCents > 0);
  const overdue = open.filter((i) => i.daysOverdue > 0);
  const invoicesOutstandingCents = sum(open.map((i) => i.balanceCents));
  const ordersNotInvoicedCents = sum(input.ordersNotInvoicedCents.map((c) => Math.max(0, c)));
  const unallocatedCreditCents = Math.max(0, input.paymentsCents - input.allocatedCents);
  // Net of the money already received and not allocated: a client who pays before the order
  // (consumers, limit 0) has a credit that covers it.
  const outstandingCents = invoicesOutstandingCents + ordersNotInvoicedCents - unallocatedCreditCents;
  const limit = input.creditLimitCents;
  return {
    creditLimitCents: limit,
    invoicesOutstandingCents,
    ordersNotInvoicedCents,
    outstandingCents,
    availableCents: limit === null ? null : limit - outstandingCents,
    overdueCents: sum(overdue.map((i) => i.balanceCents)),
    oldestDaysOverdue: Math.max(0, ...overdue.map((i) => i.daysOverdue)),
    unallocatedCreditCents,
    overLimit: limit !== null && outstandingCents > limit,
  };
}

export interface OrderNotInvoicedInput {
  /** The order's lines with the quantity already invoiced by validated invoices. */
  lines: { quantity: number; invoicedQuantity: number; unitPriceCents: number; discountBp: number; vatRateBp: number }[];
  globalDiscountBp: number;
  /** Shipping HT not charged yet by a validated invoice. */
  shippingCents: number;
  shippingVatRateBp: number;
  /** Intra-EU supply or export: no VAT. */
  exempt: boolean;
  /** Validated deposit invoices of the order that no validated final invoice deducts yet (TTC): already in the invoices' balances. */
  openDepositsCents: number;
}

/**
 * What an order will still invoice TTC: its remaining quantities priced as the final invoice would
 * price them (same totals rules), minus the deposits already invoiced on it. Never negative.
 */
export function orderNotInvoicedCents(input: OrderNotInvoicedInput): number {
  const lines = input.lines.map((l) => ({ ...l, quantity: fromMilli(Math.max(0, toMilli(l.quantity) - toMilli(l.invoicedQuantity))) }));
  const totals = computeTotals({ lines, globalDiscountBp: input.globalDiscountBp, shippingCents: input.shippingCents, shippingVatRateBp: input.shippingVatRateBp, exempt: input.exempt });
  return Math.max(0, totals.grossCents - input.openDepositsCents);
}

/** Orders that will still be invoiced: validated, not cancelled, delivered or not. */
export const OPEN_ORDER_STATUSES = ['validated', 'partially_delivered', 'delivered'] as const;

/** A client's credit position on the scenario day, read from its invoices, payments and open orders. */
export async function creditPosition(em: EntityManager, clientId: number, today: string): Promise<CreditFigures & { clientId: number }> {
  const client = await em.findOneByOrFail(ThirdParty, { id: clientId });
  const invoices = await em.findBy(Invoice, { clientId, status: 'validated' });
  const balances = await balancesOf(em, invoices, today);
  const orders = await em.findBy(Order, { clientId, status: In([...OPEN_ORDER_STATUSES]) });
  const notInvoiced: number[] = [];
  for (const order of orders) notInvoiced.push(await notInvoicedOf(em, order, invoices));
  const payments = await em.findBy(Payment, { clientId, status: 'recorded' });
  const allocations = payments.length ? await em.findBy(PaymentAllocation, { paymentId: In(payments.map((p) => p.id)) }) : [];
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
async function notInvoicedOf(em: EntityManager, order: Order, invoices: Invoice[]): Promise<number> {
  const lines = await em.find(OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
  const progress = await orderProgress(em, order.id);
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

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
