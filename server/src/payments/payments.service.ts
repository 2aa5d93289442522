import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { withParties } from '../documents/document-presenter.js';
import { clientFor } from '../documents/priced-lines.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { allocateOldestFirst } from '../receivables/invoice-balance.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { PAYMENT_METHODS } from '../third-parties/third-party.entity.js';
import { CancelPaymentDto, PaymentDto } from './dto/payment.dto.js';
import { Payment, PaymentAllocation } from './payment.entity.js';
import { formatCents } from '../common/money/money.js';

const LIST: ListSpec<Payment> = {
  alias: 'p',
  sortable: { id: 'p.id', date: 'p.date', amountCents: 'p.amountCents', method: 'p.method', clientId: 'p.clientId', status: 'p.status' },
  filters: {
    id: filters.ids('p.id'),
    q: filters.text(['p.reference', 'p.notes']),
    clientId: filters.equals('p.clientId'),
    method: filters.equals('p.method', PAYMENT_METHODS),
    status: filters.equals('p.status', ['recorded', 'cancelled']),
    date_gte: filters.gte('p.date'),
    date_lte: filters.lte('p.date'),
  },
};

/** Payments received, allocated to invoices; cancelling one needs a reason and is journaled. */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Payment, 'p'), LIST, list);
      return { ...result, rows: await this.present(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(Payment, { id })]))[0]);
  }

  create(ctx: SandboxContext, dto: PaymentDto) {
    return this.db.write(ctx, async (em) => {
      const client = await clientFor(em, dto.clientId);
      const today = ctx.clock.today();
      const date = dto.date ?? today;
      if (date > today) throw new FieldErrorsException({ date: 'app.validation.date_in_future' });
      const invoices = await em.findBy(Invoice, { clientId: client.id, status: 'validated' });
      const balances = await balancesOf(em, invoices, today);
      let allocations = dto.allocations ?? null;
      if (!allocations) {
        allocations = allocateOldestFirst(dto.amountCents, invoices.map((i) => ({ id: i.id, date: i.date, dueDate: i.dueDate, balanceCents: balances.get(i.id)?.balanceCents ?? 0 }))).allocations;
      }
      const errors: Record<number, Record<string, string>> = {};
      allocations.forEach((a, i) => {
        const balance = balances.get(a.invoiceId);
        if (!balance) errors[i] = { invoiceId: 'app.validation.not_an_open_invoice_of_client' };
        else if (a.amountCents > balance.balanceCents) errors[i] = { amountCents: 'app.validation.more_than_balance' };
      });
      if (new Set(allocations.map((a) => a.invoiceId)).size !== allocations.length) throw new FieldErrorsException({ allocations: 'app.validation.duplicate' });
      if (Object.keys(errors).length) throw new FieldErrorsException({ allocations: errors } as unknown as Record<string, string>);
      if (allocations.reduce((s, a) => s + a.amountCents, 0) > dto.amountCents) throw new FieldErrorsException({ amountCents: 'app.validation.less_than_allocated' });
      const payment = em.create(Payment, {
        clientId: client.id, date, amountCents: dto.amountCents, method: dto.method, reference: dto.reference ?? null, notes: dto.notes ?? null,
        status: 'recorded', cancelReason: null, cancelledAt: null, createdAt: ctx.clock.nowIso(),
      });
      await em.insert(Payment, payment);
      if (allocations.length) await em.insert(PaymentAllocation, allocations.map((a) => ({ ...a, paymentId: payment.id })));
      const numbers = invoices.filter((i) => allocations!.some((a) => a.invoiceId === i.id)).map((i) => i.number).join(', ');
      await this.journal.record(em, ctx, { resource: 'payments', recordId: payment.id, action: 'create', label: `Règlement ${client.name} ${formatCents(dto.amountCents)} (${numbers || 'non affecté'})`, after: payment });
      return (await this.present(em, [payment]))[0];
    });
  }

  cancel(ctx: SandboxContext, id: number, dto: CancelPaymentDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Payment, { id });
      if (before.status === 'cancelled') throw new DomainException('TRANSITION_FORBIDDEN');
      const after = em.create(Payment, { ...before, status: 'cancelled', cancelReason: dto.reason, cancelledAt: ctx.clock.nowIso() });
      await em.save(after);
      await this.journal.record(em, ctx, { resource: 'payments', recordId: id, action: 'cancel', label: `Règlement annulé : ${dto.reason}`, before, after });
      return (await this.present(em, [after]))[0];
    });
  }

  private async present(em: EntityManager, rows: Payment[]) {
    const allocations = rows.length ? await em.findBy(PaymentAllocation, { paymentId: In(rows.map((r) => r.id)) }) : [];
    const invoices = allocations.length ? await em.find(Invoice, { where: { id: In(allocations.map((a) => a.invoiceId)) }, select: { id: true, number: true } }) : [];
    const named = await withParties(em, rows.map((r) => ({ ...r, contactId: null })));
    return named.map(({ contactId: _c, contactName: _n, ...p }) => {
      const mine = allocations.filter((a) => a.paymentId === p.id).map((a) => ({ invoiceId: a.invoiceId, invoiceNumber: invoices.find((i) => i.id === a.invoiceId)?.number ?? null, amountCents: a.amountCents }));
      const allocated = mine.reduce((s, a) => s + a.amountCents, 0);
      return { ...p, allocations: mine, unallocatedCents: p.amountCents - allocated };
    });
  }
}
