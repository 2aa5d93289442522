import { EntityManager, In } from 'typeorm';
import { Company } from '../company/company.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { activePlans, followPlans } from '../payment-plans/plan-follow.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { CustomerType, Language, ThirdParty } from '../third-parties/third-party.entity.js';
import { clientFollowUp, invoiceNextStep, NextStep } from './next-step.js';
import { recoveryStepsOf } from './recovery-steps.js';
import { writtenLevels } from './reminder-history.js';
import { Reminder } from './reminder.entity.js';

export interface WorklistInvoice {
  invoiceId: number;
  number: string;
  date: string;
  dueDate: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  daysOverdue: number;
  lastLevel: number;
}

export interface WorklistRow {
  clientId: number;
  clientCode: string;
  clientName: string;
  customerType: CustomerType;
  language: Language;
  totalBalanceCents: number;
  maxDaysOverdue: number;
  lastLevel: number;
  lastReminderDate: string | null;
  nextStep: NextStep | null;
  dueToday: boolean;
  promise: { date: string; amountCents: number | null } | null;
  paymentPlanId: number | null;
  litigationSince: string | null;
  invoices: WorklistInvoice[];
}

/**
 * The recovery worklist on `today`: one row per client with overdue invoices, what the procedure
 * asks next and whether to act today. Clients due today first, then the longest overdue.
 */
export async function reminderWorklist(em: EntityManager, today: string): Promise<WorklistRow[]> {
  const company = await em.findOneByOrFail(Company, { id: 1 });
  const steps = recoveryStepsOf(company);
  const invoices = await em.find(Invoice, { where: { status: 'validated' }, order: { dueDate: 'ASC', id: 'ASC' } });
  const balances = await balancesOf(em, invoices, today);
  const overdue = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0 && (balances.get(i.id)?.daysOverdue ?? 0) > 0);
  if (!overdue.length) return [];

  const clientIds = [...new Set(overdue.map((i) => i.clientId))];
  const clients = await em.findBy(ThirdParty, { id: In(clientIds) });
  const levels = await writtenLevels(em, overdue.map((i) => i.id));
  const reminders = await em.find(Reminder, { where: { clientId: In(clientIds) }, select: { id: true, clientId: true, date: true } });
  const promises = await em.find(Interaction, { where: { thirdPartyId: In(clientIds), kind: 'call', outcome: 'promise_to_pay' }, order: { at: 'DESC', id: 'DESC' } });
  const plans = await activePlans(em, clientIds);
  const follows = await followPlans(em, plans, today);

  const rows = clients.map((client): WorklistRow => {
    const mine = overdue.filter((i) => i.clientId === client.id);
    const lines = mine.map((i) => {
      const b = balances.get(i.id)!;
      const level = levels.get(i.id)!;
      return {
        row: {
          invoiceId: i.id, number: i.number ?? '', date: i.date, dueDate: i.dueDate ?? i.date, grossCents: i.grossCents,
          paidCents: b.paidCents + b.creditedCents, balanceCents: b.balanceCents, daysOverdue: b.daysOverdue, lastLevel: level.lastLevel,
        },
        nextStep: invoiceNextStep(steps, level.lastLevel, b.daysOverdue, company.litigationAfterDays),
        deadline: level.deadline,
      };
    });
    const promise = promises.find((p) => p.thirdPartyId === client.id && p.promisedDate) ?? null;
    const plan = plans.find((p) => p.clientId === client.id && follows.get(p.id)?.status === 'active') ?? null;
    const { nextStep, dueToday } = clientFollowUp({
      today,
      invoices: lines,
      promisedDate: promise?.promisedDate ?? null,
      planOnTrack: !!plan && follows.get(plan.id)!.onTrack,
      litigationSince: client.litigationSince,
    });
    const dates = reminders.filter((r) => r.clientId === client.id).map((r) => r.date).sort();
    return {
      clientId: client.id,
      clientCode: client.code,
      clientName: client.name,
      customerType: client.customerType,
      language: client.language,
      totalBalanceCents: lines.reduce((s, l) => s + l.row.balanceCents, 0),
      maxDaysOverdue: Math.max(...lines.map((l) => l.row.daysOverdue)),
      lastLevel: Math.max(...lines.map((l) => l.row.lastLevel)),
      lastReminderDate: dates.at(-1) ?? null,
      nextStep,
      dueToday,
      promise: promise ? { date: promise.promisedDate!, amountCents: promise.promisedAmountCents } : null,
      paymentPlanId: plan?.id ?? null,
      litigationSince: client.litigationSince,
      invoices: lines.map((l) => l.row),
    };
  });
  return rows.sort((a, b) => Number(b.dueToday) - Number(a.dueToday) || b.maxDaysOverdue - a.maxDaysOverdue || a.clientName.localeCompare(b.clientName, 'fr'));
}
