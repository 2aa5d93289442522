import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainException, FieldErrorsException } from '../common/errors/domain.exception.js';
import { filters, ListSpec, parseListQuery, runList } from '../common/http/list-query.js';
import { fromMilli, toMilli } from '../common/quantity.js';
import { withParties } from '../documents/document-presenter.js';
import { nextNumber } from '../documents/numbering/document-numbering.js';
import { canTransition } from '../documents/status-transitions.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { JournalService } from '../journal/journal.service.js';
import { orderProgress } from '../orders/order-progress.js';
import { Order, OrderLine } from '../orders/order.entity.js';
import { Product } from '../products/product.entity.js';
import { DOCUMENT_TABLES, removeDraft, writeLines } from '../documents/document-tables.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { SandboxDb } from '../sandbox/sandbox-db.service.js';
import { onHandOf } from '../stock-movements/stock-levels.js';
import { StockMovement } from '../stock-movements/stock-movement.entity.js';
import { ThirdParty } from '../third-parties/third-party.entity.js';
import { DeliveryNote, DeliveryNoteLine, DELIVERY_NOTE_STATUSES } from './delivery-note.entity.js';
import { DeliveryNoteDto } from './dto/delivery-note.dto.js';

/** SQL: the delivery note `d` appears in an invoice (draft or validated). */
const INVOICED_SQL = 'EXISTS (SELECT 1 FROM invoice i, json_each(i.deliveryNoteIds) j WHERE j.value = d.id)';

const LIST: ListSpec<DeliveryNote> = {
  alias: 'd',
  sortable: { id: 'd.id', number: 'd.number', date: 'd.date', status: 'd.status', clientId: 'd.clientId', orderId: 'd.orderId' },
  filters: {
    id: filters.ids('d.id'),
    q: filters.text(['d.number', 'd.trackingNumber', 'd.carrier']),
    status: filters.equals('d.status', DELIVERY_NOTE_STATUSES),
    clientId: filters.equals('d.clientId'),
    orderId: filters.equals('d.orderId'),
    invoiced: (qb, value) => {
      qb.andWhere(value === true || value === 'true' ? INVOICED_SQL : `NOT ${INVOICED_SQL}`);
    },
    date_gte: filters.gte('d.date'),
    date_lte: filters.lte('d.date'),
  },
};

const OPEN_ORDER = ['validated', 'partially_delivered'];

/** Delivery notes: validation checks the backorder and the stock, then writes the stock-out movements. */
@Injectable()
export class DeliveryNotesService {
  constructor(
    private readonly db: SandboxDb,
    private readonly journal: JournalService,
  ) {}

  list(ctx: SandboxContext, query: Record<string, unknown>) {
    const list = parseListQuery(query, ['date', 'DESC']);
    return this.db.read(ctx, async (em) => {
      const result = await runList(em.createQueryBuilder(DeliveryNote, 'd'), LIST, list);
      const orders = result.rows.length ? await em.find(Order, { where: { id: In(result.rows.map((r) => r.orderId)) }, select: { id: true, number: true } }) : [];
      const invoiced = new Set(
        result.rows.length
          ? (await em.query(`SELECT DISTINCT j.value AS id FROM invoice i, json_each(i.deliveryNoteIds) j WHERE j.value IN (${result.rows.map(() => '?').join(',')})`, result.rows.map((r) => r.id))).map((r: { id: number }) => r.id)
          : [],
      );
      return { ...result, rows: (await withParties(em, result.rows)).map((d) => ({ ...d, orderNumber: orders.find((o) => o.id === d.orderId)?.number ?? null, invoiced: invoiced.has(d.id) })) };
    });
  }

  get(ctx: SandboxContext, id: number) {
    return this.db.read(ctx, (em) => this.detail(em, id));
  }

