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
exports.PaymentPlansService = void 0;
exports.presentPlans = presentPlans;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const money_js_1 = require("../common/money/money.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const payment_plan_entity_js_1 = require("./payment-plan.entity.js");
const plan_follow_js_1 = require("./plan-follow.js");
const SORTABLE = ['id', 'agreedOn', 'totalCents', 'clientId', 'status', 'paidCents'];
/**
 * Payment plans (échéanciers) agreed with clients for their open invoices, followed against the
 * payments received; a plan is completed when every installment is paid, and cancelled with a reason.
 */
let PaymentPlansService = class PaymentPlansService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    /** Few plans per sandbox: filtered and sorted on their followed status, in memory. */
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['agreedOn', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const unknown = Object.keys(list.filter).find((k) => !['id', 'clientId', 'status', 'q'].includes(k));
            if (unknown)
                throw new domain_exception_js_1.FieldErrorsException({ [`filter.${unknown}`]: 'app.validation.unknown_filter' });
            if (!SORTABLE.includes(list.sort.field))
                throw new domain_exception_js_1.FieldErrorsException({ sort: 'app.validation.invalid' });
            const { id, clientId, status, q } = list.filter;
            if (status !== undefined && status !== '' && !payment_plan_entity_js_1.PAYMENT_PLAN_STATUSES.includes(status))
                throw new domain_exception_js_1.FieldErrorsException({ filter: 'app.validation.choice' });
            const ids = id === undefined ? null : (Array.isArray(id) ? id : [id]).map(Number);
            let rows = await presentPlans(em, await em.find(payment_plan_entity_js_1.PaymentPlan, { where: clientId ? { clientId: Number(clientId) } : {} }), ctx.clock.today());
            rows = rows.filter((r) => (!ids || ids.includes(r.id)) && (!status || r.status === status) && (!q || (0, list_query_js_1.fold)(`${r.clientName} ${r.notes ?? ''} ${r.invoiceNumbers.join(' ')}`).includes((0, list_query_js_1.fold)(String(q)))));
            const field = list.sort.field;
            const sign = list.sort.order === 'ASC' ? 1 : -1;
            rows.sort((a, b) => sign * String(a[field]).localeCompare(String(b[field]), 'fr', { numeric: true }) || a.id - b.id);
            const page = rows.slice(list.range.start, list.range.end + 1);
            return { rows: page, total: rows.length, start: list.range.start, end: list.range.start + Math.max(page.length - 1, 0) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => (await presentPlans(em, [await em.findOneByOrFail(payment_plan_entity_js_1.PaymentPlan, { id })], ctx.clock.today()))[0]);
    }
    create(ctx, dto) {
        return this.db.write(ctx, async (em) => {
            const today = ctx.clock.today();
            const client = await em.findOneBy(third_party_entity_js_1.ThirdParty, { id: dto.clientId });
            if (!client?.isClient)
                throw new domain_exception_js_1.FieldErrorsException({ clientId: 'app.validation.not_a_client' });
            const invoices = await em.findBy(invoice_entity_js_1.Invoice, { id: (0, typeorm_1.In)(dto.invoiceIds), clientId: client.id, status: 'validated' });
            const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
            const open = invoices.filter((i) => (balances.get(i.id)?.balanceCents ?? 0) > 0);
            if (open.length !== dto.invoiceIds.length || new Set(dto.invoiceIds).size !== dto.invoiceIds.length) {
                throw new domain_exception_js_1.FieldErrorsException({ invoiceIds: 'app.validation.not_an_open_invoice_of_client' });
            }
            const errors = {};
            dto.installments.forEach((installment, i) => {
                if (installment.dueDate < today)
                    errors[i] = { dueDate: 'app.validation.date_in_past' };
                else if (i > 0 && installment.dueDate <= dto.installments[i - 1].dueDate)
                    errors[i] = { dueDate: 'app.validation.dates_not_ascending' };
            });
            if (Object.keys(errors).length)
                throw new domain_exception_js_1.FieldErrorsException({ installments: errors });
            const totalCents = open.reduce((s, i) => s + balances.get(i.id).balanceCents, 0);
            if (dto.installments.reduce((s, i) => s + i.amountCents, 0) !== totalCents)
                throw new domain_exception_js_1.FieldErrorsException({ installments: 'app.validation.installments_sum_mismatch' });
            const running = await em.findBy(payment_plan_entity_js_1.PaymentPlan, { clientId: client.id, status: 'active' });
            const follows = await (0, plan_follow_js_1.followPlans)(em, running, today);
            const overlap = running.find((p) => follows.get(p.id)?.status === 'active' && p.invoiceIds.some((id) => dto.invoiceIds.includes(id)));
            if (overlap)
                throw new domain_exception_js_1.DomainException('PAYMENT_PLAN_OVERLAP', undefined, { details: { paymentPlanId: overlap.id } });
            const plan = em.create(payment_plan_entity_js_1.PaymentPlan, {
                clientId: client.id, agreedOn: today, invoiceIds: [...dto.invoiceIds], totalCents, status: 'active', notes: dto.notes ?? null, cancelReason: null, createdAt: ctx.clock.nowIso(),
            });
            await em.insert(payment_plan_entity_js_1.PaymentPlan, plan);
            await em.insert(payment_plan_entity_js_1.PaymentPlanInstallment, dto.installments.map((i) => ({ paymentPlanId: plan.id, dueDate: i.dueDate, amountCents: i.amountCents })));
            const numbers = open.map((i) => i.number).join(', ');
            await this.journal.record(em, ctx, {
                resource: 'payment-plans', recordId: plan.id, action: 'create',
                label: `Échéancier ${client.name} : ${(0, money_js_1.formatCents)(totalCents)} en ${dto.installments.length} échéance(s) (${numbers})`,
                after: { ...plan, installments: dto.installments },
            });
            return (await presentPlans(em, [plan], today))[0];
        });
    }
    cancel(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(payment_plan_entity_js_1.PaymentPlan, { id });
            const follow = (await (0, plan_follow_js_1.followPlans)(em, [before], ctx.clock.today())).get(id);
            if (follow.status !== 'active')
                throw new domain_exception_js_1.DomainException('PAYMENT_PLAN_NOT_ACTIVE');
            const after = em.create(payment_plan_entity_js_1.PaymentPlan, { ...before, status: 'cancelled', cancelReason: dto.reason });
            await em.save(after);
            await this.journal.record(em, ctx, { resource: 'payment-plans', recordId: id, action: 'cancel', label: `Échéancier annulé : ${dto.reason}`, before, after });
            return (await presentPlans(em, [after], ctx.clock.today()))[0];
        });
    }
};
exports.PaymentPlansService = PaymentPlansService;
exports.PaymentPlansService = PaymentPlansService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], PaymentPlansService);
/** Plans with their client, invoices (current balance) and installments followed on `today`. */
async function presentPlans(em, plans, today) {
    const follows = await (0, plan_follow_js_1.followPlans)(em, plans, today);
    const clients = plans.length ? await em.find(third_party_entity_js_1.ThirdParty, { where: { id: (0, typeorm_1.In)([...new Set(plans.map((p) => p.clientId))]) }, select: { id: true, name: true, code: true } }) : [];
    const invoiceIds = [...new Set(plans.flatMap((p) => p.invoiceIds))];
    const invoices = invoiceIds.length ? await em.findBy(invoice_entity_js_1.Invoice, { id: (0, typeorm_1.In)(invoiceIds) }) : [];
    const balances = await (0, open_invoices_js_1.balancesOf)(em, invoices, today);
    return plans.map((plan) => {
        const follow = follows.get(plan.id);
        const client = clients.find((c) => c.id === plan.clientId);
        const mine = plan.invoiceIds.map((id) => invoices.find((i) => i.id === id)).filter((i) => !!i);
        const installments = follow.installments.map(({ id, dueDate, amountCents, paidCents, status }) => ({ id, dueDate, amountCents, paidCents, status }));
        return {
            ...plan,
            status: follow.status,
            clientName: client?.name ?? null,
            clientCode: client?.code ?? null,
            invoiceNumbers: mine.map((i) => i.number ?? ''),
            invoices: mine.map((i) => ({ invoiceId: i.id, number: i.number ?? '', dueDate: i.dueDate, balanceCents: balances.get(i.id)?.balanceCents ?? 0 })),
            paidCents: Math.min(follow.receivedCents, plan.totalCents),
            remainingCents: Math.max(0, plan.totalCents - follow.receivedCents),
            onTrack: follow.onTrack,
            installments,
            nextInstallment: installments.find((i) => i.status !== 'paid') ?? null,
        };
    });
}
//# sourceMappingURL=payment-plans.service.js.map