import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { Company } from '../company/company.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { CreditNote } from '../credit-notes/credit-note.entity.js';
import { DeliveryNote, DeliveryNoteLine } from '../delivery-notes/delivery-note.entity.js';
import { withParties } from '../documents/document-presenter.js';
import { dueDate, PaymentTerms } from '../documents/due-date.js';
import { nextNumber } from '../documents/numbering/document-numbering.js';
import { applyTotals, clientFor, LineValues, resolveLines, vatRegimeOf } from '../documents/priced-lines.js';
import { canTransition } from '../documents/status-transitions.js';
import { JournalService } from '../journal/journal.service.js';
import { orderProgress } from '../orders/order-progress.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { DOCUMENT_TABLES, removeDraft, writeLines } from '../documents/document-tables.js';
import { balancesOf } from '../receivables/open-invoices.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { DepositInvoiceDto, InvoiceDto, InvoiceFromDeliveryNotesDto, InvoiceFromOrderDto } from './dto/invoice.dto.js';
import { Invoice, InvoiceLine, INVOICE_STATUSES, INVOICE_TYPES } from './invoice.entity.js';
import { formatCents } from '../common/money/money.js';

type NewLine = LineValues & { orderLineId: number | null; deliveryNoteLineId: number | null };

const LIST: ListSpec<Invoice> = {
  alias: 'i',
  sortable: { id: 'i.id', number: 'i.number', date: 'i.date', dueDate: 'i.dueDate', status: 'i.status', type: 'i.type', grossCents: 'i.grossCents', netCents: 'i.netCents', clientId: 'i.clientId' },
  filters: {
    id: filters.ids('i.id'),
    q: filters.text(['i.number', 'i.clientReference', 'i.notes']),
    status: filters.equals('i.status', INVOICE_STATUSES),
    type: filters.equals('i.type', INVOICE_TYPES),
    clientId: filters.equals('i.clientId'),
    orderId: filters.equals('i.orderId'),
    date_gte: filters.gte('i.date'),
    date_lte: filters.lte('i.date'),
    grossCents_gte: filters.gte('i.grossCents'),
    grossCents_lte: filters.lte('i.grossCents'),
  },
};

