import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { withParties } from '../documents/document-presenter.js';
import { nextNumber } from '../documents/numbering/document-numbering.js';
import { applyTotals, clientFor, defaultDeliveryAddress, resolveLines, vatRegimeOf } from '../documents/priced-lines.js';
import { canTransition } from '../documents/status-transitions.js';
import { Invoice, InvoiceLine } from '../invoices/invoice.entity.js';
import { CreditNote, CreditNoteLine } from '../credit-notes/credit-note.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { Quote, QuoteLine } from '../quotes/quote.entity.js';
import { DOCUMENT_TABLES, removeDraft, writeLines } from '../documents/document-tables.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { OrderDto } from './dto/order.dto.js';
import { orderProgress } from './order-progress.js';
import { OrderValidationChecks, OrderValidationInput, ValidationRefused } from './order-validation-checks.js';
import { Order, OrderLine, ORDER_STATUSES } from './order.entity.js';
import { threeWayControl } from './three-way-control.js';

const LIST: ListSpec<Order> = {
  alias: 'o',
  sortable: { id: 'o.id', number: 'o.number', date: 'o.date', status: 'o.status', grossCents: 'o.grossCents', netCents: 'o.netCents', clientId: 'o.clientId', requestedDeliveryDate: 'o.requestedDeliveryDate' },
  filters: {
    id: filters.ids('o.id'),
    q: filters.text(['o.number', 'o.clientReference', 'o.notes']),
    status: filters.equals('o.status', ORDER_STATUSES),
    clientId: filters.equals('o.clientId'),
    date_gte: filters.gte('o.date'),
    date_lte: filters.lte('o.date'),
    grossCents_gte: filters.gte('o.grossCents'),
    grossCents_lte: filters.lte('o.grossCents'),
  },
};

