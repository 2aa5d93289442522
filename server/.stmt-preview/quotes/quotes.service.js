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
exports.QuotesService = exports.QUOTE_VALIDITY_DAYS = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const due_date_js_1 = require("../documents/due-date.js");
const document_numbering_js_1 = require("../documents/numbering/document-numbering.js");
const priced_lines_js_1 = require("../documents/priced-lines.js");
const status_transitions_js_1 = require("../documents/status-transitions.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const document_tables_js_1 = require("../documents/document-tables.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const quote_entity_js_1 = require("./quote.entity.js");
/** Quotes are valid 30 days unless the candidate sets another date. */
exports.QUOTE_VALIDITY_DAYS = 30;
/** The list spec depends on the scenario day: 'expired' is computed, not stored. */
const listSpec = (today) => ({
    alias: 'q',
    sortable: { id: 'q.id', number: 'q.number', date: 'q.date', validUntil: 'q.validUntil', status: 'q.status', grossCents: 'q.grossCents', netCents: 'q.netCents', clientId: 'q.clientId' },
    filters: {
        id: list_query_js_1.filters.ids('q.id'),
        q: list_query_js_1.filters.text(['q.number', 'q.notes']),
        status: (qb, value, p) => {
            if (value === 'expired')
                qb.andWhere(`q.status IN ('validated','sent') AND q.validUntil < :${p}`, { [p]: today });
            else
                list_query_js_1.filters.equals('q.status', quote_entity_js_1.QUOTE_STATUSES)(qb, value, p);
        },
        clientId: list_query_js_1.filters.equals('q.clientId'),
        date_gte: list_query_js_1.filters.gte('q.date'),
        date_lte: list_query_js_1.filters.lte('q.date'),
        grossCents_gte: list_query_js_1.filters.gte('q.grossCents'),
        grossCents_lte: list_query_js_1.filters.lte('q.grossCents'),
    },
});
/** Quotes: drafts are edited freely; validation numbers them; the client accepts or refuses. */
let QuotesService = class QuotesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(quote_entity_js_1.Quote, 'q'), listSpec(ctx.clock.today()), list);
            return { ...result, rows: (await (0, document_presenter_js_1.withParties)(em, result.rows)).map((q) => present(ctx, q)) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => this.detail(ctx, em, id));
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const now = ctx.clock.nowIso();
            const quote = em.create(quote_entity_js_1.Quote, { status: 'draft', number: null, date: ctx.clock.today(), createdAt: now, validatedAt: null, sentAt: null, decidedAt: null, duplicatedFromId: null });
            const lines = await this.fill(em, ctx, quote, dto);
            await em.insert(quote_entity_js_1.Quote, quote);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.quotes, quote.id, lines);
            await this.journal.record(em, ctx, { resource: 'quotes', recordId: quote.id, action: 'create', label: `Devis brouillon (${quote.grossCents / 100} € TTC)`, after: quote });
            return this.detail(ctx, em, quote.id);
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            if (before.status !== 'draft')
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT');
            const quote = em.create(quote_entity_js_1.Quote, { ...before });
            const lines = await this.fill(em, ctx, quote, dto);
            await em.save(quote);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.quotes, id, lines, { replace: true });
            await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: 'update', label: 'Devis brouillon modifié', before, after: quote });
            return this.detail(ctx, em, id);
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, (em) => (0, document_tables_js_1.removeDraft)(em, ctx, this.journal, document_tables_js_1.DOCUMENT_TABLES.quotes, id));
    }
    /** Numbers the quote (DEV-2026-0001) in the same transaction. */
    validate(ctx, id) {
        return this.move(ctx, id, 'validated', async (em, quote) => {
            if (!(await em.countBy(quote_entity_js_1.QuoteLine, { quoteId: id })))
                throw new domain_exception_js_1.DomainException('EMPTY_DOCUMENT');
            quote.number = await (0, document_numbering_js_1.nextNumber)(em, 'quote', quote.date);
            quote.validatedAt = ctx.clock.nowIso();
        });
    }
    /**
     * Sending goes through `deliver` (the outbox), which calls back inside its write transaction to
     * mark a validated quote as sent; a quote already sent can be sent again (a reminder copy).
     */
    async send(ctx, id, deliver) {
        const quote = await this.db.read(ctx, (em) => em.findOneByOrFail(quote_entity_js_1.Quote, { id }));
        if (quote.status !== 'validated' && quote.status !== 'sent')
            throw new domain_exception_js_1.DomainException(quote.status === 'draft' ? 'DOCUMENT_DRAFT_NOT_SENDABLE' : 'TRANSITION_FORBIDDEN');
        this.assertNotExpired(ctx, quote);
        return deliver(async (em) => {
            const before = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            const after = em.create(quote_entity_js_1.Quote, { ...before, status: 'sent', sentAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            await em.save(after);
            if (before.status !== 'sent')
                await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: 'sent', label: `Devis ${after.number}`, before, after });
        });
    }
    accept(ctx, id) {
        return this.move(ctx, id, 'accepted', async (_em, quote) => {
            this.assertNotExpired(ctx, quote);
            quote.decidedAt = ctx.clock.nowIso();
        });
    }
    refuse(ctx, id) {
        return this.move(ctx, id, 'refused', async (_em, quote) => {
            quote.decidedAt = ctx.clock.nowIso();
        });
    }
    /** A new draft with the same client, lines and conditions, dated today. */
    duplicate(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const source = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            const lines = (0, priced_lines_js_1.copyLines)(await em.find(quote_entity_js_1.QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } }));
            const today = ctx.clock.today();
            const { id: _id, ...rest } = source;
            const copy = em.create(quote_entity_js_1.Quote, {
                ...rest, status: 'draft', number: null, date: today, validUntil: (0, due_date_js_1.addDays)(today, daysBetween(source.date, source.validUntil) || exports.QUOTE_VALIDITY_DAYS),
                validatedAt: null, sentAt: null, decidedAt: null, duplicatedFromId: id, createdAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso(),
            });
            (0, priced_lines_js_1.applyTotals)(copy, lines);
            await em.insert(quote_entity_js_1.Quote, copy);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.quotes, copy.id, lines);
            await this.journal.record(em, ctx, { resource: 'quotes', recordId: copy.id, action: 'duplicate', label: `Copie du devis ${source.number ?? `brouillon #${id}`}`, after: copy });
            return this.detail(ctx, em, copy.id);
        });
    }
    /** One click: an accepted quote becomes a draft order with the same lines and conditions. */
    convertToOrder(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const quote = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            if (quote.status !== 'accepted')
                throw new domain_exception_js_1.DomainException('QUOTE_NOT_ACCEPTED');
            const existing = await em.createQueryBuilder(order_entity_js_1.Order, 'o').where('o.sourceQuoteId = :id AND o.status != :c', { id, c: 'cancelled' }).getCount();
            if (existing)
                throw new domain_exception_js_1.DomainException('QUOTE_ALREADY_CONVERTED');
            const client = await (0, priced_lines_js_1.clientFor)(em, quote.clientId, { allowProspect: true });
            if (!client.isClient)
                throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.prospect_not_converted' });
            const now = ctx.clock.nowIso();
            const lines = (0, priced_lines_js_1.copyLines)(await em.find(quote_entity_js_1.QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } }));
            const order = em.create(order_entity_js_1.Order, {
                number: null, status: 'draft', clientId: quote.clientId, contactId: quote.contactId, date: ctx.clock.today(), language: quote.language,
                vatRegime: (0, priced_lines_js_1.vatRegimeOf)(client), globalDiscountBp: quote.globalDiscountBp, shippingCents: quote.shippingCents, shippingVatRateBp: quote.shippingVatRateBp,
                notes: quote.notes, sourceQuoteId: id, clientReference: null, requestedDeliveryDate: quote.promisedDeliveryDate,
                paymentTerms: quote.paymentTerms, paymentMethod: quote.paymentMethod,
                ...(0, priced_lines_js_1.defaultDeliveryAddress)(client),
                cancelledAt: null, validatedAt: null, createdAt: now, updatedAt: now,
            });
            (0, priced_lines_js_1.applyTotals)(order, lines);
            await em.insert(order_entity_js_1.Order, order);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.orders, order.id, lines);
            await this.journal.record(em, ctx, { resource: 'orders', recordId: order.id, action: 'convert-from-quote', label: `Commande brouillon créée depuis le devis ${quote.number}`, after: order });
            return { id: order.id };
        });
    }
    async fill(em, ctx, quote, dto) {
        const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
        const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId, { allowProspect: true });
        if (dto.contactId && !(await em.countBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: client.id })))
            throw new domain_exception_js_1.FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
        const validUntil = dto.validUntil ?? (0, due_date_js_1.addDays)(quote.date, exports.QUOTE_VALIDITY_DAYS);
        if (validUntil < quote.date)
            throw new domain_exception_js_1.FieldErrorsException({ validUntil: 'app.validation.before_document_date' });
        Object.assign(quote, {
            clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: (0, priced_lines_js_1.vatRegimeOf)(client), validUntil,
            paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? null,
            promisedDeliveryDate: dto.promisedDeliveryDate ?? null, globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0,
            shippingVatRateBp: dto.shippingVatRateBp ?? 2000, cgvReference: dto.cgvReference ?? `CGV ${company.name}`, notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
        });
        return (0, priced_lines_js_1.applyTotals)(quote, await (0, priced_lines_js_1.resolveLines)(em, dto.lines, company, quote.globalDiscountBp));
    }
    move(ctx, id, to, apply) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
            if (!(0, status_transitions_js_1.canTransition)('quote', before.status, to))
                throw new domain_exception_js_1.DomainException('TRANSITION_FORBIDDEN');
            const quote = em.create(quote_entity_js_1.Quote, { ...before, status: to, updatedAt: ctx.clock.nowIso() });
            await apply(em, quote);
            await em.save(quote);
            await this.journal.record(em, ctx, { resource: 'quotes', recordId: id, action: to === 'validated' ? 'validate' : to, label: `Devis ${quote.number}`, before, after: quote });
            return this.detail(ctx, em, id);
        });
    }
    assertNotExpired(ctx, quote) {
        if (quote.validUntil < ctx.clock.today())
            throw new domain_exception_js_1.DomainException('QUOTE_EXPIRED');
    }
    async detail(ctx, em, id) {
        const quote = await em.findOneByOrFail(quote_entity_js_1.Quote, { id });
        const lines = await em.find(quote_entity_js_1.QuoteLine, { where: { quoteId: id }, order: { position: 'ASC' } });
        const orders = await em.find(order_entity_js_1.Order, { where: { sourceQuoteId: id }, select: { id: true, number: true, status: true } });
        const [withNames] = await (0, document_presenter_js_1.withParties)(em, [quote]);
        return { ...present(ctx, withNames), lines, orders };
    }
};
exports.QuotesService = QuotesService;
exports.QuotesService = QuotesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], QuotesService);
/** 'expired' is read on the scenario clock: a validated or sent quote past its validity date. */
function present(ctx, quote) {
    const expired = (quote.status === 'validated' || quote.status === 'sent') && quote.validUntil < ctx.clock.today();
    return { ...quote, displayStatus: expired ? 'expired' : quote.status };
}
function daysBetween(a, b) {
    return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
//# sourceMappingURL=quotes.service.js.map