import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { withParties } from '../documents/document-presenter.js';
import { addDays } from '../documents/due-date.js';
import { nextNumber } from '../documents/numbering/document-numbering.js';
import { applyTotals, clientFor, copyLines, defaultDeliveryAddress, resolveLines, vatRegimeOf } from '../documents/priced-lines.js';
import { canTransition } from '../documents/status-transitions.js';
import { JournalService } from '../journal/journal.service.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { DOCUMENT_TABLES, removeDraft, writeLines } from '../documents/document-tables.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { QuoteDto } from './dto/quote.dto.js';
import { Quote, QuoteLine, QuoteStatus, QUOTE_STATUSES } from './quote.entity.js';
import { formatCents } from '../common/money/money.js';

/** Quotes are valid 30 days unless the candidate sets another date. */
export const QUOTE_VALIDITY_DAYS = 30;

/** The list spec depends on the scenario day: 'expired' is computed, not stored. */
const listSpec = (today: string): ListSpec<Quote> => ({
  alias: 'q',
  sortable: { id: 'q.id', number: 'q.number', date: 'q.date', validUntil: 'q.validUntil', status: 'q.status', grossCents: 'q.grossCents', netCents: 'q.netCents', clientId: 'q.clientId' },
  filters: {
    id: filters.ids('q.id'),
    q: filters.text(['q.number', 'q.notes']),
    status: (qb, value, p) => {
      if (value === 'expired') qb.andWhere(`q.status IN ('validated','sent') AND q.validUntil < :${p}`, { [p]: today });
      else filters.equals('q.status', QUOTE_STATUSES)(qb, value, p);
    },
    clientId: filters.equals('q.clientId'),
    date_gte: filters.gte('q.date'),
    date_lte: filters.lte('q.date'),
    grossCents_gte: filters.gte('q.grossCents'),
    grossCents_lte: filters.lte('q.grossCents'),
  },
});