/**
 * Invoices and deposit invoices. Drafts come from delivery notes, an order, a deposit request or are
 * typed by hand; validation assigns the FA number and due date and freezes the invoice forever.
 */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(Invoice, 'i'), LIST, list);
      const balances = await balancesOf(em, result.rows, ctx.clock.today());
      return { ...result, rows: await withParties(em, result.rows.map(({ partiesSnapshot: _p, ...i }) => ({ ...i, ...balances.get(i.id) }))) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, async (em) => {
      const detail = await this.detail(em, id);
      const balances = await balancesOf(em, [await em.findOneByOrFail(Invoice, { id })], ctx.clock.today());
      return { ...detail, ...balances.get(id) };
    });
  }

  /** A hand-typed draft (services, corrections…): lines priced like a quote's. */
  create(ctx: SandboxContext, dto: InvoiceDto) {
    return this.db.write(ctx, async (em) => {
      const client = await clientFor(em, dto.clientId);
      const invoice = this.draft(em, ctx, client, { type: 'invoice', orderId: null });
      const lines = await this.fill(em, ctx, invoice, dto);
      return this.insert(em, ctx, invoice, lines, 'Facture brouillon saisie');
    });
  }

  update(ctx: SandboxContext, id: number, dto: InvoiceDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Invoice, { id });
      if (before.status !== 'draft') throw new DomainException('INVOICE_FROZEN');
      if (dto.clientId !== before.clientId && (before.orderId || before.deliveryNoteIds.length)) throw new FieldErrorsException({ clientId: 'app.validation.read_only' });
      const invoice = em.create(Invoice, { ...before });
      const lines = await this.fill(em, ctx, invoice, dto);
      await em.save(invoice);
      await writeLines(em, DOCUMENT_TABLES.invoices, id, lines, { replace: true });
      await this.journal.record(em, ctx, { resource: 'invoices', recordId: id, action: 'update', label: 'Facture brouillon modifiée', before, after: invoice });
      return this.detail(em, id);
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, (em) => removeDraft(em, ctx, this.journal, DOCUMENT_TABLES.invoices, id));
  }

  /** Invoice what was delivered: one or several validated delivery notes of one client, not invoiced yet. */
  fromDeliveryNotes(ctx: SandboxContext, dto: InvoiceFromDeliveryNotesDto) {
    return this.db.write(ctx, async (em) => {
      const ids = [...new Set(dto.deliveryNoteIds)];
      const notes = await em.findBy(DeliveryNote, { id: In(ids) });
      const invoiced = await this.invoicedDeliveryNoteIds(em);
      if (notes.length !== ids.length || notes.some((n) => n.status !== 'validated' || invoiced.has(n.id)) || new Set(notes.map((n) => n.clientId)).size !== 1) {
        throw new DomainException('DELIVERY_NOTE_NOT_INVOICEABLE');
      }
      const client = await clientFor(em, notes[0].clientId);
      const orderIds = [...new Set(notes.map((n) => n.orderId))];
      const orders = await em.findBy(Order, { id: In(orderIds) });
      const orderLines = await em.findBy(OrderLine, { orderId: In(orderIds) });
      const noteLines = await em.find(DeliveryNoteLine, { where: { deliveryNoteId: In(ids) }, order: { deliveryNoteId: 'ASC', position: 'ASC' } });
      const lines: NewLine[] = noteLines.map((dl, i) => {
        const ol = orderLines.find((l) => l.id === dl.orderLineId)!;
        return { ...priced(ol, dl.quantity, i), orderLineId: ol.id, deliveryNoteLineId: dl.id };
      });
      const first = orders[0];
      const invoice = this.draft(em, ctx, client, { type: 'invoice', orderId: orders.length === 1 ? first.id : null });
      Object.assign(invoice, {
        deliveryNoteIds: ids, clientReference: [...new Set(orders.map((o) => o.clientReference).filter(Boolean))].join(', ') || null,
        paymentTerms: first.paymentTerms ?? invoice.paymentTerms, paymentMethod: first.paymentMethod ?? invoice.paymentMethod,
        contactId: first.contactId, globalDiscountBp: first.globalDiscountBp,
        deliveryDate: notes.map((n) => n.date).sort().at(-1) ?? null,
      });
      if (orders.length === 1) {
        const alreadyCharged = await em.countBy(Invoice, { orderId: first.id, type: 'invoice' });
        if (!alreadyCharged) Object.assign(invoice, { shippingCents: first.shippingCents, shippingVatRateBp: first.shippingVatRateBp });
        lines.push(...(await this.depositDeductions(em, invoice, first.id, lines.length)));
      }
      const numbers = notes.map((n) => n.number).join(', ');
      return this.insert(em, ctx, invoice, lines, `Facture brouillon des livraisons ${numbers}`);
    });
  }

  /** Invoice an order's remaining quantities (ordered − already invoiced), deducting its deposits. */
  fromOrder(ctx: SandboxContext, dto: InvoiceFromOrderDto) {
    return this.db.write(ctx, async (em) => {
      const order = await em.findOneBy(Order, { id: dto.orderId });
      if (!order) throw new FieldErrorsException({ orderId: 'app.validation.not_found' });
      if (!['validated', 'partially_delivered', 'delivered'].includes(order.status)) throw new DomainException('ORDER_NOT_VALIDATED');
      const client = await clientFor(em, order.clientId);
      const orderLines = await em.find(OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
      const progress = await orderProgress(em, order.id);
      const lines: NewLine[] = [];
      for (const ol of orderLines) {
        const p = progress.find((x) => x.orderLineId === ol.id)!;
        const left = fromMilli(toMilli(p.ordered) - toMilli(p.invoiced));
        if (left > 0) lines.push({ ...priced(ol, left, lines.length), orderLineId: ol.id, deliveryNoteLineId: null });
      }
      if (!lines.length) throw new DomainException('NOTHING_TO_INVOICE');
      const invoice = this.draft(em, ctx, client, { type: 'invoice', orderId: order.id });
      const alreadyCharged = await em.countBy(Invoice, { orderId: order.id, type: 'invoice' });
      Object.assign(invoice, {
        clientReference: order.clientReference, paymentTerms: order.paymentTerms ?? invoice.paymentTerms, paymentMethod: order.paymentMethod ?? invoice.paymentMethod,
        contactId: order.contactId, globalDiscountBp: order.globalDiscountBp,
        shippingCents: alreadyCharged ? 0 : order.shippingCents, shippingVatRateBp: order.shippingVatRateBp,
      });
      lines.push(...(await this.depositDeductions(em, invoice, order.id, lines.length)));
      return this.insert(em, ctx, invoice, lines, `Facture brouillon de la commande ${order.number}`);
    });
  }

  /** A deposit invoice (FA series, type 386): a share of the order's base, per VAT rate. */
  deposit(ctx: SandboxContext, dto: DepositInvoiceDto) {
    return this.db.write(ctx, async (em) => {
      if (!dto.percentBp === !dto.amountCents) throw new FieldErrorsException({ percentBp: 'app.validation.percent_or_amount' });
      const order = await em.findOneBy(Order, { id: dto.orderId });
      if (!order) throw new FieldErrorsException({ orderId: 'app.validation.not_found' });
      if (!['validated', 'partially_delivered', 'delivered'].includes(order.status)) throw new DomainException('ORDER_NOT_VALIDATED');
      const client = await clientFor(em, order.clientId);
      // The share of the order, as a fraction num/den: a percentage, or an amount TTC over the order's TTC.
      const [num, den] = dto.percentBp ? [dto.percentBp, 10_000] : [dto.amountCents!, order.grossCents];
      const existing = await em.findBy(Invoice, { orderId: order.id, type: 'deposit' });
      const alreadyCents = existing.reduce((s, d) => s + d.netCents, 0);
      const label = dto.percentBp ? `Acompte de ${dto.percentBp / 100} % sur la commande ${order.number}` : `Acompte sur la commande ${order.number}`;
      const lines: NewLine[] = order.vatBreakdown.map((rate, i) => ({
        position: i + 1, productId: null, reference: null, label: order.vatBreakdown.length > 1 ? `${label} (part à ${rate.rateBp / 100} %)` : label,
        unit: 'forfait', quantity: 1, unitPriceCents: Number((BigInt(rate.baseCents) * BigInt(num) * 2n + BigInt(den)) / (2n * BigInt(den))),
        discountBp: 0, vatRateBp: rate.rateBp, netCents: 0, orderLineId: null, deliveryNoteLineId: null,
      }));
      const newCents = lines.reduce((s, l) => s + l.unitPriceCents, 0);
      if (newCents <= 0) throw new FieldErrorsException({ [dto.percentBp ? 'percentBp' : 'amountCents']: 'app.validation.positive' });
      if (alreadyCents + newCents > order.netCents) throw new DomainException('DEPOSIT_TOO_LARGE', undefined, { field: dto.percentBp ? 'percentBp' : 'amountCents' });
      const invoice = this.draft(em, ctx, client, { type: 'deposit', orderId: order.id });
      Object.assign(invoice, { depositBp: dto.percentBp ?? null, clientReference: order.clientReference, contactId: order.contactId, paymentTerms: 'on_receipt', paymentMethod: order.paymentMethod ?? invoice.paymentMethod });
      return this.insert(em, ctx, invoice, lines, label);
    });
  }

  /** Numbers the invoice (FA-2026-0001), sets its due date and freezes who it was issued to. */
  validate(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(Invoice, { id });
      if (!canTransition('invoice', before.status, 'validated')) throw new DomainException('INVOICE_FROZEN');
      if (!(await em.countBy(InvoiceLine, { invoiceId: id }))) throw new DomainException('EMPTY_DOCUMENT');
      const client = await em.findOneByOrFail(ThirdParty, { id: before.clientId });
      const company = await em.findOneByOrFail(Company, { id: 1 });
      const today = ctx.clock.today();
      const invoice = em.create(Invoice, { ...before, status: 'validated', date: today, validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      invoice.dueDate = dueDate(today, invoice.paymentTerms as PaymentTerms);
      if (invoice.deliveryDate === today) invoice.deliveryDate = null;
      invoice.partiesSnapshot = JSON.stringify({ seller: company, buyer: client });
      invoice.number = await nextNumber(em, 'invoice', today);
      await em.save(invoice);
      await this.journal.record(em, ctx, { resource: 'invoices', recordId: id, action: 'validate', label: `${invoice.type === 'deposit' ? "Facture d'acompte" : 'Facture'} ${invoice.number} (${formatCents(invoice.grossCents)} TTC)`, before, after: invoice });
      return this.detail(em, id);
    });
  }

  private draft(em: EntityManager, ctx: SandboxContext, client: ThirdParty, init: { type: Invoice['type']; orderId: number | null }): Invoice {
    const now = ctx.clock.nowIso();
    return em.create(Invoice, {
      ...init, number: null, status: 'draft', clientId: client.id, contactId: null, date: ctx.clock.today(), language: client.language, vatRegime: vatRegimeOf(client),
      globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000, notes: null, deliveryNoteIds: [], depositInvoiceIds: [], depositBp: null,
      clientReference: null, paymentTerms: client.paymentTerms ?? 'net_30', paymentMethod: client.paymentMethod ?? 'transfer', dueDate: null, deliveryDate: null,
      partiesSnapshot: null, validatedAt: null, createdAt: now, updatedAt: now,
    });
  }

  private async insert(em: EntityManager, ctx: SandboxContext, invoice: Invoice, lines: NewLine[], label: string) {
    applyTotals(invoice, lines);
    await em.insert(Invoice, invoice);
    await writeLines(em, DOCUMENT_TABLES.invoices, invoice.id, lines);
    await this.journal.record(em, ctx, { resource: 'invoices', recordId: invoice.id, action: 'create', label, after: invoice });
    return this.detail(em, invoice.id);
  }

  private async fill(em: EntityManager, ctx: SandboxContext, invoice: Invoice, dto: InvoiceDto): Promise<NewLine[]> {
    const company = await em.findOneByOrFail(Company, { id: 1 });
    const client = await clientFor(em, dto.clientId);
    if (dto.contactId && !(await em.countBy(Contact, { id: dto.contactId, thirdPartyId: client.id }))) throw new FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
    const allowedOrderLines = invoice.orderId ? (await em.findBy(OrderLine, { orderId: invoice.orderId })).map((l) => l.id) : [];
    dto.lines.forEach((l, i) => {
      if (l.orderLineId && !allowedOrderLines.includes(l.orderLineId)) throw new FieldErrorsException({ lines: { [i]: { orderLineId: 'app.validation.not_found' } } } as unknown as Record<string, string>);
    });
    Object.assign(invoice, {
      clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: vatRegimeOf(client), clientReference: dto.clientReference ?? null,
      paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? 'transfer',
      globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000,
      notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
    });
    const zero = dto.lines.findIndex((l) => l.quantity === 0);
    if (zero >= 0) throw new FieldErrorsException({ lines: { [zero]: { quantity: 'app.validation.not_zero' } } } as unknown as Record<string, string>);
    const lines = await resolveLines(em, dto.lines, company, invoice.globalDiscountBp);
    // An edited draft keeps the link of each order line to the delivery-note line it was invoiced from.
    const previous = invoice.id ? await em.findBy(InvoiceLine, { invoiceId: invoice.id }) : [];
    return applyTotals(invoice, lines.map((l, i) => {
      const orderLineId = dto.lines[i].orderLineId ?? null;
      return { ...l, orderLineId, deliveryNoteLineId: orderLineId ? previous.find((p) => p.orderLineId === orderLineId)?.deliveryNoteLineId ?? null : null };
    }));
  }

  /** Negative lines for the order's validated deposit invoices that no other invoice deducts yet. */
  private async depositDeductions(em: EntityManager, invoice: Invoice, orderId: number, offset: number): Promise<NewLine[]> {
    const deposits = await em.find(Invoice, { where: { orderId, type: 'deposit', status: 'validated' }, order: { id: 'ASC' } });
    const taken = new Set((await em.findBy(Invoice, { orderId, type: 'invoice' })).flatMap((i) => i.depositInvoiceIds));
    const open = deposits.filter((d) => !taken.has(d.id));
    invoice.depositInvoiceIds = open.map((d) => d.id);
    const depositLines = open.length ? await em.find(InvoiceLine, { where: { invoiceId: In(open.map((d) => d.id)) }, order: { invoiceId: 'ASC', position: 'ASC' } }) : [];
    return depositLines.map((l, i) => {
      const d = open.find((x) => x.id === l.invoiceId)!;
      return {
        position: offset + i + 1, productId: null, reference: null, label: `Déduction de l'acompte ${d.number} du ${frDate(d.date)}`, unit: 'forfait',
        quantity: -1, unitPriceCents: l.netCents, discountBp: 0, vatRateBp: l.vatRateBp, netCents: 0, orderLineId: null, deliveryNoteLineId: null,
      };
    });
  }

  private async invoicedDeliveryNoteIds(em: EntityManager): Promise<Set<number>> {
    const invoices = await em.find(Invoice, { select: { id: true, deliveryNoteIds: true } });
    return new Set(invoices.flatMap((i) => i.deliveryNoteIds));
  }

  private async detail(em: EntityManager, id: number) {
    const invoice = await em.findOneByOrFail(Invoice, { id });
    const lines = await em.find(InvoiceLine, { where: { invoiceId: id }, order: { position: 'ASC' } });
    const [withNames] = await withParties(em, [invoice]);
    const order = invoice.orderId ? await em.findOne(Order, { where: { id: invoice.orderId }, select: { id: true, number: true } }) : null;
    const deliveryNotes = invoice.deliveryNoteIds.length ? await em.find(DeliveryNote, { where: { id: In(invoice.deliveryNoteIds) }, select: { id: true, number: true, date: true } }) : [];
    const deposits = invoice.depositInvoiceIds.length ? await em.find(Invoice, { where: { id: In(invoice.depositInvoiceIds) }, select: { id: true, number: true, date: true, netCents: true, vatCents: true, grossCents: true } }) : [];
    const creditNotes = await em.find(CreditNote, { where: { invoiceId: id }, select: { id: true, number: true, status: true, grossCents: true, date: true } });
    const { partiesSnapshot: _p, ...rest } = withNames;
    return { ...rest, lines, order, deliveryNotes, deposits, creditNotes };
  }
}

/** A line of an order, priced as ordered, for `quantity`. */
function priced(ol: OrderLine, quantity: number, index: number): LineValues {
  return { position: index + 1, productId: ol.productId, reference: ol.reference, label: ol.label, unit: ol.unit, quantity, unitPriceCents: ol.unitPriceCents, discountBp: ol.discountBp, vatRateBp: ol.vatRateBp, netCents: 0 };
}

function frDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
