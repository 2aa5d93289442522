import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainException, DomainExceptionOptions } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { Order } from './order.entity.js';

/** What the candidate sent with "Valider la commande" (e.g. an acknowledged credit-limit overrun). */
export interface OrderValidationInput {
  acknowledgements?: string[];
}

/**
 * A rule run inside the validation transaction, before the order is numbered: throw a
 * DomainException to refuse (409 with figures) — a ValidationRefused when the refusal itself must
 * leave evidence — or record evidence in the journal.
 */
export interface OrderValidationCheck {
  readonly name: string;
  check(em: EntityManager, ctx: SandboxContext, order: Order, input: OrderValidationInput): Promise<void>;
}

/**
 * A check's refusal whose evidence must outlive the validation's rollback: OrdersService.validate
 * runs `recordEvidence` in a second write after the refused transaction, then answers the 409.
 */
export class ValidationRefused extends DomainException {
  constructor(
    code: ErrorCode,
    message: string,
    options: DomainExceptionOptions,
    readonly recordEvidence: (em: EntityManager) => Promise<void>,
  ) {
    super(code, message, options);
  }
}

/**
 * The extension point of order validation. The receivables module registers its credit check here
 * (outstanding vs credit limit, per the delegation rules) without the orders module knowing it.
 */
@Injectable()
export class OrderValidationChecks {
  private readonly checks: OrderValidationCheck[] = [];

  register(check: OrderValidationCheck): void {
    if (!this.checks.some((c) => c.name === check.name)) this.checks.push(check);
  }

  async run(em: EntityManager, ctx: SandboxContext, order: Order, input: OrderValidationInput): Promise<void> {
    for (const check of this.checks) await check.check(em, ctx, order, input);
  }
}