/** Customer orders: validation numbers them and reserves stock (reserved = ordered − delivered). */
@Injectable()
export class OrdersService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
    private readonly checks: OrderValidationChecks,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Order, 'o'), LIST, list);
      return { ...result, rows: await withParties(em, result.rows) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, (em) => this.detail(em, id));
  }

  create(ctx: SandboxContext, dto: OrderDto) {
    return this.db.write(ctx, async (em) => {
      const now = ctx.clock.nowIso();
      const order = em.create(Order, { status: 'draft', number: null, date: ctx.clock.today(), sourceQuoteId: null, cancelledAt: null, validatedAt: null, createdAt: now });
      const lines = await this.fill(em, ctx, order, dto);
      await em.insert(Order, order);
      await writeLines(em, DOCUMENT_TABLES.orders, order.id, lines);
      await this.journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'create', label: 'Commande brouillon', after: order });
      return this.detail(em, order.id);
    });
  }

  update(ctx: SandboxContext, id: number, dto: OrderDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Order, { id });
      if (before.status !== 'draft') throw new DomainException('DOCUMENT_NOT_DRAFT');
      const order = em.create(Order, { ...before });
      const lines = await this.fill(em, ctx, order, dto);
      await em.save(order);
      await writeLines(em, DOCUMENT_TABLES.orders, id, lines, { replace: true });
      await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'update', label: 'Commande brouillon modifiée', before, after: order });
      return this.detail(em, id);
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, (em) => removeDraft(em, ctx, this.journal, DOCUMENT_TABLES.orders, id));
  }

  /**
   * Runs the registered checks (credit check…), then numbers the order; its lines now reserve stock.
   * A refused check's evidence (journal, check status) is written after the rollback.
   */
  async validate(ctx: SandboxContext, id: number, input: OrderValidationInput = {}) {
    try {
      return await this.validateInTransaction(ctx, id, input);
    } catch (e) {
      if (e instanceof ValidationRefused) await this.db.write(ctx, e.recordEvidence);
      throw e;
    }
  }

  private validateInTransaction(ctx: SandboxContext, id: number, input: OrderValidationInput) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Order, { id });
      if (!canTransition('order', before.status, 'validated')) throw new DomainException('TRANSITION_FORBIDDEN');
      if (!(await em.countBy(OrderLine, { orderId: id }))) throw new DomainException('EMPTY_DOCUMENT');
      const order = em.create(Order, { ...before, status: 'validated', validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      await this.checks.run(em, ctx, order, input);
      order.number = await nextNumber(em, 'order', order.date);
      await em.save(order);
      await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'validate', label: `Commande ${order.number}`, before, after: order });
      return this.detail(em, id);
    });
  }

  cancel(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Order, { id });
      if (await em.countBy(DeliveryNote, { orderId: id, status: 'validated' })) throw new DomainException('ORDER_HAS_DELIVERIES');
      if (!canTransition('order', before.status, 'cancelled')) throw new DomainException('TRANSITION_FORBIDDEN');
      const order = em.create(Order, { ...before, status: 'cancelled', cancelledAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      await em.save(order);
      await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'cancel', label: `Commande ${order.number ?? 'brouillon'} annulée`, before, after: order });
      return this.detail(em, id);
    });
  }

  /** The sale lined up document by document, with every mismatch named (see three-way-control.ts). */
  control(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => {
      const order = await em.findOneByOrFail(Order, { id });
      const orderLines = await em.find(OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
      const quote = order.sourceQuoteId ? await em.findOneBy(Quote, { id: order.sourceQuoteId }) : null;
      const quoteLines = quote ? await em.find(QuoteLine, { where: { quoteId: quote.id }, order: { position: 'ASC' } }) : [];
      const notes = await em.find(DeliveryNote, { where: { orderId: id }, order: { id: 'ASC' } });
      const validatedNoteIds = notes.filter((n) => n.status === 'validated').map((n) => n.id);
      const deliveries = validatedNoteIds.length ? await em.findBy(DeliveryNoteLine, { deliveryNoteId: In(validatedNoteIds) }) : [];
      const invoices = (await em.find(Invoice, { where: { clientId: order.clientId }, order: { id: 'ASC' } })).filter(
        (i) => i.orderId === id || i.deliveryNoteIds.some((n) => notes.some((x) => x.id === n)),
      );
      const validatedInvoices = invoices.filter((i) => i.status === 'validated' && i.type === 'invoice');
      const invoiceLines = validatedInvoices.length
        ? (await em.find(InvoiceLine, { where: { invoiceId: In(validatedInvoices.map((i) => i.id)) }, order: { invoiceId: 'ASC', position: 'ASC' } })).filter((l) => !(l.quantity < 0 && !l.productId))
        : [];
      const creditNotes = invoices.length ? await em.find(CreditNote, { where: { invoiceId: In(invoices.map((i) => i.id)) }, order: { id: 'ASC' } }) : [];
      const validatedCredits = creditNotes.filter((c) => c.status === 'validated');
      const creditLines = validatedCredits.length ? await em.findBy(CreditNoteLine, { creditNoteId: In(validatedCredits.map((c) => c.id)) }) : [];
      const { rows, anomalies } = threeWayControl(
        {
          orderLines,
          quoteLines,
          deliveries: deliveries.map((d) => ({ orderLineId: d.orderLineId, quantity: d.quantity, deliveryNoteId: d.deliveryNoteId })),
          invoiceLines,
          creditLines: creditLines.map((c) => ({ invoiceLineId: c.invoiceLineId, quantity: c.quantity, creditNoteId: c.creditNoteId })),
        },
        { quoteId: quote?.id ?? null, orderId: id },
      );
      const [withNames] = await withParties(em, [order]);
      const brief = <T extends { id: number; number: string | null; status: string; date: string }>(d: T) => ({ id: d.id, number: d.number, status: d.status, date: d.date });
      return {
        orderId: id,
        orderNumber: order.number,
        clientName: withNames.clientName,
        rows,
        anomalies,
        documents: {
          quote: quote ? { ...brief(quote), netCents: quote.netCents } : null,
          order: { ...brief(order), netCents: order.netCents },
          deliveryNotes: notes.map(brief),
          invoices: invoices.map((i) => ({ ...brief(i), type: i.type, netCents: i.netCents, grossCents: i.grossCents })),
          creditNotes: creditNotes.map((c) => ({ ...brief(c), invoiceId: c.invoiceId, netCents: c.netCents })),
        },
        totals: {
          quoteNetCents: quote?.netCents ?? null,
          orderNetCents: order.netCents,
          invoicedNetCents: validatedInvoices.reduce((s, i) => s + i.netCents, 0),
          creditedNetCents: validatedCredits.reduce((s, c) => s + c.netCents, 0),
        },
      };
    });
  }

  private async fill(em: EntityManager, ctx: SandboxContext, order: Order, dto: OrderDto) {
    const company = await em.findOneByOrFail(Company, { id: 1 });
    const client = await clientFor(em, dto.clientId);
    if (dto.contactId && !(await em.countBy(Contact, { id: dto.contactId, thirdPartyId: client.id }))) throw new FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
    const ownAddress = !!dto.deliveryLine1;
    if (ownAddress && (!dto.deliveryPostcode || !dto.deliveryCity)) throw new FieldErrorsException({ [dto.deliveryPostcode ? 'deliveryCity' : 'deliveryPostcode']: 'app.validation.required' });
    const address = ownAddress
      ? { deliveryLine1: dto.deliveryLine1, deliveryLine2: dto.deliveryLine2 ?? null, deliveryPostcode: dto.deliveryPostcode, deliveryCity: dto.deliveryCity, deliveryCountry: dto.deliveryCountry ?? client.billingCountry }
      : defaultDeliveryAddress(client);
    Object.assign(order, {
      ...address,
      clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: vatRegimeOf(client),
      clientReference: dto.clientReference ?? null, requestedDeliveryDate: dto.requestedDeliveryDate ?? null,
      paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? null,
      globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000,
      notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
    });
    return applyTotals(order, await resolveLines(em, dto.lines, company, order.globalDiscountBp));
  }

  private async detail(em: EntityManager, id: number) {
    const order = await em.findOneByOrFail(Order, { id });
    const lines = await em.find(OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
    const progress = await orderProgress(em, id);
    const [withNames] = await withParties(em, [order]);
    const quote = order.sourceQuoteId ? await em.findOne(Quote, { where: { id: order.sourceQuoteId }, select: { id: true, number: true } }) : null;
    const deliveryNotes = await em.find(DeliveryNote, { where: { orderId: id }, select: { id: true, number: true, status: true, date: true }, order: { id: 'ASC' } });
    const invoices = await em.find(Invoice, { where: { orderId: id }, select: { id: true, number: true, status: true, type: true, date: true, grossCents: true }, order: { id: 'ASC' } });
    return {
      ...withNames,
      lines: lines.map((l) => ({ ...l, ...progress.find((p) => p.orderLineId === l.id) })),
      backorder: progress.some((p) => p.delivered > 0) && progress.some((p) => p.remaining > 0),
      quote,
      deliveryNotes,
      invoices,
    };
  }
}
