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
exports.PaymentsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const priced_lines_js_1 = require("../documents/priced-lines.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const invoice_balance_js_1 = require("../receivables/invoice-balance.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const payment_entity_js_1 = require("./payment.entity.js");
const LIST = {
    alias: 'p',
    sortable: { id: 'p.id', date: 'p.date', amountCents: 'p.amountCents', method: 'p.method', clientId: 'p.clientId', status: 'p.status' },
    filters: {
        id: list_query_js_1.filters.ids('p.id'),
        q: list_query_js_1.filters.text(['p.reference', 'p.notes']),
        clientId: list_query_js_1.filters.equals('p.clientId'),
        method: list_query_js_1.filters.equals('p.method', third_party_entity_js_1.PAYMENT_METHODS),
        status: list_query_js_1.filters.equals('p.status', ['recorded', 'cancelled']),
        date_gte: list_query_js_1.filters.gte('p.date'),
        date_lte: list_query_js_1.filters.lte('p.date'),
    },
};
/** Payments received, allocated to invoices; cancelling one needs a reason and is journaled. */
let PaymentsService = class PaymentsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['date', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(payment_entity_js_1.Payment, 'p'), LIST, list);
            return { ...result, rows: await this.present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await this.present(em, [await em.findOneByOrFail(payment_entity_js_1.Payment, { id })]))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const client = await (0, priced_lines_js_1.clientFor)(em, dto.clientId);
            const today = ctx.clock.today();
            const date = dto.date ?? today;
            if (date > today)
                throw new domain_exception_js_1.FieldErrorsException({ date: 'app.validation.date_in_future' });
            const invoices = await em.findBy(invoice_entity_js_1.Invoice, { clientId: client.id, status: 'validated' });
            const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
            let allocations = dto.allocations ?? null;
            if (!allocations) {
                allocations = (0, invoice_balance_js_1.allocateOldestFirst)(dto.amountCents, invoices.map((i) => ({ id: i.id, date: i.date, dueDate: i.dueDate, balanceCents: balances.get(i.id)?.balanceCents ?? 0 }))).allocations;
            }
            const errors = {};
            allocations.forEach((a, i) => {
                const balance = balances.get(a.invoiceId);
                if (!balance)
                    errors[i] = { invoiceId: 'app.validation.not_an_open_invoice_of_client' };
                else if (a.amountCents > balance.balanceCents)
                    errors[i] = { amountCents: 'app.validation.more_than_balance' };
            });
            if (new Set(allocations.map((a) => a.invoiceId)).size !== allocations.length)
                throw new domain_exception_js_1.FieldErrorsException({ allocations: 'app.validation.duplicate' });
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException({ allocations: errors });
            if (allocations.reduce((s, a) => s + a.amountCents, 0) > dto.amountCents)
                throw new domain_exception_js_1.FieldErrorsException({ amountCents: 'app.validation.less_than_allocated' });
            const payment = em.create(payment_entity_js_1.Payment, {
                clientId: client.id, date, amountCents: dto.amountCents, method: dto.method, reference: dto.reference ?? null, notes: dto.notes ?? null,
                status: 'recorded', cancelReason: null, cancelledAt: null, createdAt: ctx.clock.nowIso(),
            });
            await em.insert(payment_entity_js_1.Payment, payment);
            if (allocations.length)
                await em.insert(payment_entity_js_1.PaymentAllocation, allocations.map((a) => ({ ...a, paymentId: payment.id })));
            const numbers = invoices.filter((i) => allocations.some((a) => a.invoiceId === i.id)).map((i) => i.number).join(', ');
            await this.journal.record(em, ctx, { resource: 'payments', recordId: payment.id, action: 'create', label: `Règlement ${client.name} ${dto.amountCents / 100} € (${numbers || 'non affecté'})`, after: payment });
            return (await this.present(em, [payment]))[0];
        });
    }
    cancel(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(payment_entity_js_1.Payment, { id });
            if (before.status === 'cancelled')
                throw new domain_exception_js_1.DomainException('TRANSITION_FORBIDDEN');
            const after = em.create(payment_entity_js_1.Payment, { ...before, status: 'cancelled', cancelReason: dto.reason, cancelledAt: ctx.clock.nowIso() });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'payments', recordId: id, action: 'cancel', label: `Règlement annulé : ${dto.reason}`, before, after });
            return (await this.present(em, [after]))[0];
        });
    }
    async present(em, rows) {
        const allocations = rows.length ? await em.findBy(payment_entity_js_1.PaymentAllocation, { paymentId: (0, typeorm_1.In)(rows.map((r) => r.id)) }) : [];
        const invoices = allocations.length ? await em.find(invoice_entity_js_1.Invoice, { where: { id: (0, typeorm_1.In)(allocations.map((a) => a.invoiceId)) }, select: { id: true, number: true } }) : [];
        const named = await (0, document_presenter_js_1.withParties)(em, rows.map((r) => ({ ...r, contactId: null })));
        return named.map(({ contactId: _c, contactName: _n, ...p }) => {
            const mine = allocations.filter((a) => a.paymentId === p.id).map((a) => ({ invoiceId: a.invoiceId, invoiceNumber: invoices.find((i) => i.id === a.invoiceId)?.number ?? null, amountCents: a.amountCents }));
            const allocated = mine.reduce((s, a) => s + a.amountCents, 0);
            return { ...p, allocations: mine, unallocatedCents: p.amountCents - allocated };
        });
    }
};
exports.PaymentsService = PaymentsService;
exports.PaymentsService = PaymentsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], PaymentsService);
//# sourceMappingURL=payments.service.js.map