import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { fold, parseListQuery, type ListResult } from '../common/http/list-query.js';
import { formatCents } from '../common/money/money.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { CancelPaymentPlanDto, PaymentPlanDto } from './dto/payment-plan.dto.js';
import { PAYMENT_PLAN_STATUSES, PaymentPlan, PaymentPlanInstallment } from './payment-plan.entity.js';
import { followPlans } from './plan-follow.js';

type PresentedPlan = Awaited<ReturnType<typeof presentPlans>>[number];

const SORTABLE = ['id', 'agreedOn', 'totalCents', 'clientId', 'status', 'paidCents'] as const;

/**
 * Payment plans (échéanciers) agreed with clients for their open invoices, followed against the
 * payments received; a plan is completed when every installment is paid, and cancelled with a reason.
 */
@Injectable()
export class PaymentPlansService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  /** Few plans per sandbox: filtered and sorted on their followed status, in memory. */
  list(ctx: SandboxContext, query: Record<string, unknown>): Promise<ListResult<PresentedPlan>> {
    const list = parseListQuery(query, ['agreedOn', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const unknown = Object.keys(list.filter).find((k) => !['id', 'clientId', 'status', 'q'].includes(k));
      if (unknown) throw new FieldErrorsException({ [`filter.${unknown}`]: 'app.validation.unknown_filter' });
      if (!(SORTABLE as readonly string[]).includes(list.sort.field)) throw new FieldErrorsException({ sort: 'app.validation.invalid' });
      const { id, clientId, status, q } = list.filter;
      if (status !== undefined && status !== '' && !PAYMENT_PLAN_STATUSES.includes(status as never)) throw new FieldErrorsException({ filter: 'app.validation.choice' });
      if (clientId !== undefined && clientId !== '' && !Number.isInteger(Number(clientId))) throw new FieldErrorsException({ filter: 'app.validation.invalid' });
      const ids = id === undefined ? null : (Array.isArray(id) ? id : [id]).map(Number);
      let rows = await presentPlans(em, await em.find(PaymentPlan, { where: clientId ? { clientId: Number(clientId) } : {} }), ctx.clock.today());
      rows = rows.filter((r) => (!ids || ids.includes(r.id)) && (!status || r.status === status) && (!q || fold(`${r.clientName} ${r.notes ?? ''} ${r.invoiceNumbers.join(' ')}`).includes(fold(String(q)))));
      const field = list.sort.field as (typeof SORTABLE)[number];
      const sign = list.sort.order === 'ASC' ? 1 : -1;
      rows.sort((a, b) => sign * String(a[field]).localeCompare(String(b[field]), 'fr', { numeric: true }) || a.id - b.id);
      const page = rows.slice(list.range.start, list.range.end + 1);
      return { rows: page, total: rows.length, start: list.range.start, end: list.range.start + Math.max(page.length - 1, 0) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await presentPlans(em, [await em.findOneByOrFail(PaymentPlan, { id })], ctx.clock.today()))[0]);
  }

  create(ctx: SandboxContext, dto: PaymentPlanDto) {
    return this.db.write(ctx, async (em) => {
      const today = ctx.clock.today();
      const client = await em.findOneBy(ThirdParty, { id: dto.clientId });
      if (!client?.isClient) throw new FieldErrorsException({ clientId: 'app.validation.not_a_client' });
      const invoices = await em.findBy(Invoice, { id: In(dto.invoiceIds), clientId: client.id, status: 'validated' });
      const balances = await balancesOf(em, invoices, today);
      const open = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0);
      if (open.length !== dto.invoiceIds.length || new Set(dto.invoiceIds).size !== dto.invoiceIds.length) {
        throw new FieldErrorsException({ invoiceIds: 'app.validation.not_an_open_invoice_of_client' });
      }
      const errors: Record<number, Record<string, string>> = {};
      dto.installments.forEach((installment, i) => {
        if (installment.dueDate < today) errors[i] = { dueDate: 'app.validation.date_in_past' };
        else if (i > 0 && installment.dueDate <= dto.installments[i - 1].dueDate) errors[i] = { dueDate: 'app.validation.dates_not_ascending' };
      });
      if (Object.keys(errors).length) throw new FieldErrorsException({ installments: errors } as unknown as Record<string, string>);
      const totalCents = open.reduce((s, i) => s + balances.get(i.id)!.balanceCents, 0);
      if (dto.installments.reduce((s, i) => s + i.amountCents, 0) !== totalCents) throw new FieldErrorsException({ installments: 'app.validation.installments_sum_mismatch' });
      const running = await em.findBy(PaymentPlan, { clientId: client.id, status: 'active' });
      const follows = await followPlans(em, running, today);
      const overlap = running.find((p) => follows.get(p.id)?.status === 'active' && p.invoiceIds.some((id) => dto.invoiceIds.includes(id)));
      if (overlap) throw new DomainException('PAYMENT_PLAN_OVERLAP', undefined, { details: { paymentPlanId: overlap.id } });

      const plan = em.create(PaymentPlan, {
        clientId: client.id, agreedOn: today, invoiceIds: [...dto.invoiceIds], totalCents, status: 'active', notes: dto.notes ?? null, cancelReason: null, createdAt: ctx.clock.nowIso(),
      });
      await em.insert(PaymentPlan, plan);
      await em.insert(PaymentPlanInstallment, dto.installments.map((i) => ({ paymentPlanId: plan.id, dueDate: i.dueDate, amountCents: i.amountCents })));
      const numbers = open.map((i) => i.number).join(', ');
      await this.journal.record(em, ctx, {
        resource: 'payment-plans', recordId: plan.id, action: 'create',
        label: `Échéancier ${client.name} : ${formatCents(totalCents)} en ${dto.installments.length} échéance(s) (${numbers})`,
        after: { ...plan, installments: dto.installments },
      });
      return (await presentPlans(em, [plan], today))[0];
    });
  }

  cancel(ctx: SandboxContext, id: number, dto: CancelPaymentPlanDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(PaymentPlan, { id });
      const follow = (await followPlans(em, [before], ctx.clock.today())).get(id)!;
      if (follow.status !== 'active') throw new DomainException('PAYMENT_PLAN_NOT_ACTIVE');
      const after = em.create(PaymentPlan, { ...before, status: 'cancelled', cancelReason: dto.reason });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'payment-plans', recordId: id, action: 'cancel', label: `Échéancier annulé : ${dto.reason}`, before, after });
      return (await presentPlans(em, [after], ctx.clock.today()))[0];
    });
  }
}

