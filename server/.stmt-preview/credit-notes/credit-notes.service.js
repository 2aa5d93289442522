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
exports.CreditNotesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const quantity_js_1 = require("../common/quantity.js");
const company_entity_js_1 = require("../company/company.entity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const document_numbering_js_1 = require("../documents/numbering/document-numbering.js");
const priced_lines_js_1 = require("../documents/priced-lines.js");
const status_transitions_js_1 = require("../documents/status-transitions.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const product_entity_js_1 = require("../products/product.entity.js");
const document_tables_js_1 = require("../documents/document-tables.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const stock_movement_entity_js_1 = require("../stock-movements/stock-movement.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const credit_note_entity_js_1 = require("./credit-note.entity.js");
const LIST = {
    alias: 'c',
    sortable: { id: 'c.id', number: 'c.number', date: 'c.date', status: 'c.status', grossCents: 'c.grossCents', clientId: 'c.clientId' },
    filters: {
        id: list_query_js_1.filters.ids('c.id'),
        q: list_query_js_1.filters.text(['c.number', 'c.reason']),
        status: list_query_js_1.filters.equals('c.status', credit_note_entity_js_1.CREDIT_NOTE_STATUSES),
        clientId: list_query_js_1.filters.equals('c.clientId'),
        invoiceId: list_query_js_1.filters.equals('c.invoiceId'),
        date_gte: list_query_js_1.filters.gte('c.date'),
        date_lte: list_query_js_1.filters.lte('c.date'),
    },
};
/** Credit notes (avoirs): they reference the invoice they correct and may return goods to stock. */
let CreditNotesService = class CreditNotesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(credit_note_entity_js_1.CreditNote, 'c'), LIST, list);
            const invoices = result.rows.length ? await em.find(invoice_entity_js_1.Invoice, { where: { id: (0, typeorm_1.In)(result.rows.map((r) => r.invoiceId)) }, select: { id: true, number: true } }) : [];
            const rows = result.rows.map(({ partiesSnapshot: _p, ...c }) => ({ ...c, invoiceNumber: invoices.find((i) => i.id === c.invoiceId)?.number ?? null }));
            return { ...result, rows: await (0, document_presenter_js_1.withParties)(em, rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, (em) => this.detail(em, id));
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const invoice = await this.creditable(em, dto.invoiceId);
            const now = ctx.clock.nowIso();
            const note = em.create(credit_note_entity_js_1.CreditNote, {
                number: null, status: 'draft', invoiceId: invoice.id, clientId: invoice.clientId, contactId: invoice.contactId, date: ctx.clock.today(),
                language: invoice.language, vatRegime: invoice.vatRegime, globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: invoice.shippingVatRateBp,
                notes: null, partiesSnapshot: null, validatedAt: null, createdAt: now, updatedAt: now,
            });
            const lines = await this.fill(em, note, invoice, dto);
            await em.insert(credit_note_entity_js_1.CreditNote, note);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES['credit-notes'], note.id, lines);
            await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: note.id, action: 'create', label: `Avoir brouillon sur la facture ${invoice.number} : ${dto.reason}`, after: note });
            return this.detail(em, note.id);
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(credit_note_entity_js_1.CreditNote, { id });
            if (before.status !== 'draft')
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT');
            if (dto.invoiceId !== before.invoiceId)
                throw new domain_exception_js_1.FieldErrorsException({ invoiceId: 'app.validation.read_only' });
            const invoice = await this.creditable(em, before.invoiceId);
            const note = em.create(credit_note_entity_js_1.CreditNote, { ...before, updatedAt: ctx.clock.nowIso() });
            const lines = await this.fill(em, note, invoice, dto);
            await em.save(note);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES['credit-notes'], id, lines, { replace: true });
            await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: id, action: 'update', label: 'Avoir brouillon modifié', before, after: note });
            return this.detail(em, id);
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, (em) => (0, document_tables_js_1.removeDraft)(em, ctx, this.journal, document_tables_js_1.DOCUMENT_TABLES['credit-notes'], id));
    }
    /** Numbers the credit note (AV-2026-0001), checks it stays within the invoice, returns goods to stock if asked. */
    validate(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(credit_note_entity_js_1.CreditNote, { id });
            if (!(0, status_transitions_js_1.canTransition)('credit-note', before.status, 'validated'))
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT');
            const invoice = await this.creditable(em, before.invoiceId);
            const others = await em.findBy(credit_note_entity_js_1.CreditNote, { invoiceId: invoice.id, status: 'validated' });
            if (others.reduce((s, c) => s + c.grossCents, 0) + before.grossCents > invoice.grossCents)
                throw new domain_exception_js_1.DomainException('CREDIT_EXCEEDS_INVOICE');
            const today = ctx.clock.today();
            const note = em.create(credit_note_entity_js_1.CreditNote, { ...before, status: 'validated', date: today, validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            note.partiesSnapshot = JSON.stringify({ seller: await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 }), buyer: await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: note.clientId }) });
            note.number = await (0, document_numbering_js_1.nextNumber)(em, 'credit-note', today);
            await em.save(note);
            if (note.restock) {
                const lines = await em.findBy(credit_note_entity_js_1.CreditNoteLine, { creditNoteId: id });
                const goods = await em.findBy(product_entity_js_1.Product, { id: (0, typeorm_1.In)(lines.map((l) => l.productId).filter((x) => !!x)), type: 'good' });
                for (const l of lines.filter((x) => goods.some((g) => g.id === x.productId))) {
                    await em.insert(stock_movement_entity_js_1.StockMovement, {
                        productId: l.productId, date: ctx.clock.nowIso(), type: 'in', quantity: l.quantity, reason: `Retour client, avoir ${note.number} (facture ${invoice.number})`,
                        sourceType: 'credit-note', sourceId: note.id, author: ctx.actor.username, createdAt: new Date().toISOString(),
                    });
                }
            }
            await this.journal.record(em, ctx, { resource: 'credit-notes', recordId: id, action: 'validate', label: `Avoir ${note.number} sur la facture ${invoice.number} (${note.grossCents / 100} € TTC)`, before, after: note });
            return this.detail(em, id);
        });
    }
    async creditable(em, invoiceId) {
        const invoice = await em.findOneBy(invoice_entity_js_1.Invoice, { id: invoiceId });
        if (!invoice)
            throw new domain_exception_js_1.FieldErrorsException({ invoiceId: 'app.validation.not_found' });
        if (invoice.status !== 'validated')
            throw new domain_exception_js_1.DomainException('INVOICE_NOT_VALIDATED');
        return invoice;
    }
    /** Total (every line), partial (chosen lines and quantities) or an amount at one rate. */
    async fill(em, note, invoice, dto) {
        const invoiceLines = await em.find(invoice_entity_js_1.InvoiceLine, { where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
        note.reason = dto.reason;
        note.restock = !!dto.restock;
        let lines;
        if (dto.amountCents) {
            if (dto.lines?.length)
                throw new domain_exception_js_1.FieldErrorsException({ amountCents: 'app.validation.lines_or_amount' });
            const rate = invoice.vatRegime === 'standard' ? dto.vatRateBp ?? invoice.vatBreakdown[0]?.rateBp ?? 2000 : 0;
            lines = [{ position: 1, productId: null, reference: null, label: `Geste commercial sur la facture ${invoice.number} : ${dto.reason}`, unit: 'forfait', quantity: 1, unitPriceCents: dto.amountCents, discountBp: 0, vatRateBp: rate, netCents: 0, invoiceLineId: null }];
            note.restock = false;
            note.globalDiscountBp = 0;
            note.shippingCents = 0;
        }
        else {
            const wanted = dto.lines?.length ? dto.lines : invoiceLines.filter((l) => l.quantity > 0).map((l) => ({ invoiceLineId: l.id, quantity: l.quantity }));
            const errors = {};
            lines = wanted.map((w, i) => {
                const l = invoiceLines.find((x) => x.id === w.invoiceLineId);
                if (!l)
                    errors[i] = { invoiceLineId: 'app.validation.not_found' };
                else if ((0, quantity_js_1.toMilli)(w.quantity) > (0, quantity_js_1.toMilli)(l.quantity))
                    errors[i] = { quantity: 'app.validation.more_than_invoiced' };
                return { position: i + 1, productId: l?.productId ?? null, reference: l?.reference ?? null, label: l?.label ?? '', unit: l?.unit ?? '', quantity: (0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(w.quantity)), unitPriceCents: l?.unitPriceCents ?? 0, discountBp: l?.discountBp ?? 0, vatRateBp: l?.vatRateBp ?? 0, netCents: 0, invoiceLineId: w.invoiceLineId };
            });
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException({ lines: errors });
            // A total credit note also takes back the global discount and shipping; a partial one keeps the discount rate.
            const total = !dto.lines?.length;
            note.globalDiscountBp = invoice.globalDiscountBp;
            note.shippingCents = total ? invoice.shippingCents : 0;
        }
        return (0, priced_lines_js_1.applyTotals)(note, lines);
    }
    async detail(em, id) {
        const note = await em.findOneByOrFail(credit_note_entity_js_1.CreditNote, { id });
        const lines = await em.find(credit_note_entity_js_1.CreditNoteLine, { where: { creditNoteId: id }, order: { position: 'ASC' } });
        const invoice = await em.findOne(invoice_entity_js_1.Invoice, { where: { id: note.invoiceId }, select: { id: true, number: true, date: true, grossCents: true } });
        const [withNames] = await (0, document_presenter_js_1.withParties)(em, [note]);
        const { partiesSnapshot: _p, ...rest } = withNames;
        return { ...rest, lines, invoice };
    }
};
exports.CreditNotesService = CreditNotesService;
exports.CreditNotesService = CreditNotesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], CreditNotesService);
//# sourceMappingURL=credit-notes.service.js.map