/** Quotes: drafts are edited freely; validation numbers them; the client accepts or refuses. */
@Injectable()
export class QuotesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Quote, 'q'), listSpec(ctx.clock.today()), list);
      return { ...result, rows: (await withParties(em, result.rows)).map((q) => present(ctx, q)) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, (em) => this.detail(ctx, em, id));
  }

  create(ctx: SandboxContext, dto: QuoteDto) {
    return this.db.write(ctx, async (em) => {
      const now = ctx.clock.nowIso();
      const quote = em.create(Quote, { status: 'draft', number: null, date: ctx.clock.today(), createdAt: now, validatedAt: null, sentAt: null, decidedAt: null, duplicatedFromId: null });
      const lines = await this.fill(em, ctx, quote, dto);
      await em.insert(Quote, quote);
      await writeLines(em, DOCUMENT_TABLES.quotes, quote.id, lines);
      await this.journal.record(em, ctx, { resource: 'quotes', recordId: quote.id, action: 'create', label: `Devis brouillon (${formatCents(quote.grossCents)} TTC)`, after: quote });
      return this.detail(ctx, em, quote.id);
    });
  }

  update(ctx: SandboxContext, id: number, dto: QuoteDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Quote, { id });
      if (before.status !== 'draft') throw new DomainException('DOCUMENT_NOT_DRAFT');
      const quote = em.create(Quote, { ...before });
      const lines = await this.fill(em, ctx, quote, dto);
      await em.save(quote);
      await writeLines(em, DOCUMENT_TABLES.quotes, id, lines, { replace: true });
      await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: 'update', label: 'Devis brouillon modifié', before, after: quote });
      return this.detail(ctx, em, id);
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, (em) => removeDraft(em, ctx, this.journal, DOCUMENT_TABLES.quotes, id));
  }

  /** Numbers the quote (DEV-2026-0001) in the same transaction. */
  validate(ctx: SandboxContext, id: number) {
    return this.move(ctx, id, 'validated', async (em, quote) => {
      if (!(await em.countBy(QuoteLine, { quoteId: id }))) throw new DomainException('EMPTY_DOCUMENT');
      quote.number = await nextNumber(em, 'quote', quote.date);
      quote.validatedAt = ctx.clock.nowIso();
    });
  }

  /**
   * Sending goes through `deliver` (the outbox), which calls back inside its write transaction to
   * mark a validated quote as sent; a quote already sent can be sent again (a reminder copy).
   */
  async send<T>(ctx: SandboxContext, id: number, deliver: (markSent: (em: EntityManager) => Promise<void>) => Promise<T>): Promise<T> {
    const quote = await this.db.read(ctx, (em) => em.findOneByOrFail(Quote, { id }));
    if (quote.status !== 'validated' && quote.status !== 'sent') throw new DomainException(quote.status === 'draft' ? 'DOCUMENT_DRAFT_NOT_SENDABLE' : 'TRANSITION_FORBIDDEN');
    this.assertNotExpired(ctx, quote);
    return deliver(async (em) => {
      const before = await em.findOneByOrFail(Quote, { id });
      const after = em.create(Quote, { ...before, status: 'sent', sentAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      await em.save(after);
      if (before.status !== 'sent') await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: 'sent', label: `Devis ${after.number}`, before, after });
    });
  }

  accept(ctx: SandboxContext, id: number) {
    return this.move(ctx, id, 'accepted', async (_em, quote) => {
      this.assertNotExpired(ctx, quote);
      quote.decidedAt = ctx.clock.nowIso();
    });
  }

  refuse(ctx: SandboxContext, id: number) {
    return this.move(ctx, id, 'refused', async (_em, quote) => {
      quote.decidedAt = ctx.clock.nowIso();
    });
  }

  /** A new draft with the same client, lines and conditions, dated today. */
  duplicate(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const source = await em.findOneByOrFail(Quote, { id });
      const lines = copyLines(await em.find(QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } }));
      const today = ctx.clock.today();
      const { id: _id, ...rest } = source;
      const copy = em.create(Quote, {
        ...rest, status: 'draft', number: null, date: today, validUntil: addDays(today, daysBetween(source.date, source.validUntil) || QUOTE_VALIDITY_DAYS),
        validatedAt: null, sentAt: null, decidedAt: null, duplicatedFromId: id, createdAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso(),
      });
      applyTotals(copy, lines);
      await em.insert(Quote, copy);
      await writeLines(em, DOCUMENT_TABLES.quotes, copy.id, lines);
      await this.journal.record(em, ctx, { resource: 'quotes', recordId: copy.id, action: 'duplicate', label: `Copie du devis ${source.number ?? `brouillon #${id}`}`, after: copy });
      return this.detail(ctx, em, copy.id);
    });
  }

  /** One click: an accepted quote becomes a draft order with the same lines and conditions. */
  convertToOrder(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const quote = await em.findOneByOrFail(Quote, { id });
      if (quote.status !== 'accepted') throw new DomainException('QUOTE_NOT_ACCEPTED');
      const existing = await em.createQueryBuilder(Order, 'o').where('o.sourceQuoteId = :id AND o.status != :c', { id, c: 'cancelled' }).getCount();
      if (existing) throw new DomainException('QUOTE_ALREADY_CONVERTED');
      const client = await clientFor(em, quote.clientId, { allowProspect: true });
      if (!client.isClient) throw new FieldErrorsException({ clientId: 'app.validation.prospect_not_converted' });
      const now = ctx.clock.nowIso();
      const lines = copyLines(await em.find(QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } }));
      const order = em.create(Order, {
        number: null, status: 'draft', clientId: quote.clientId, contactId: quote.contactId, date: ctx.clock.today(), language: quote.language,
        vatRegime: vatRegimeOf(client), globalDiscountBp: quote.globalDiscountBp, shippingCents: quote.shippingCents, shippingVatRateBp: quote.shippingVatRateBp,
        notes: quote.notes, sourceQuoteId: id, clientReference: null, requestedDeliveryDate: quote.promisedDeliveryDate,
        paymentTerms: quote.paymentTerms, paymentMethod: quote.paymentMethod,
        ...defaultDeliveryAddress(client),
        cancelledAt: null, validatedAt: null, createdAt: now, updatedAt: now,
      });
      applyTotals(order, lines);
      await em.insert(Order, order);
      await writeLines(em, DOCUMENT_TABLES.orders, order.id, lines);
      await this.journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'convert-from-quote', label: `Commande brouillon créée depuis le devis ${quote.number}`, after: order });
      return { id: order.id };
    });
  }

  private async fill(em: EntityManager, ctx: SandboxContext, quote: Quote, dto: QuoteDto) {
    const company = await em.findOneByOrFail(Company, { id: 1 });
    const client = await clientFor(em, dto.clientId, { allowProspect: true });
    if (dto.contactId && !(await em.countBy(Contact, { id: dto.contactId, thirdPartyId: client.id }))) throw new FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
    const validUntil = dto.validUntil ?? addDays(quote.date, QUOTE_VALIDITY_DAYS);
    if (validUntil < quote.date) throw new FieldErrorsException({ validUntil: 'app.validation.before_document_date' });
    Object.assign(quote, {
      clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: vatRegimeOf(client), validUntil,
      paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? null,
      promisedDeliveryDate: dto.promisedDeliveryDate ?? null, globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0,
      shippingVatRateBp: dto.shippingVatRateBp ?? 2000, cgvReference: dto.cgvReference ?? `CGV ${company.name}`, notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
    });
    return applyTotals(quote, await resolveLines(em, dto.lines, company, quote.globalDiscountBp));
  }

  private move(ctx: SandboxContext, id: number, to: QuoteStatus, apply: (em: EntityManager, quote: Quote) => Promise<void>) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Quote, { id });
      if (!canTransition('quote', before.status, to)) throw new DomainException('TRANSITION_FORBIDDEN');
      const quote = em.create(Quote, { ...before, status: to, updatedAt: ctx.clock.nowIso() });
      await apply(em, quote);
      await em.save(quote);
      await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: to === 'validated' ? 'validate' : to, label: `Devis ${quote.number}`, before, after: quote });
      return this.detail(ctx, em, id);
    });
  }

  private assertNotExpired(ctx: SandboxContext, quote: Quote) {
    if (quote.validUntil < ctx.clock.today()) throw new DomainException('QUOTE_EXPIRED');
  }

  private async detail(ctx: SandboxContext, em: EntityManager, id: number) {
    const quote = await em.findOneByOrFail(Quote, { id });
    const lines = await em.find(QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } });
    const orders = await em.find(Order, { where: { sourceQuoteId: id }, select: { id: true, number: true, status: true } });
    const [withNames] = await withParties(em, [quote]);
    return { ...present(ctx, withNames), lines, orders };
  }
}

/** 'expired' is read on the scenario clock: a validated or sent quote past its validity date. */
function present<T extends Quote>(ctx: SandboxContext, quote: T) {
  const expired = (quote.status === 'validated' || quote.status === 'sent') && quote.validUntil < ctx.clock.today();
  return { ...quote, displayStatus: expired ? 'expired' : quote.status };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