  create(ctx: SandboxContext, dto: DeliveryNoteDto) {
    return this.db.write(ctx, async (em) => {
      const order = await em.findOneBy(Order, { id: dto.orderId });
      if (!order) throw new FieldErrorsException({ orderId: 'app.validation.not_found' });
      if (!OPEN_ORDER.includes(order.status)) throw new DomainException('ORDER_NOT_VALIDATED');
      const lines = await this.linesFor(em, order, dto);
      if (!lines.length) throw new DomainException('NOTHING_TO_DELIVER');
      const now = ctx.clock.nowIso();
      const note = em.create(DeliveryNote, {
        number: null, status: 'draft', orderId: order.id, clientId: order.clientId, date: ctx.clock.today(),
        deliveryLine1: order.deliveryLine1 ?? '', deliveryLine2: order.deliveryLine2, deliveryPostcode: order.deliveryPostcode ?? '',
        deliveryCity: order.deliveryCity ?? '', deliveryCountry: order.deliveryCountry ?? 'FR', validatedAt: null, createdAt: now, ...header(dto), updatedAt: now,
      });
      await em.insert(DeliveryNote, note);
      await writeLines(em, DOCUMENT_TABLES['delivery-notes'], note.id, lines);
      await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: note.id, action: 'create', label: `BL brouillon pour la commande ${order.number}`, after: note });
      return this.detail(em, note.id);
    });
  }

  update(ctx: SandboxContext, id: number, dto: DeliveryNoteDto) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(DeliveryNote, { id });
      if (before.status !== 'draft') throw new DomainException('DOCUMENT_NOT_DRAFT');
      if (dto.orderId !== before.orderId) throw new FieldErrorsException({ orderId: 'app.validation.read_only' });
      const order = await em.findOneByOrFail(Order, { id: before.orderId });
      const note = em.create(DeliveryNote, { ...before, ...header(dto), updatedAt: ctx.clock.nowIso() });
      await em.save(note);
      if (dto.lines) {
        const lines = await this.linesFor(em, order, dto);
        await writeLines(em, DOCUMENT_TABLES['delivery-notes'], id, lines, { replace: true });
      }
      await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: id, action: 'update', label: 'BL brouillon modifié', before, after: note });
      return this.detail(em, id);
    });
  }

  remove(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, (em) => removeDraft(em, ctx, this.journal, DOCUMENT_TABLES['delivery-notes'], id));
  }

  /** Numbers the note, takes the goods out of stock and moves the order to (partially) delivered. */
  validate(ctx: SandboxContext, id: number) {
    return this.db.write(ctx, async (em) => {
      const before = await em.findOneByOrFail(DeliveryNote, { id });
      if (!canTransition('delivery-note', before.status, 'validated')) throw new DomainException('TRANSITION_FORBIDDEN');
      const order = await em.findOneByOrFail(Order, { id: before.orderId });
      if (!OPEN_ORDER.includes(order.status)) throw new DomainException('ORDER_NOT_VALIDATED');
      const client = await em.findOneByOrFail(ThirdParty, { id: order.clientId });
      if (client.zone === 'export' && !before.incoterm) throw new FieldErrorsException({ incoterm: 'app.validation.incoterm_required_export' });
      const lines = await em.find(DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
      const progress = await orderProgress(em, order.id);
      const errors: Record<number, Record<string, string>> = {};
      lines.forEach((l, i) => {
        const p = progress.find((x) => x.orderLineId === l.orderLineId);
        if (!p || toMilli(l.quantity) > toMilli(p.remaining)) errors[i] = { quantity: 'app.errors.DELIVERY_EXCEEDS_ORDER' };
      });
      if (Object.keys(errors).length) throw new FieldErrorsException({ lines: errors } as unknown as Record<string, string>);
      const products = await em.findBy(Product, { id: In(lines.map((l) => l.productId).filter((x): x is number => !!x)) });
      const goods = lines.filter((l) => products.find((p) => p.id === l.productId)?.type === 'good' && l.quantity > 0);
      for (const l of goods) {
        const onHand = await onHandOf(em, l.productId!);
        if (toMilli(onHand) < toMilli(l.quantity)) {
          throw new DomainException('INSUFFICIENT_STOCK', `Stock insuffisant pour ${l.reference} : ${onHand} en stock, ${l.quantity} à livrer.`, { details: { productId: l.productId, onHand, requested: l.quantity } });
        }
      }
      const note = em.create(DeliveryNote, { ...before, status: 'validated', validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
      note.number = await nextNumber(em, 'delivery-note', note.date);
      await em.save(note);
      for (const l of goods) {
        await em.insert(StockMovement, {
          productId: l.productId!, date: ctx.clock.nowIso(), type: 'out', quantity: -l.quantity, reason: `Livraison ${note.number} (commande ${order.number})`,
          sourceType: 'delivery-note', sourceId: note.id, author: ctx.actor.username, createdAt: new Date().toISOString(),
        });
      }
      const after = await orderProgress(em, order.id);
      const status = after.every((p) => p.remaining === 0) ? 'delivered' : 'partially_delivered';
      if (status !== order.status) await em.update(Order, { id: order.id }, { status, updatedAt: ctx.clock.nowIso() });
      await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: id, action: 'validate', label: `BL ${note.number} (commande ${order.number} : ${status === 'delivered' ? 'livrée' : 'reliquat à livrer'})`, before, after: note });
      return this.detail(em, id);
    });
  }

  /** Requested lines (or everything left to deliver), checked against the order's backorder. */
  private async linesFor(em: EntityManager, order: Order, dto: DeliveryNoteDto) {
    const orderLines = await em.find(OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
    const progress = await orderProgress(em, order.id);
    const wanted = dto.lines ?? progress.filter((p) => p.remaining > 0).map((p) => ({ orderLineId: p.orderLineId, quantity: p.remaining }));
    const errors: Record<number, Record<string, string>> = {};
    const lines = wanted.map((w, i) => {
      const line = orderLines.find((l) => l.id === w.orderLineId);
      const p = progress.find((x) => x.orderLineId === w.orderLineId);
      if (!line || !p) errors[i] = { orderLineId: 'app.validation.not_found' };
      else if (toMilli(w.quantity) > toMilli(p.remaining)) errors[i] = { quantity: 'app.errors.DELIVERY_EXCEEDS_ORDER' };
      return { position: i + 1, orderLineId: w.orderLineId, productId: line?.productId ?? null, reference: line?.reference ?? null, label: line?.label ?? '', unit: line?.unit ?? '', quantity: w.quantity };
    });
    if (Object.keys(errors).length) throw new FieldErrorsException({ lines: errors } as unknown as Record<string, string>);
    return lines.filter((l) => toMilli(l.quantity) > 0);
  }

  private async detail(em: EntityManager, id: number) {
    const note = await em.findOneByOrFail(DeliveryNote, { id });
    const lines = await em.find(DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
    const order = await em.findOne(Order, { where: { id: note.orderId }, select: { id: true, number: true, clientReference: true } });
    const progress = await orderProgress(em, note.orderId);
    const [withNames] = await withParties(em, [note]);
    const invoices = (await em.find(Invoice, { select: { id: true, number: true, status: true, deliveryNoteIds: true } })).filter((i) => i.deliveryNoteIds.includes(id));
    return {
      ...withNames,
      orderNumber: order?.number ?? null,
      clientReference: order?.clientReference ?? null,
      lines: lines.map((l) => {
        const p = progress.find((x) => x.orderLineId === l.orderLineId);
        return { ...l, ordered: p?.ordered ?? null, deliveredTotal: p?.delivered ?? null, remaining: p ? fromMilli(toMilli(p.remaining) - (note.status === 'draft' ? toMilli(l.quantity) : 0)) : null };
      }),
      invoices: invoices.map(({ deliveryNoteIds: _d, ...i }) => i),
    };
  }
}

function header(dto: DeliveryNoteDto) {
  return {
    carrier: dto.carrier ?? null, parcels: dto.parcels ?? null, weightGrams: dto.weightGrams ?? null,
    trackingNumber: dto.trackingNumber ?? null, incoterm: dto.incoterm ?? null, notes: dto.notes ?? null,
  };
}
