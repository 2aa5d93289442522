import { EntityManager } from 'typeorm';
import { Company } from '../company/company.entity.js';
import { CreditApproval } from '../credit-approvals/credit-approval.entity.js';
import { Order } from '../orders/order.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { creditPosition } from './credit-position.js';
import { CREDIT_OVERRUN_ACKNOWLEDGEMENT, creditVerdict } from './credit-verdict.js';

/** Everything the credit check of one order looks at, and its verdict, on the scenario day. */
export async function evaluateOrderCredit(em: EntityManager, order: Order, today: string, acknowledgements: string[] = []) {
  const client = await em.findOneByOrFail(ThirdParty, { id: order.clientId });
  const company = await em.findOneByOrFail(Company, { id: 1 });
  const position = await creditPosition(em, client.id, today);
  const approvals = await em.find(CreditApproval, { where: { orderId: order.id }, order: { id: 'ASC' } });
  const verdict = creditVerdict({
    creditLimitCents: client.creditLimitCents,
    outstandingCents: position.outstandingCents,
    orderGrossCents: order.grossCents,
    riskStatus: client.riskStatus,
    litigationSince: client.litigationSince,
    policy: company.creditOverrunPolicy,
    acknowledged: acknowledgements.includes(CREDIT_OVERRUN_ACKNOWLEDGEMENT),
    approvals,
  });
  return { client, company, position, approvals, verdict };
}

export type OrderCreditEvaluation = Awaited<ReturnType<typeof evaluateOrderCredit>>;