/** Plans with their client, invoices (current balance) and installments followed on `today`. */
export async function presentPlans(em: EntityManager, plans: PaymentPlan[], today: string) {
  const follows = await followPlans(em, plans, today);
  const clients = plans.length ? await em.find(ThirdParty, { where: { id: In([...new Set(plans.map((p) => p.clientId))]) }, select: { id: true, name: true, code: true } }) : [];
  const invoiceIds = [...new Set(plans.flatMap((p) => p.invoiceIds))];
  const invoices = invoiceIds.length ? await em.findBy(Invoice, { id: In(invoiceIds) }) : [];
  const balances = await balancesOf(em, invoices, today);
  return plans.map((plan) => {
    const follow = follows.get(plan.id)!;
    const client = clients.find((c) => c.id === plan.clientId);
    const mine = plan.invoiceIds.map((id) => invoices.find((i) => i.id === id)).filter((i): i is Invoice => !!i);
    const installments = follow.installments.map(({ id, dueDate, amountCents, paidCents, status }) => ({ id, dueDate, amountCents, paidCents, status }));
    return {
      ...plan,
      status: follow.status,
      clientName: client?.name ?? null,
      clientCode: client?.code ?? null,
      invoiceNumbers: mine.map((i) => i.number ?? ''),
      invoices: mine.map((i) => ({ invoiceId: i.id, number: i.number ?? '', dueDate: i.dueDate, balanceCents: balances.get(i.id)?.balanceCents ?? 0 })),
      paidCents: Math.min(follow.receivedCents, plan.totalCents),
      remainingCents: Math.max(0, plan.totalCents - follow.receivedCents),
      onTrack: follow.onTrack,
      installments,
      nextInstallment: installments.find((i) => i.status !== 'paid') ?? null,
    };
  });
}
