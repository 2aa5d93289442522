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
exports.OrdersService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const document_numbering_js_1 = require("../documents/numbering/document-numbering.js");
const priced_lines_js_1 = require("../documents/priced-lines.js");
const status_transitions_js_1 = require("../documents/status-transitions.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const quote_entity_js_1 = require("../quotes/quote.entity.js");
const document_tables_js_1 = require("../documents/document-tables.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const order_progress_js_1 = require("./order-progress.js");
const order_validation_checks_js_1 = require("./order-validation-checks.js");
const order_entity_js_1 = require("./order.entity.js");
const three_way_control_js_1 = require("./three-way-control.js");
const LIST = {
    alias: 'o',
    sortable: { id: 'o.id', number: 'o.number', date: 'o.date', status: 'o.status', grossCents: 'o.grossCents', netCents: 'o.netCents', clientId: 'o.clientId', requestedDeliveryDate: 'o.requestedDeliveryDate' },
    filters: {
        id: list_query_js_1.filters.ids('o.id'),
        q: list_query_js_1.filters.text(['o.number', 'o.clientReference', 'o.notes']),
        status: list_query_js_1.filters.equals('o.status', order_entity_js_1.ORDER_STATUSES),
        clientId: list_query_js_1.filters.equals('o.clientId'),
        date_gte: list_query_js_1.filters.gte('o.date'),
        date_lte: list_query_js_1.filters.lte('o.date'),
        grossCents_gte: list_query_js_1.filters.gte('o.grossCents'),
        grossCents_lte: list_query_js_1.filters.lte('o.grossCents'),
    },
};
/** Customer orders: validation numbers them and reserves stock (reserved = ordered − delivered). */
let OrdersService = class OrdersService {
    db;
    journal;
    checks;
    constructor(db, journal, checks) {
        this.db = db;
        this.journal = journal;
        this.checks = checks;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(order_entity_js_1.Order, 'o'), LIST, list);
            return { ...result, rows: await (0, document_presenter_js_1.withParties)(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => this.detail(em, id));
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const now = ctx.clock.nowIso();
            const order = em.create(order_entity_js_1.Order, { status: 'draft', number: null, date: ctx.clock.today(), sourceQuoteId: null, cancelledAt: null, validatedAt: null, createdAt: now });
            const lines = await this.fill(em, ctx, order, dto);
            await em.insert(order_entity_js_1.Order, order);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.orders, order.id, lines);
            await this.journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'create', label: 'Commande brouillon', after: order });
            return this.detail(em, order.id);
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(order_entity_js_1.Order, { id });
            if (before.status !== 'draft')
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT');
            const order = em.create(order_entity_js_1.Order, { ...before });
            const lines = await this.fill(em, ctx, order, dto);
            await em.save(order);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.orders, id, lines, { replace: true });
            await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'update', label: 'Commande brouillon modifiée', before, after: order });
            return this.detail(em, id);
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, (em) => (0, document_tables_js_1.removeDraft)(em, ctx, this.journal, document_tables_js_1.DOCUMENT_TABLES.orders, id));
    }
    /**
     * Runs the registered checks (credit check…), then numbers the order; its lines now reserve stock.
     * A refused check's evidence (journal, check status) is written after the rollback.
     */
    async validate(ctx, id, input = {}) {
        try {
            return await this.validateInTransaction(ctx, id, input);
        }
        catch (e) {
            if (e instanceof order_validation_checks_js_1.ValidationRefused)
                await this.db.write(ctx, e.recordEvidence);
            throw e;
        }
    }
    validateInTransaction(ctx, id, input) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(order_entity_js_1.Order, { id });
            if (!(0, status_transitions_js_1.canTransition)('order', before.status, 'validated'))
                throw new domain_exception_js_1.DomainException('TRANSITION_FORBIDDEN');
            if (!(await em.countBy(order_entity_js_1.OrderLine, { orderId: id })))
                throw new domain_exception_js_1.DomainException('EMPTY_DOCUMENT');
            const order = em.create(order_entity_js_1.Order, { ...before, status: 'validated', validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            await this.checks.run(em, ctx, order, input);
            order.number = await (0, document_numbering_js_1.nextNumber)(em, 'order', order.date);
            await em.save(order);
            await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'validate', label: `Commande ${order.number}`, before, after: order });
            return this.detail(em, id);
        });
    }
    cancel(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(order_entity_js_1.Order, { id });
            if (await em.countBy(delivery_note_entity_js_1.DeliveryNote, { orderId: id, status: 'validated' }))
                throw new domain_exception_js_1.DomainException('ORDER_HAS_DELIVERIES');
            if (!(0, status_transitions_js_1.canTransition)('order', before.status, 'cancelled'))
                throw new domain_exception_js_1.DomainException('TRANSITION_FORBIDDEN');
            const order = em.create(order_entity_js_1.Order, { ...before, status: 'cancelled', cancelledAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            await em.save(order);
            await this.journal.record(em, ctx, { resource: 'orders', recordId: id, action: 'cancel', label: `Commande ${order.number ?? 'brouillon'} annulée`, before, after: order });
            return this.detail(em, id);
        });
    }
    /** The sale lined up document by document, with every mismatch named (see three-way-control.ts). */
    control(ctx, id) {
        return this.db.read(ctx, async (em) => {
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id });
            const orderLines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
            const quote = order.sourceQuoteId ? await em.findOneBy(quote_entity_js_1.Quote, { id: order.sourceQuoteId }) : null;
            const quoteLines = quote ? await em.find(quote_entity_js_1.QuoteLine, { where: { quoteId: quote.id }, order: { position: 'ASC' } }) : [];
            const notes = await em.find(delivery_note_entity_js_1.DeliveryNote, { where: { orderId: id }, order: { id: 'ASC' } });
            const validatedNoteIds = notes.filter((n) => n.status === 'validated').map((n) => n.id);
            const deliveries = validatedNoteIds.length ? await em.findBy(delivery_note_entity_js_1.DeliveryNoteLine, { deliveryNoteId: (0, typeorm_1.In)(validatedNoteIds) }) : [];
            const invoices = (await em.find(invoice_entity_js_1.Invoice, { where: { clientId: order.clientId }, order: { id: 'ASC' } })).filter((i) => i.orderId === id || i.deliveryNoteIds.some((n) => notes.some((x) => x.id === n)));
            const validatedInvoices = invoices.filter((i) => i.status === 'validated' && i.type === 'invoice');
            const invoiceLines = validatedInvoices.length
                ? (await em.find(invoice_entity_js_1.InvoiceLine, { where: { invoiceId: (0, typeorm_1.In)(validatedInvoices.map((i) => i.id)) }, order: { invoiceId: 'ASC', position: 'ASC' } })).filter((l) => !(l.quantity < 0 && !l.productId))
                : [];
            const creditNotes = invoices.length ? await em.find(credit_note_entity_js_1.CreditNote, { where: { invoiceId: (0, typeorm_1.In)(invoices.map((i) => i.id)) }, order: { id: 'ASC' } }) : [];
            const validatedCredits = creditNotes.filter((c) => c.status === 'validated');
            const creditLines = validatedCredits.length ? await em.findBy(credit_note_entity_js_1.CreditNoteLine, { creditNoteId: (0, typeorm_1.In)(validatedCredits.map((c) => c.id)) }) : [];
            const { rows, anomalies } = (0, three_way_control_js_1.threeWayControl)({
                orderLines,
                quoteLines,
                deliveries: deliveries.map((d) => ({ orderLineId: d.orderLineId, quantity: d.quantity, deliveryNoteId: d.deliveryNoteId })),
                invoiceLines,
                creditLines: creditLines.map((c) => ({ invoiceLineId: c.invoiceLineId, quantity: c.quantity, creditNoteId: c.creditNoteId })),
            }, { quoteId: quote?.id ?? null, orderId: id });
            const [withNames] = await (0, document_presenter_js_1.withParties)(em, [order]);
            const brief = (d) => ({ id: d.id, number: d.number, status: d.status, date: d.date });
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
    async fill(em, ctx, order, dto) {
        const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
        const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId);
        if (dto.contactId && !(await em.countBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: client.id })))
            throw new domain_exception_js_1.FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
        const ownAddress = !!dto.deliveryLine1;
        if (ownAddress && (!dto.deliveryPostcode || !dto.deliveryCity))
            throw new domain_exception_js_1.FieldErrorsException({ [dto.deliveryPostcode ? 'deliveryCity' : 'deliveryPostcode']: 'app.validation.required' });
        const address = ownAddress
            ? { deliveryLine1: dto.deliveryLine1, deliveryLine2: dto.deliveryLine2 ?? null, deliveryPostcode: dto.deliveryPostcode, deliveryCity: dto.deliveryCity, deliveryCountry: dto.deliveryCountry ?? client.billingCountry }
            : (0, priced_lines_js_1.defaultDeliveryAddress)(client);
        Object.assign(order, {
            ...address,
            clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: (0, priced_lines_js_1.vatRegimeOf)(client),
            clientReference: dto.clientReference ?? null, requestedDeliveryDate: dto.requestedDeliveryDate ?? null,
            paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? null,
            globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000,
            notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
        });
        return (0, priced_lines_js_1.applyTotals)(order, await (0, priced_lines_js_1.resolveLines)(em, dto.lines, company, order.globalDiscountBp));
    }
    async detail(em, id) {
        const order = await em.findOneByOrFail(order_entity_js_1.Order, { id });
        const lines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
        const progress = await (0, order_progress_js_1.orderProgress)(em, id);
        const [withNames] = await (0, document_presenter_js_1.withParties)(em, [order]);
        const quote = order.sourceQuoteId ? await em.findOne(quote_entity_js_1.Quote, { where: { id: order.sourceQuoteId }, select: { id: true, number: true } }) : null;
        const deliveryNotes = await em.find(delivery_note_entity_js_1.DeliveryNote, { where: { orderId: id }, select: { id: true, number: true, status: true, date: true }, order: { id: 'ASC' } });
        const invoices = await em.find(invoice_entity_js_1.Invoice, { where: { orderId: id }, select: { id: true, number: true, status: true, type: true, date: true, grossCents: true }, order: { id: 'ASC' } });
        return {
            ...withNames,
            lines: lines.map((l) => ({ ...l, ...progress.find((p) => p.orderLineId === l.id) })),
            backorder: progress.some((p) => p.delivered > 0) && progress.some((p) => p.remaining > 0),
            quote,
            deliveryNotes,
            invoices,
        };
    }
};
exports.OrdersService = OrdersService;
exports.OrdersService = OrdersService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService,
        order_validation_checks_js_1.OrderValidationChecks])
], OrdersService);
//# sourceMappingURL=orders.service.js.map