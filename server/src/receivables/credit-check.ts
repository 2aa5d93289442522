import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JournalService } from '../journal/journal.service.js';
import { OrderValidationCheck, OrderValidationChecks, OrderValidationInput, ValidationRefused } from '../orders/order-validation-checks.js';
import { CreditCheckStatus, Order } from '../orders/order.entity.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { evaluateOrderCredit, OrderCreditEvaluation } from './credit-evaluation.js';
import { checkLabel, refusalMessage } from './credit-verdict.js';

/**
 * "L'encours du client est vérifié avant l'enregistrement d'une nouvelle commande": run at every
 * order validation. Pass or fail, the figures go to the journal and the order keeps the outcome.
 */
@Injectable()
export class CreditCheck implements OrderValidationCheck, OnModuleInit {
  readonly name = 'credit';

  constructor(
    private readonly checks: OrderValidationChecks,
    private readonly journal: JournalService,
  ) {}

  onModuleInit(): void {
    this.checks.register(this);
  }

  async check(em: EntityManager, ctx: SandboxContext, order: Order, input: OrderValidationInput): Promise<void> {
    const evaluation = await evaluateOrderCredit(em, order, ctx.clock.today(), input.acknowledgements ?? []);
    const { verdict, client } = evaluation;
    const checkedAt = ctx.clock.nowIso();
    if (verdict.ok) {
      Object.assign(order, { creditCheckStatus: verdict.status, creditCheckedAt: checkedAt });
      await this.evidence(em, ctx, order.id, evaluation, verdict.status);
      return;
    }
    const details = { ...verdict.figures, actions: verdict.actions };
    throw new ValidationRefused(verdict.code, refusalMessage(verdict, client), { details }, async (tx) => {
      await tx.update(Order, { id: order.id }, { creditCheckStatus: 'blocked', creditCheckedAt: checkedAt });
      await this.evidence(tx, ctx, order.id, evaluation, 'blocked');
    });
  }

  private evidence(em: EntityManager, ctx: SandboxContext, orderId: number, { client, position, verdict, approvals }: OrderCreditEvaluation, status: CreditCheckStatus) {
    const after = {
      creditCheckStatus: status,
      ...(verdict.ok ? {} : { code: verdict.code, actions: verdict.actions }),
      ...verdict.figures,
      invoicesOutstandingCents: position.invoicesOutstandingCents,
      ordersNotInvoicedCents: position.ordersNotInvoicedCents,
      overdueCents: position.overdueCents,
      clientId: client.id,
      litigationSince: client.litigationSince,
      approvalId: approvals.at(-1)?.id ?? null,
    };
    return this.journal.record(em, ctx, { resource: 'orders', recordId: orderId, action: 'credit_check', label: checkLabel(client.name, verdict), after });
  }
}
