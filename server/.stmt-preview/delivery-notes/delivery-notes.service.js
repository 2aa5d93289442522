"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeliveryNotesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const quantity_js_1 = require("../common/quantity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const document_numbering_js_1 = require("../documents/numbering/document-numbering.js");
const status_transitions_js_1 = require("../documents/status-transitions.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const order_progress_js_1 = require("../orders/order-progress.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const product_entity_js_1 = require("../products/product.entity.js");
const document_tables_js_1 = require("../documents/document-tables.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const stock_levels_js_1 = require("../stock-movements/stock-levels.js");
const stock_movement_entity_js_1 = require("../stock-movements/stock-movement.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const delivery_note_entity_js_1 = require("./delivery-note.entity.js");
/** SQL: the delivery note `d` appears in an invoice (draft or validated). */
const INVOICED_SQL = 'EXISTS (SELECT 1 FROM invoice i, json_each(i.deliveryNoteIds) j WHERE j.value = d.id)';
const LIST = {
    alias: 'd',
    sortable: { id: 'd.id', number: 'd.number', date: 'd.date', status: 'd.status', clientId: 'd.clientId', orderId: 'd.orderId' },
    filters: {
        id: list_query_js_1.filters.ids('d.id'),
        q: list_query_js_1.filters.text(['d.number', 'd.trackingNumber', 'd.carrier']),
        status: list_query_js_1.filters.equals('d.status', delivery_note_entity_js_1.DELIVERY_NOTE_STATUSES),
        clientId: list_query_js_1.filters.equals('d.clientId'),
        orderId: list_query_js_1.filters.equals('d.orderId'),
        invoiced: (qb, value) => {
            qb.andWhere(value === true || value === 'true' ? INVOICED_SQL : `NOT ${INVOICED_SQL}`);
        },
        date_gte: list_query_js_1.filters.gte('d.date'),
        date_lte: list_query_js_1.filters.lte('d.date'),
    },
};
const OPEN_ORDER = ['validated', 'partially_delivered'];
/** Delivery notes: validation checks the backorder and the stock, then writes the stock-out movements. */
let DeliveryNotesService = class DeliveryNotesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(delivery_note_entity_js_1.DeliveryNote, 'd'), LIST, list);
            const orders = result.rows.length ? await em.find(order_entity_js_1.Order, { where: { id: (0, typeorm_1.In)(result.rows.map((r) => r.orderId)) }, select: { id: true, number: true } }) : [];
            const invoiced = new Set(result.rows.length
                ? (await em.query(`SELECT DISTINCT j.value AS id FROM invoice i, json_each(i.deliveryNoteIds) j WHERE j.value IN (${result.rows.map(() => '?').join(',')})`, result.rows.map((r) => r.id))).map((r) => r.id)
                : []);
            return { ...result, rows: (await (0, document_presenter_js_1.withParties)(em, result.rows)).map((d) => ({ ...d, orderNumber: orders.find((o) => o.id === d.orderId)?.number ?? null, invoiced: invoiced.has(d.id) })) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => this.detail(em, id));
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const order = await em.findOneBy(order_entity_js_1.Order, { id: dto.orderId });
            if (!order)
                throw new domain_exception_js_1.FieldErrorsException({ orderId: 'app.validation.not_found' });
            if (!OPEN_ORDER.includes(order.status))
                throw new domain_exception_js_1.DomainException('ORDER_NOT_VALIDATED');
            const lines = await this.linesFor(em, order, dto);
            if (!lines.length)
                throw new domain_exception_js_1.DomainException('NOTHING_TO_DELIVER');
            const now = ctx.clock.nowIso();
            const note = em.create(delivery_note_entity_js_1.DeliveryNote, {
                number: null, status: 'draft', orderId: order.id, clientId: order.clientId, date: ctx.clock.today(),
                deliveryLine1: order.deliveryLine1 ?? '', deliveryLine2: order.deliveryLine2, deliveryPostcode: order.deliveryPostcode ?? '',
                deliveryCity: order.deliveryCity ?? '', deliveryCountry: order.deliveryCountry ?? 'FR', validatedAt: null, createdAt: now, ...header(dto), updatedAt: now,
            });
            await em.insert(delivery_note_entity_js_1.DeliveryNote, note);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES['delivery-notes'], note.id, lines);
            await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: note.id, action: 'create', label: `BL brouillon pour la commande ${order.number}`, after: note });
            return this.detail(em, note.id);
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(delivery_note_entity_js_1.DeliveryNote, { id });
            if (before.status !== 'draft')
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT');
            if (dto.orderId !== before.orderId)
                throw new domain_exception_js_1.FieldErrorsException({ orderId: 'app.validation.read_only' });
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id: before.orderId });
            const note = em.create(delivery_note_entity_js_1.DeliveryNote, { ...before, ...header(dto), updatedAt: ctx.clock.nowIso() });
            await em.save(note);
            if (dto.lines) {
                const lines = await this.linesFor(em, order, dto);
                await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES['delivery-notes'], id, lines, { replace: true });
            }
            await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: id, action: 'update', label: 'BL brouillon modifié', before, after: note });
            return this.detail(em, id);
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, (em) => (0, document_tables_js_1.removeDraft)(em, ctx, this.journal, document_tables_js_1.DOCUMENT_TABLES['delivery-notes'], id));
    }
    /** Numbers the note, takes the goods out of stock and moves the order to (partially) delivered. */
    validate(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(delivery_note_entity_js_1.DeliveryNote, { id });
            if (!(0, status_transitions_js_1.canTransition)('delivery-note', before.status, 'validated'))
                throw new domain_exception_js_1.DomainException('TRANSITION_FORBIDDEN');
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id: before.orderId });
            if (!OPEN_ORDER.includes(order.status))
                throw new domain_exception_js_1.DomainException('ORDER_NOT_VALIDATED');
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: order.clientId });
            if (client.zone === 'export' && !before.incoterm)
                throw new domain_exception_js_1.FieldErrorsException({ incoterm: 'app.validation.incoterm_required_export' });
            const lines = await em.find(delivery_note_entity_js_1.DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
            const progress = await (0, order_progress_js_1.orderProgress)(em, order.id);
            const errors = {};
            lines.forEach((l, i) => {
                const p = progress.find((x) => x.orderLineId === l.orderLineId);
                if (!p || (0, quantity_js_1.toMilli)(l.quantity) > (0, quantity_js_1.toMilli)(p.remaining))
                    errors[i] = { quantity: 'app.errors.DELIVERY_EXCEEDS_ORDER' };
            });
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException({ lines: errors });
            const products = await em.findBy(product_entity_js_1.Product, { id: (0, typeorm_1.In)(lines.map((l) => l.productId).filter((x) => !!x)) });
            const goods = lines.filter((l) => products.find((p) => p.id === l.productId)?.type === 'good' && l.quantity > 0);
            for (const l of goods) {
                const onHand = await (0, stock_levels_js_1.onHandOf)(em, l.productId);
                if ((0, quantity_js_1.toMilli)(onHand) < (0, quantity_js_1.toMilli)(l.quantity)) {
                    throw new domain_exception_js_1.DomainException('INSUFFICIENT_STOCK', `Stock insuffisant pour ${l.reference} : ${onHand} en stock, ${l.quantity} à livrer.`, { details: { productId: l.productId, onHand, requested: l.quantity } });
                }
            }
            const note = em.create(delivery_note_entity_js_1.DeliveryNote, { ...before, status: 'validated', validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            note.number = await (0, document_numbering_js_1.nextNumber)(em, 'delivery-note', note.date);
            await em.save(note);
            for (const l of goods) {
                await em.insert(stock_movement_entity_js_1.StockMovement, {
                    productId: l.productId, date: ctx.clock.nowIso(), type: 'out', quantity: -l.quantity, reason: `Livraison ${note.number} (commande ${order.number})`,
                    sourceType: 'delivery-note', sourceId: note.id, author: ctx.actor.username, createdAt: new Date().toISOString(),
                });
            }
            const after = await (0, order_progress_js_1.orderProgress)(em, order.id);
            const status = after.every((p) => p.remaining === 0) ? 'delivered' : 'partially_delivered';
            if (status !== order.status)
                await em.update(order_entity_js_1.Order, { id: order.id }, { status, updatedAt: ctx.clock.nowIso() });
            await this.journal.record(em, ctx, { resource: 'delivery-notes', recordId: id, action: 'validate', label: `BL ${note.number} (commande ${order.number} : ${status === 'delivered' ? 'livrée' : 'reliquat à livrer'})`, before, after: note });
            return this.detail(em, id);
        });
    }
    /** Requested lines (or everything left to deliver), checked against the order's backorder. */
    async linesFor(em, order, dto) {
        const orderLines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
        const progress = await (0, order_progress_js_1.orderProgress)(em, order.id);
        const wanted = dto.lines ?? progress.filter((p) => p.remaining > 0).map((p) => ({ orderLineId: p.orderLineId, quantity: p.remaining }));
        const errors = {};
        const lines = wanted.map((w, i) => {
            const line = orderLines.find((l) => l.id === w.orderLineId);
            const p = progress.find((x) => x.orderLineId === w.orderLineId);
            if (!line || !p)
                errors[i] = { orderLineId: 'app.validation.not_found' };
            else if ((0, quantity_js_1.toMilli)(w.quantity) > (0, quantity_js_1.toMilli)(p.remaining))
                errors[i] = { quantity: 'app.errors.DELIVERY_EXCEEDS_ORDER' };
            return { position: i + 1, orderLineId: w.orderLineId, productId: line?.productId ?? null, reference: line?.reference ?? null, label: line?.label ?? '', unit: line?.unit ?? '', quantity: w.quantity };
        });
        if (Object.keys(errors).length)
            throw new domain_exception_js_1.FieldErrorsException({ lines: errors });
        return lines.filter((l) => (0, quantity_js_1.toMilli)(l.quantity) > 0);
    }
    async detail(em, id) {
        const note = await em.findOneByOrFail(delivery_note_entity_js_1.DeliveryNote, { id });
        const lines = await em.find(delivery_note_entity_js_1.DeliveryNoteLine, { where: { deliveryNoteId: id }, order: { position: 'ASC' } });
        const order = await em.findOne(order_entity_js_1.Order, { where: { id: note.orderId }, select: { id: true, number: true, clientReference: true } });
        const progress = await (0, order_progress_js_1.orderProgress)(em, note.orderId);
        const [withNames] = await (0, document_presenter_js_1.withParties)(em, [note]);
        const invoices = (await em.find(invoice_entity_js_1.Invoice, { select: { id: true, number: true, status: true, deliveryNoteIds: true } })).filter((i) => i.deliveryNoteIds.includes(id));
        return {
            ...withNames,
            orderNumber: order?.number ?? null,
            clientReference: order?.clientReference ?? null,
            lines: lines.map((l) => {
                const p = progress.find((x) => x.orderLineId === l.orderLineId);
                return { ...l, ordered: p?.ordered ?? null, deliveredTotal: p?.delivered ?? null, remaining: p ? (0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(p.remaining) - (note.status === 'draft' ? (0, quantity_js_1.toMilli)(l.quantity) : 0)) : null };
            }),
            invoices: invoices.map(({ deliveryNoteIds: _d, ...i }) => i),
        };
    }
};
exports.DeliveryNotesService = DeliveryNotesService;
exports.DeliveryNotesService = DeliveryNotesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], DeliveryNotesService);
function header(dto) {
    return {
        carrier: dto.carrier ?? null, parcels: dto.parcels ?? null, weightGrams: dto.weightGrams ?? null,
        trackingNumber: dto.trackingNumber ?? null, incoterm: dto.incoterm ?? null, notes: dto.notes ?? null,
    };
}
//# sourceMappingURL=delivery-notes.service.js.map