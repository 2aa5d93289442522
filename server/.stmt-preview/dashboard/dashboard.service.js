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
exports.DashboardService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const credit_approval_entity_js_1 = require("../credit-approvals/credit-approval.entity.js");
const credit_note_entity_js_1 = require("../credit-notes/credit-note.entity.js");
const document_presenter_js_1 = require("../documents/document-presenter.js");
const invoice_entity_js_1 = require("../invoices/invoice.entity.js");
const order_entity_js_1 = require("../orders/order.entity.js");
const open_invoices_js_1 = require("../receivables/open-invoices.js");
const worklist_js_1 = require("../reminders/worklist.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const dso_js_1 = require("./dso.js");
const DSO_PERIOD_DAYS = 90;
/** The receivables widgets of the home page, on the scenario day. */
let DashboardService = class DashboardService {
    db;
    constructor(db) {
        this.db = db;
    }
    get(ctx) {
        const today = ctx.clock.today();
        return this.db.read(ctx, async (em) => ({
            ...(await this.receivables(em, today)),
            clientsToChaseToday: await this.toChase(em, today),
            ordersBlockedByCredit: await this.blockedOrders(em),
        }));
    }
    async receivables(em, today) {
        const invoices = await em.findBy(invoice_entity_js_1.Invoice, { status: 'validated' });
        const balances = [...(await (0, open_invoices_js_1.balancesOf)(em, invoices, today)).values()];
        const overdue = balances.filter((b) => b.balanceCents > 0 && b.daysOverdue > 0);
        const receivablesCents = balances.reduce((s, b) => s + b.balanceCents, 0);
        // Net sales TTC of the last 90 days: invoices (deposits included, finals deduct them) − credit notes.
        const from = (0, dso_js_1.periodStart)(today, DSO_PERIOD_DAYS);
        const invoiced = invoices.filter((i) => i.date >= from && i.date <= today).reduce((s, i) => s + i.grossCents, 0);
        const credited = (await em.findBy(credit_note_entity_js_1.CreditNote, { status: 'validated', date: (0, typeorm_1.Between)(from, today) })).reduce((s, c) => s + c.grossCents, 0);
        return {
            totalOverdueCents: overdue.reduce((s, b) => s + b.balanceCents, 0),
            overdueInvoiceCount: overdue.length,
            receivablesCents,
            dsoDays: (0, dso_js_1.dsoDays)(receivablesCents, invoiced - credited, DSO_PERIOD_DAYS),
        };
    }
    async toChase(em, today) {
        const rows = (await (0, worklist_js_1.reminderWorklist)(em, today)).filter((r) => r.dueToday && r.nextStep);
        return {
            count: rows.length,
            rows: rows.map((r) => ({
                clientId: r.clientId, clientName: r.clientName, nextLevel: r.nextStep && 'level' in r.nextStep ? r.nextStep.level : null,
                kind: r.nextStep.kind, label: r.nextStep.label, totalBalanceCents: r.totalBalanceCents, maxDaysOverdue: r.maxDaysOverdue,
            })),
        };
    }
    /** Draft orders whose last validation was refused by the credit check, with the last approval request's status. */
    async blockedOrders(em) {
        const orders = await em.find(order_entity_js_1.Order, { where: { status: 'draft', creditCheckStatus: 'blocked' }, order: { creditCheckedAt: 'DESC', id: 'DESC' } });
        const approvals = orders.length ? await em.find(credit_approval_entity_js_1.CreditApproval, { where: { orderId: (0, typeorm_1.In)(orders.map((o) => o.id)) }, order: { id: 'ASC' } }) : [];
        const named = await (0, document_presenter_js_1.withParties)(em, orders);
        return {
            count: orders.length,
            rows: named.map((o) => ({
                orderId: o.id, clientId: o.clientId, clientName: o.clientName, date: o.date, grossCents: o.grossCents, creditCheckStatus: o.creditCheckStatus, creditCheckedAt: o.creditCheckedAt,
                approvalStatus: approvals.filter((a) => a.orderId === o.id).at(-1)?.status ?? null,
            })),
        };
    }
};
exports.DashboardService = DashboardService;
exports.DashboardService = DashboardService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], DashboardService);
//# sourceMappingURL=dashboard.service.js.map