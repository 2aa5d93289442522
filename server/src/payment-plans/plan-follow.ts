import { EntityManager, In } from 'typeorm';
import { Payment, PaymentAllocation } from '../payments/payment.entity.js';
import { FollowedInstallment, followInstallments, planStatus } from './installment-status.js';
import { PaymentPlan, PaymentPlanInstallment, PaymentPlanStatus } from './payment-plan.entity.js';

export interface PlanFollow {
  installments: (PaymentPlanInstallment & FollowedInstallment)[];
  receivedCents: number;
  status: PaymentPlanStatus;
  /** Active with no late installment: the client keeps its word, no reminder is due. */
  onTrack: boolean;
}

/**
 * Each plan followed on `today`: what the client paid on the plan's invoices since the plan was
 * agreed (recorded payments dated on or after agreedOn) pays its installments in date order.
 */
export async function followPlans(em: EntityManager, plans: PaymentPlan[], today: string): Promise<Map<number, PlanFollow>> {
  const result = new Map<number, PlanFollow>();
  if (!plans.length) return result;
  const installments = await em.find(PaymentPlanInstallment, { where: { paymentPlanId: In(plans.map((p) => p.id)) }, order: { dueDate: 'ASC', id: 'ASC' } });
  const invoiceIds = [...new Set(plans.flatMap((p) => p.invoiceIds))];
  const earliest = plans.map((p) => p.agreedOn).sort()[0];
  const received = invoiceIds.length
    ? await em
        .createQueryBuilder(PaymentAllocation, 'a')
        .innerJoin(Payment, 'p', "p.id = a.paymentId AND p.status = 'recorded'")
        .select('a.invoiceId', 'invoiceId')
        .addSelect('p.date', 'date')
        .addSelect('a.amountCents', 'amountCents')
        .where({ invoiceId: In(invoiceIds) })
        .andWhere('p.date >= :earliest', { earliest })
        .getRawMany<{ invoiceId: number; date: string; amountCents: number }>()
    : [];
  for (const plan of plans) {
    const receivedCents = received
      .filter((r) => plan.invoiceIds.includes(Number(r.invoiceId)) && r.date >= plan.agreedOn && r.date <= today)
      .reduce((s, r) => s + Number(r.amountCents), 0);
    const followed = followInstallments(installments.filter((i) => i.paymentPlanId === plan.id), receivedCents, today);
    const status = planStatus(plan.status, followed);
    result.set(plan.id, { installments: followed, receivedCents, status, onTrack: status === 'active' && !followed.some((i) => i.status === 'late') });
  }
  return result;
}

/** Active plans of some clients (stored status; completion is computed by followPlans). */
export function activePlans(em: EntityManager, clientIds: number[]): Promise<PaymentPlan[]> {
  return clientIds.length ? em.find(PaymentPlan, { where: { clientId: In(clientIds), status: 'active' }, order: { id: 'ASC' } }) : Promise.resolve([]);
}
