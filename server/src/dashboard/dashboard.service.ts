import { Injectable } from '@nestjs/common';
import { Between, EntityManager, In } from 'typeorm';
import { CreditApproval } from '../credit-approvals/credit-approval.entity.js';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { withParties } from '../documents/document-presenter.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { Order } from '../orders/order.entity.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { reminderWorklist } from '../reminders/worklist.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { dsoDays, periodStart } from './dso.js';

const DSO_PERIOD_DAYS = 90;

/** The receivables widgets of the home page, on the scenario day. */
@Injectable()
export class DashboardService {
  constructor(private readonly db: SandboxDb) {}

  get(ctx: SandboxContext) {
    const today = ctx.clock.today();
    return this.db.read(ctx, async (em) => ({
      ...(await this.receivables(em, today)),
      clientsToChaseToday: await this.toChase(em, today),
      ordersBlockedByCredit: await this.blockedOrders(em),
    }));
  }

  private async receivables(em: EntityManager, today: string) {
    const invoices = await em.findBy(Invoice, { status: 'validated' });
    const balances = [...(await balancesOf(em, invoices, today)).values()];
    const overdue = balances.filter((b) => b.balanceCents > 0 && b.daysOverdue > 0);
    const receivablesCents = balances.reduce((s, b) => s + b.balanceCents, 0);
    // Net sales TTC of the last 90 days: invoices (deposits included, finals deduct them) − credit notes.
    const from = periodStart(today, DSO_PERIOD_DAYS);
    const invoiced = invoices.filter((i) => i.date >= from && i.date <= today).reduce((s, i) => s + i.grossCents, 0);
    const credited = (await em.findBy(CreditNote, { status: 'validated', date: Between(from, today) })).reduce((s, c) => s + c.grossCents, 0);
    return {
      totalOverdueCents: overdue.reduce((s, b) => s + b.balanceCents, 0),
      overdueInvoiceCount: overdue.length,
      receivablesCents,
      dsoDays: dsoDays(receivablesCents, invoiced - credited, DSO_PERIOD_DAYS),
    };
  }

  private async toChase(em: EntityManager, today: string) {
    const rows = (await reminderWorklist(em, today)).filter((r) => r.dueToday && r.nextStep);
    return {
      count: rows.length,
      rows: rows.map((r) => ({
        clientId: r.clientId, clientName: r.clientName, nextLevel: r.nextStep && 'level' in r.nextStep ? r.nextStep.level : null,
        kind: r.nextStep!.kind, label: r.nextStep!.label, totalBalanceCents: r.totalBalanceCents, maxDaysOverdue: r.maxDaysOverdue,
      })),
    };
  }

  /** Draft orders whose last validation was refused by the credit check, with the last approval request's status. */
  private async blockedOrders(em: EntityManager) {
    const orders = await em.find(Order, { where: { status: 'draft', creditCheckStatus: 'blocked' }, order: { creditCheckedAt: 'DESC', id: 'DESC' } });
    const approvals = orders.length ? await em.find(CreditApproval, { where: { orderId: In(orders.map((o) => o.id)) }, order: { id: 'ASC' } }) : [];
    const named = await withParties(em, orders);
    return {
      count: orders.length,
      rows: named.map((o) => ({
        orderId: o.id, clientId: o.clientId, clientName: o.clientName, date: o.date, grossCents: o.grossCents, creditCheckStatus: o.creditCheckStatus, creditCheckedAt: o.creditCheckedAt,
        approvalStatus: approvals.filter((a) => a.orderId === o.id).at(-1)?.status ?? null,
      })),
    };
  }
}
