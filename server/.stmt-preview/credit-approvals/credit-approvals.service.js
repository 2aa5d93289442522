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
exports.CreditApprovalsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const message_entity_js_1 = require("../messages/message.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const credit_evaluation_js_1 = require("../receivables/credit-evaluation.js");
const credit_verdict_js_1 = require("../receivables/credit-verdict.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const staff_entity_js_1 = require("../staff/staff.entity.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const approval_messages_js_1 = require("./approval-messages.js");
const credit_approval_entity_js_1 = require("./credit-approval.entity.js");
const manager_decision_js_1 = require("./manager-decision.js");
const LIST = {
    alias: 'a',
    sortable: { id: 'a.id', requestedAt: 'a.requestedAt', status: 'a.status', clientId: 'a.clientId', orderId: 'a.orderId', orderGrossCents: 'a.orderGrossCents', overrunCents: 'a.overrunCents' },
    filters: {
        id: list_query_js_1.filters.ids('a.id'),
        clientId: list_query_js_1.filters.equals('a.clientId'),
        orderId: list_query_js_1.filters.equals('a.orderId'),
        status: list_query_js_1.filters.equals('a.status', credit_approval_entity_js_1.CREDIT_APPROVAL_STATUSES),
    },
};
const RISK_LABELS = { normal: 'normal', watch: 'à surveiller', blocked: 'bloqué' };
/**
 * Requests to the manager to accept an order above the client's credit limit. The request e-mail
 * goes to the outbox; the manager answers at once by the company's rule, and the answer lands in
 * the inbox.
 */
let CreditApprovalsService = class CreditApprovalsService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['requestedAt', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(credit_approval_entity_js_1.CreditApproval, 'a'), LIST, list);
            return { ...result, rows: await this.present(em, result.rows) };
        });
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => {
            const [approval] = await this.present(em, [await em.findOneByOrFail(credit_approval_entity_js_1.CreditApproval, { id })]);
            const ids = [approval.requestMessageId, approval.replyMessageId].filter((x) => x !== null);
            const messages = ids.length ? await em.find(message_entity_js_1.Message, { where: { id: (0, typeorm_1.In)(ids) }, select: { id: true, direction: true, subject: true, body: true, sentAt: true, fromAddress: true, toAddress: true } }) : [];
            return { ...approval, requestMessage: messages.find((m) => m.id === approval.requestMessageId) ?? null, replyMessage: messages.find((m) => m.id === approval.replyMessageId) ?? null };
        });
    }
    request(ctx, orderId, dto) {
        return this.db.write(ctx, async (em) => {
            const order = await em.findOneByOrFail(order_entity_js_1.Order, { id: orderId });
            if (order.status !== 'draft')
                throw new domain_exception_js_1.DomainException('DOCUMENT_NOT_DRAFT', "La commande est déjà validée (ou annulée) : la demande d'accord ne porte que sur une commande en préparation.");
            const { client, company, position, verdict } = await (0, credit_evaluation_js_1.evaluateOrderCredit)(em, order, ctx.clock.today());
            if (verdict.ok)
                throw new domain_exception_js_1.DomainException('CREDIT_APPROVAL_NOT_NEEDED', verdict.status === 'approved' ? 'Le responsable a déjà accepté cette commande : vous pouvez la valider.' : undefined);
            if (!verdict.actions.includes('request_approval')) {
                if (verdict.code === 'CREDIT_APPROVAL_PENDING' || verdict.code === 'CREDIT_APPROVAL_REFUSED')
                    throw new domain_exception_js_1.DomainException(verdict.code, (0, credit_verdict_js_1.refusalMessage)(verdict, client), { details: { ...verdict.figures, actions: verdict.actions } });
                throw new domain_exception_js_1.DomainException('CREDIT_APPROVAL_NOT_AVAILABLE', NOT_AVAILABLE[company.creditOverrunPolicy]);
            }
            const manager = await em.findOne(staff_entity_js_1.Staff, { where: { role: 'manager' }, order: { id: 'ASC' } });
            const managerName = manager ? `${manager.firstName} ${manager.lastName}` : 'La direction';
            const now = ctx.clock.nowIso();
            const f = verdict.figures;
            const facts = {
                clientName: client.name, clientCode: client.code, orderId: order.id, orderNumber: order.number, orderDate: order.date,
                creditLimitCents: f.creditLimitCents, invoicesOutstandingCents: position.invoicesOutstandingCents, ordersNotInvoicedCents: position.ordersNotInvoicedCents,
                overdueCents: position.overdueCents, outstandingCents: f.outstandingCents, orderGrossCents: f.orderGrossCents, projectedCents: f.projectedCents,
                overrunCents: f.overrunCents, riskLabel: RISK_LABELS[client.riskStatus], reason: dto.reason ?? null, managerFirstName: manager?.firstName ?? null,
            };
            const approval = em.create(credit_approval_entity_js_1.CreditApproval, {
                orderId: order.id, clientId: client.id, orderGrossCents: f.orderGrossCents, outstandingCents: f.outstandingCents, creditLimitCents: f.creditLimitCents,
                overrunCents: f.overrunCents, reason: dto.reason ?? null, status: 'pending', decidedBy: null, decidedAt: null, decisionNote: null,
                requestMessageId: null, replyMessageId: null, requestedAt: now,
            });
            await em.insert(credit_approval_entity_js_1.CreditApproval, approval);
            const mail = (0, approval_messages_js_1.approvalRequestMail)(facts);
            const sent = await this.message(em, ctx, { direction: 'out', fromAddress: company.email, toAddress: manager?.email ?? null, toName: managerName, thirdPartyId: client.id, orderId: order.id, ...mail, author: ctx.actor.username });
            await this.journal.record(em, ctx, {
                resource: 'credit-approvals', recordId: approval.id, action: 'request',
                label: `Demande d'accord à ${managerName} : ${client.name}, commande ${(0, credit_verdict_js_1.eur)(f.orderGrossCents)}, dépassement ${(0, credit_verdict_js_1.eur)(f.overrunCents)}`, after: approval,
            });
            const decision = (0, manager_decision_js_1.managerDecision)({ riskStatus: client.riskStatus, litigationSince: client.litigationSince, creditLimitCents: f.creditLimitCents, overrunCents: f.overrunCents, maxOverrunBp: company.creditApprovalMaxOverrunBp });
            const reply = (0, approval_messages_js_1.approvalReplyMail)(facts, decision, managerName);
            const received = await this.message(em, ctx, { direction: 'in', fromAddress: manager?.email ?? null, toAddress: company.email, toName: company.name, thirdPartyId: client.id, orderId: order.id, ...reply, author: managerName });
            const before = { ...approval };
            Object.assign(approval, { status: decision.status, decidedBy: managerName, decidedAt: ctx.clock.nowIso(), decisionNote: decision.note, requestMessageId: sent.id, replyMessageId: received.id });
            await em.save(approval);
            await this.journal.record(em, ctx, {
                resource: 'credit-approvals', recordId: approval.id, action: decision.status === 'approved' ? 'approve' : 'refuse',
                label: `${managerName} ${decision.status === 'approved' ? 'accepte' : 'refuse'} le dépassement de ${(0, credit_verdict_js_1.eur)(f.overrunCents)} (${client.name}) : ${decision.note}`, before, after: approval,
            });
            return (await this.present(em, [approval]))[0];
        });
    }
    async message(em, ctx, m) {
        const { orderId, ...fields } = m;
        const message = em.create(message_entity_js_1.Message, {
            ...fields, channel: 'email', relatedResource: 'orders', relatedId: orderId, relatedNumber: null, attachments: [],
            sentAt: ctx.clock.nowIso(), createdAt: new Date().toISOString(),
        });
        await em.insert(message_entity_js_1.Message, message);
        return message;
    }
    async present(em, rows) {
        const clients = rows.length ? await em.find(third_party_entity_js_1.ThirdParty, { where: { id: (0, typeorm_1.In)(rows.map((r) => r.clientId)) }, select: { id: true, name: true, code: true } }) : [];
        const orders = rows.length ? await em.find(order_entity_js_1.Order, { where: { id: (0, typeorm_1.In)(rows.map((r) => r.orderId)) }, select: { id: true, number: true, status: true, date: true } }) : [];
        return rows.map((r) => {
            const order = orders.find((o) => o.id === r.orderId);
            return { ...r, clientName: clients.find((c) => c.id === r.clientId)?.name ?? null, orderNumber: order?.number ?? null, orderStatus: order?.status ?? null, orderDate: order?.date ?? null };
        });
    }
};
exports.CreditApprovalsService = CreditApprovalsService;
exports.CreditApprovalsService = CreditApprovalsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], CreditApprovalsService);
const NOT_AVAILABLE = {
    acknowledge: "Vos délégations vous permettent d'accepter ce dépassement vous-même : validez la commande en confirmant le dépassement.",
    block: "Vos délégations ne permettent pas de dépasser le plafond d'encours : la commande ne pourra être validée qu'après un règlement du client (ou réduite).",
    approval: "Aucune demande d'accord n'est possible pour cette commande.",
};
//# sourceMappingURL=credit-approvals.service.js.map