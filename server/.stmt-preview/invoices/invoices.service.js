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
exports.InvoicesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const quantity_js_1 = require("../common/quantity.js");
const company_entity_js_1 = require("../company/company.entity.js");
const contact_entity_js_1 = require("../contacts/contact.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const delivery_note_entity_js_1 = require("../delivery-notes/delivery-note.entity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const due_date_js_1 = require("../documents/due-date.js");
const document_numbering_js_1 = require("../documents/numbering/document-numbering.js");
const priced_lines_js_1 = require("../documents/priced-lines.js");
const status_transitions_js_1 = require("../documents/status-transitions.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const order_progress_js_1 = require("../orders/order-progress.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const document_tables_js_1 = require("../documents/document-tables.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const invoice_entity_js_1 = require("./invoice.entity.js");
const LIST = {
    alias: 'i',
    sortable: { id: 'i.id', number: 'i.number', date: 'i.date', dueDate: 'i.dueDate', status: 'i.status', type: 'i.type', grossCents: 'i.grossCents', netCents: 'i.netCents', clientId: 'i.clientId' },
    filters: {
        id: list_query_js_1.filters.ids('i.id'),
        q: list_query_js_1.filters.text(['i.number', 'i.clientReference', 'i.notes']),
        status: list_query_js_1.filters.equals('i.status', invoice_entity_js_1.INVOICE_STATUSES),
        type: list_query_js_1.filters.equals('i.type', invoice_entity_js_1.INVOICE_TYPES),
        clientId: list_query_js_1.filters.equals('i.clientId'),
        orderId: list_query_js_1.filters.equals('i.orderId'),
        date_gte: list_query_js_1.filters.gte('i.date'),
        date_lte: list_query_js_1.filters.lte('i.date'),
        grossCents_gte: list_query_js_1.filters.gte('i.grossCents'),
        grossCents_lte: list_query_js_1.filters.lte('i.grossCents'),
    },
};
/**
 * Invoices and deposit invoices. Drafts come from delivery notes, an order, a deposit request or are
 * typed by hand; validation assigns the FA number and due date and freezes the invoice forever.
 */
let InvoicesService = class InvoicesService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(invoice_entity_js_1.Invoice, 'i'), LIST, list);
            const balances = await (0, open_invoices_js_1.balancesOf)(em, result.rows, ctx.clock.today());
            return { ...result, rows: await (0, document_presenter_js_1.withParties)(em, result.rows.map(({ partiesSnapshot: _p, ...i }) => ({ ...i, ...balances.get(i.id) }))) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => {
            const detail = await this.detail(em, id);
            const balances = await (0, open_invoices_js_1.balancesOf)(em, [await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id })], ctx.clock.today());
            return { ...detail, ...balances.get(id) };
        });
    }
    /** A hand-typed draft (services, corrections…): lines priced like a quote's. */
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId);
            const invoice = this.draft(em, ctx, client, { type: 'invoice', orderId: null });
            const lines = await this.fill(em, ctx, invoice, dto);
            return this.insert(em, ctx, invoice, lines, 'Facture brouillon saisie');
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id });
            if (before.status !== 'draft')
                throw new domain_exception_js_1.DomainException('INVOICE_FROZEN');
            if (dto.clientId !== before.clientId && (before.orderId || before.deliveryNoteIds.length))
                throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.read_only' });
            const invoice = em.create(invoice_entity_js_1.Invoice, { ...before });
            const lines = await this.fill(em, ctx, invoice, dto);
            await em.save(invoice);
            await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.invoices, id, lines, { replace: true });
            await this.journal.record(em, ctx, { resource: 'invoices', recordId: id, action: 'update', label: 'Facture brouillon modifiée', before, after: invoice });
            return this.detail(em, id);
        });
    }
    remove(ctx, id) {
        return this.db.write(ctx, (em) => (0, document_tables_js_1.removeDraft)(em, ctx, this.journal, document_tables_js_1.DOCUMENT_TABLES.invoices, id));
    }
    /** Invoice what was delivered: one or several validated delivery notes of one client, not invoiced yet. */
    fromDeliveryNotes(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const ids = [...new Set(dto.deliveryNoteIds)];
            const notes = await em.findBy(delivery_note_entity_js_1.DeliveryNote, { id: (0, typeorm_1.In)(ids) });
            const invoiced = await this.invoicedDeliveryNoteIds(em);
            if (notes.length !== ids.length || notes.some((n) => n.status !== 'validated' || invoiced.has(n.id)) || new Set(notes.map((n) => n.clientId)).size !== 1) {
                throw new domain_exception_js_1.DomainException('DELIVERY_NOTE_NOT_INVOICEABLE');
            }
            const client = await (0, priced_lines_js_1.clientFor)(em, notes[0].clientId);
            const orderIds = [...new Set(notes.map((n) => n.orderId))];
            const orders = await em.findBy(order_entity_js_1.Order, { id: (0, typeorm_1.In)(orderIds) });
            const orderLines = await em.findBy(order_entity_js_1.OrderLine, { orderId: (0, typeorm_1.In)(orderIds) });
            const noteLines = await em.find(delivery_note_entity_js_1.DeliveryNoteLine, { where: { deliveryNoteId: (0, typeorm_1.In)(ids) }, order: { deliveryNoteId: 'ASC', position: 'ASC' } });
            const lines = noteLines.map((dl, i) => {
                const ol = orderLines.find((l) => l.id === dl.orderLineId);
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
                const alreadyCharged = await em.countBy(invoice_entity_js_1.Invoice, { orderId: first.id, type: 'invoice' });
                if (!alreadyCharged)
                    Object.assign(invoice, { shippingCents: first.shippingCents, shippingVatRateBp: first.shippingVatRateBp });
                lines.push(...(await this.depositDeductions(em, invoice, first.id, lines.length)));
            }
            const numbers = notes.map((n) => n.number).join(', ');
            return this.insert(em, ctx, invoice, lines, `Facture brouillon des livraisons ${numbers}`);
        });
    }
    /** Invoice an order's remaining quantities (ordered − already invoiced), deducting its deposits. */
    fromOrder(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const order = await em.findOneBy(order_entity_js_1.Order, { id: dto.orderId });
            if (!order)
                throw new domain_exception_js_1.FieldErrorsException({ orderId: 'app.validation.not_found' });
            if (!['validated', 'partially_delivered', 'delivered'].includes(order.status))
                throw new domain_exception_js_1.DomainException('ORDER_NOT_VALIDATED');
            const client = await (0, priced_lines_js_1.clientFor)(em, order.clientId);
            const orderLines = await em.find(order_entity_js_1.OrderLine, { where: { orderId: order.id }, order: { position: 'ASC' } });
            const progress = await (0, order_progress_js_1.orderProgress)(em, order.id);
            const lines = [];
            for (const ol of orderLines) {
                const p = progress.find((x) => x.orderLineId === ol.id);
                const left = (0, quantity_js_1.fromMilli)((0, quantity_js_1.toMilli)(p.ordered) - (0, quantity_js_1.toMilli)(p.invoiced));
                if (left > 0)
                    lines.push({ ...priced(ol, left, lines.length), orderLineId: ol.id, deliveryNoteLineId: null });
            }
            if (!lines.length)
                throw new domain_exception_js_1.DomainException('NOTHING_TO_INVOICE');
            const invoice = this.draft(em, ctx, client, { type: 'invoice', orderId: order.id });
            const alreadyCharged = await em.countBy(invoice_entity_js_1.Invoice, { orderId: order.id, type: 'invoice' });
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
    deposit(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            if (!dto.percentBp === !dto.amountCents)
                throw new domain_exception_js_1.FieldErrorsException({ percentBp: 'app.validation.percent_or_amount' });
            const order = await em.findOneBy(order_entity_js_1.Order, { id: dto.orderId });
            if (!order)
                throw new domain_exception_js_1.FieldErrorsException({ orderId: 'app.validation.not_found' });
            if (!['validated', 'partially_delivered', 'delivered'].includes(order.status))
                throw new domain_exception_js_1.DomainException('ORDER_NOT_VALIDATED');
            const client = await (0, priced_lines_js_1.clientFor)(em, order.clientId);
            // The share of the order, as a fraction num/den: a percentage, or an amount TTC over the order's TTC.
            const [num, den] = dto.percentBp ? [dto.percentBp, 10_000] : [dto.amountCents, order.grossCents];
            const existing = await em.findBy(invoice_entity_js_1.Invoice, { orderId: order.id, type: 'deposit' });
            const alreadyCents = existing.reduce((s, d) => s + d.netCents, 0);
            const label = dto.percentBp ? `Acompte de ${dto.percentBp / 100} % sur la commande ${order.number}` : `Acompte sur la commande ${order.number}`;
            const lines = order.vatBreakdown.map((rate, i) => ({
                position: i + 1, productId: null, reference: null, label: order.vatBreakdown.length > 1 ? `${label} (part à ${rate.rateBp / 100} %)` : label,
                unit: 'forfait', quantity: 1, unitPriceCents: Number((BigInt(rate.baseCents) * BigInt(num) * 2n + BigInt(den)) / (2n * BigInt(den))),
                discountBp: 0, vatRateBp: rate.rateBp, netCents: 0, orderLineId: null, deliveryNoteLineId: null,
            }));
            const newCents = lines.reduce((s, l) => s + l.unitPriceCents, 0);
            if (newCents <= 0)
                throw new domain_exception_js_1.FieldErrorsException({ [dto.percentBp ? 'percentBp' : 'amountCents']: 'app.validation.positive' });
            if (alreadyCents + newCents > order.netCents)
                throw new domain_exception_js_1.DomainException('DEPOSIT_TOO_LARGE', undefined, { field: dto.percentBp ? 'percentBp' : 'amountCents' });
            const invoice = this.draft(em, ctx, client, { type: 'deposit', orderId: order.id });
            Object.assign(invoice, { depositBp: dto.percentBp ?? null, clientReference: order.clientReference, contactId: order.contactId, paymentTerms: 'on_receipt', paymentMethod: order.paymentMethod ?? invoice.paymentMethod });
            return this.insert(em, ctx, invoice, lines, label);
        });
    }
    /** Numbers the invoice (FA-2026-0001), sets its due date and freezes who it was issued to. */
    validate(ctx, id) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id });
            if (!(0, status_transitions_js_1.canTransition)('invoice', before.status, 'validated'))
                throw new domain_exception_js_1.DomainException('INVOICE_FROZEN');
            if (!(await em.countBy(invoice_entity_js_1.InvoiceLine, { invoiceId: id })))
                throw new domain_exception_js_1.DomainException('EMPTY_DOCUMENT');
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id: before.clientId });
            const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
            const today = ctx.clock.today();
            const invoice = em.create(invoice_entity_js_1.Invoice, { ...before, status: 'validated', date: today, validatedAt: ctx.clock.nowIso(), updatedAt: ctx.clock.nowIso() });
            invoice.dueDate = (0, due_date_js_1.dueDate)(today, invoice.paymentTerms);
            if (invoice.deliveryDate === today)
                invoice.deliveryDate = null;
            invoice.partiesSnapshot = JSON.stringify({ seller: company, buyer: client });
            invoice.number = await (0, document_numbering_js_1.nextNumber)(em, 'invoice', today);
            await em.save(invoice);
            await this.journal.record(em, ctx, { resource: 'invoices', recordId: id, action: 'validate', label: `${invoice.type === 'deposit' ? "Facture d'acompte" : 'Facture'} ${invoice.number} (${invoice.grossCents / 100} € TTC)`, before, after: invoice });
            return this.detail(em, id);
        });
    }
    draft(em, ctx, client, init) {
        const now = ctx.clock.nowIso();
        return em.create(invoice_entity_js_1.Invoice, {
            ...init, number: null, status: 'draft', clientId: client.id, contactId: null, date: ctx.clock.today(), language: client.language, vatRegime: (0, priced_lines_js_1.vatRegimeOf)(client),
            globalDiscountBp: 0, shippingCents: 0, shippingVatRateBp: 2000, notes: null, deliveryNoteIds: [], depositInvoiceIds: [], depositBp: null,
            clientReference: null, paymentTerms: client.paymentTerms ?? 'net_30', paymentMethod: client.paymentMethod ?? 'transfer', dueDate: null, deliveryDate: null,
            partiesSnapshot: null, validatedAt: null, createdAt: now, updatedAt: now,
        });
    }
    async insert(em, ctx, invoice, lines, label) {
        (0, priced_lines_js_1.applyTotals)(invoice, lines);
        await em.insert(invoice_entity_js_1.Invoice, invoice);
        await (0, document_tables_js_1.writeLines)(em, document_tables_js_1.DOCUMENT_TABLES.invoices, invoice.id, lines);
        await this.journal.record(em, ctx, { resource: 'invoices', recordId: invoice.id, action: 'create', label, after: invoice });
        return this.detail(em, invoice.id);
    }
    async fill(em, ctx, invoice, dto) {
        const company = await em.findOneByOrFail(company_entity_js_1.Company, { id: 1 });
        const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId);
        if (dto.contactId && !(await em.countBy(contact_entity_js_1.Contact, { id: dto.contactId, thirdPartyId: client.id })))
            throw new domain_exception_js_1.FieldErrorsException({ contactId: 'app.validation.contact_of_other_client' });
        const allowedOrderLines = invoice.orderId ? (await em.findBy(order_entity_js_1.OrderLine, { orderId: invoice.orderId })).map((l) => l.id) : [];
        dto.lines.forEach((l, i) => {
            if (l.orderLineId && !allowedOrderLines.includes(l.orderLineId))
                throw new domain_exception_js_1.FieldErrorsException({ lines: { [i]: { orderLineId: 'app.validation.not_found' } } });
        });
        Object.assign(invoice, {
            clientId: client.id, contactId: dto.contactId ?? null, language: client.language, vatRegime: (0, priced_lines_js_1.vatRegimeOf)(client), clientReference: dto.clientReference ?? null,
            paymentTerms: dto.paymentTerms ?? client.paymentTerms ?? company.paymentTerms, paymentMethod: dto.paymentMethod ?? client.paymentMethod ?? 'transfer',
            globalDiscountBp: dto.globalDiscountBp ?? 0, shippingCents: dto.shippingCents ?? 0, shippingVatRateBp: dto.shippingVatRateBp ?? 2000,
            notes: dto.notes ?? null, updatedAt: ctx.clock.nowIso(),
        });
        const zero = dto.lines.findIndex((l) => l.quantity === 0);
        if (zero >= 0)
            throw new domain_exception_js_1.FieldErrorsException({ lines: { [zero]: { quantity: 'app.validation.not_zero' } } });
        const lines = await (0, priced_lines_js_1.resolveLines)(em, dto.lines, company, invoice.globalDiscountBp);
        // An edited draft keeps the link of each order line to the delivery-note line it was invoiced from.
        const previous = invoice.id ? await em.findBy(invoice_entity_js_1.InvoiceLine, { invoiceId: invoice.id }) : [];
        return (0, priced_lines_js_1.applyTotals)(invoice, lines.map((l, i) => {
            const orderLineId = dto.lines[i].orderLineId ?? null;
            return { ...l, orderLineId, deliveryNoteLineId: orderLineId ? previous.find((p) => p.orderLineId === orderLineId)?.deliveryNoteLineId ?? null : null };
        }));
    }
    /** Negative lines for the order's validated deposit invoices that no other invoice deducts yet. */
    async depositDeductions(em, invoice, orderId, offset) {
        const deposits = await em.find(invoice_entity_js_1.Invoice, { where: { orderId, type: 'deposit', status: 'validated' }, order: { id: 'ASC' } });
        const taken = new Set((await em.findBy(invoice_entity_js_1.Invoice, { orderId, type: 'invoice' })).flatMap((i) => i.depositInvoiceIds));
        const open = deposits.filter((d) => !taken.has(d.id));
        invoice.depositInvoiceIds = open.map((d) => d.id);
        const depositLines = open.length ? await em.find(invoice_entity_js_1.InvoiceLine, { where: { invoiceId: (0, typeorm_1.In)(open.map((d) => d.id)) }, order: { invoiceId: 'ASC', position: 'ASC' } }) : [];
        return depositLines.map((l, i) => {
            const d = open.find((x) => x.id === l.invoiceId);
            return {
                position: offset + i + 1, productId: null, reference: null, label: `Déduction de l'acompte ${d.number} du ${frDate(d.date)}`, unit: 'forfait',
                quantity: -1, unitPriceCents: l.netCents, discountBp: 0, vatRateBp: l.vatRateBp, netCents: 0, orderLineId: null, deliveryNoteLineId: null,
            };
        });
    }
    async invoicedDeliveryNoteIds(em) {
        const invoices = await em.find(invoice_entity_js_1.Invoice, { select: { id: true, deliveryNoteIds: true } });
        return new Set(invoices.flatMap((i) => i.deliveryNoteIds));
    }
    async detail(em, id) {
        const invoice = await em.findOneByOrFail(invoice_entity_js_1.Invoice, { id });
        const lines = await em.find(invoice_entity_js_1.InvoiceLine, { where: { invoiceId: id }, order: { position: 'ASC' } });
        const [withNames] = await (0, document_presenter_js_1.withParties)(em, [invoice]);
        const order = invoice.orderId ? await em.findOne(order_entity_js_1.Order, { where: { id: invoice.orderId }, select: { id: true, number: true } }) : null;
        const deliveryNotes = invoice.deliveryNoteIds.length ? await em.find(delivery_note_entity_js_1.DeliveryNote, { where: { id: (0, typeorm_1.In)(invoice.deliveryNoteIds) }, select: { id: true, number: true, date: true } }) : [];
        const deposits = invoice.depositInvoiceIds.length ? await em.find(invoice_entity_js_1.Invoice, { where: { id: (0, typeorm_1.In)(invoice.depositInvoiceIds) }, select: { id: true, number: true, date: true, netCents: true, vatCents: true, grossCents: true } }) : [];
        const creditNotes = await em.find(credit_note_entity_js_1.CreditNote, { where: { invoiceId: id }, select: { id: true, number: true, status: true, grossCents: true, date: true } });
        const { partiesSnapshot: _p, ...rest } = withNames;
        return { ...rest, lines, order, deliveryNotes, deposits, creditNotes };
    }
};
exports.InvoicesService = InvoicesService;
exports.InvoicesService = InvoicesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], InvoicesService);
/** A line of an order, priced as ordered, for `quantity`. */
function priced(ol, quantity, index) {
    return { position: index + 1, productId: ol.productId, reference: ol.reference, label: ol.label, unit: ol.unit, quantity, unitPriceCents: ol.unitPriceCents, discountBp: ol.discountBp, vatRateBp: ol.vatRateBp, netCents: 0 };
}
function frDate(date) {
    return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
//# sourceMappingURL=invoices.service.js.map